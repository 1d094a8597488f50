// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/till/OperatorPicker.h"

#include "core/till/Operators.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace saathi::ui {

namespace {
constexpr int kMaxNameLength = 60; // core's till.bad_operator limit
} // namespace

OperatorPicker::OperatorPicker(till::Operators* operators, const QString& objectNamePrefix, QWidget* parent)
    : QWidget(parent)
    , m_operators(operators)
{
    setObjectName(objectNamePrefix + QStringLiteral("OperatorPicker"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(objectNamePrefix + QStringLiteral("OperatorComboBox"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(objectNamePrefix + QStringLiteral("OperatorLineEdit"));
    m_edit->setMaxLength(kMaxNameLength);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_edit, 1);
    connect(m_combo, &QComboBox::activated, this, &OperatorPicker::edited);
    connect(m_edit, &QLineEdit::textEdited, this, &OperatorPicker::edited);
    reload({});
}

void OperatorPicker::reload(const QString& fallbackName, const QString& skip)
{
    QStringList names = m_operators ? m_operators->names() : QStringList();
    m_usesPins = !names.isEmpty();
    names.removeAll(skip);
    const QString was = m_combo->currentText();
    m_combo->clear();
    m_combo->addItems(names);
    if (const int at = m_combo->findText(was); at >= 0) {
        m_combo->setCurrentIndex(at);
    }
    // The default name follows the agent's (training's is said in the language shown) until the agent types another.
    if ((m_edit->text().isEmpty() || m_edit->text() == m_fallback) && fallbackName != skip) {
        m_edit->setText(fallbackName);
        m_fallback = fallbackName;
    }
    m_combo->setVisible(m_usesPins);
    m_edit->setVisible(!m_usesPins);
    setFocusProxy(m_usesPins ? static_cast<QWidget*>(m_combo) : m_edit);
}

QString OperatorPicker::name() const
{
    return (m_usesPins ? m_combo->currentText() : m_edit->text()).trimmed();
}

} // namespace saathi::ui
