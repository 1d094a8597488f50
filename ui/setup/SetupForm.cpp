// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/setup/SetupForm.h"

#include "ui/form/Theme.h"
#include "ui/widgets/ScrollingForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace saathi::ui {

QLabel* errorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    Theme::setTone(label, Tone::Error);
    return label;
}

SetupForm::SetupForm(QWidget* page)
    : SetupForm(page, scrollingForm(page))
{
}

SetupForm::SetupForm(QWidget* owner, QFormLayout* layout)
    : m_owner(owner)
    , m_layout(layout)
{
}

QLineEdit* SetupForm::addLine(int field, const QString& base)
{
    auto* edit = new QLineEdit(m_owner);
    addInput(field, edit, base);
    edit->setObjectName(base + QStringLiteral("LineEdit"));
    return edit;
}

void SetupForm::addInput(int field, QWidget* input, const QString& base)
{
    Row row;
    row.input = input;
    row.label = new QLabel(m_owner);
    row.label->setBuddy(input);
    row.error = errorLabel(m_owner, base + QStringLiteral("ErrorLabel"));
    row.error->hide(); // shown with a message only, so an empty line takes no room
    m_layout->addRow(row.label, input);
    m_layout->addRow(QString(), row.error);
    m_rows.insert(field, row);
    m_order.append(field);
}

void SetupForm::setLabel(int field, const QString& text)
{
    if (m_rows.contains(field)) {
        m_rows[field].label->setText(text);
    }
}

QWidget* SetupForm::input(int field) const
{
    return m_rows.value(field).input;
}

void SetupForm::clearErrors()
{
    for (Row& row : m_rows) {
        row.error->clear();
        row.error->hide();
    }
}

void SetupForm::showError(int field, const QString& message)
{
    if (!m_rows.contains(field)) {
        return;
    }
    QLabel* error = m_rows[field].error;
    error->setText(message);
    error->setVisible(!message.isEmpty());
}

bool SetupForm::showIntErrors(const QMap<int, QString>& errors)
{
    clearErrors();
    QWidget* first = nullptr;
    for (int field : std::as_const(m_order)) {
        if (errors.contains(field)) {
            showError(field, errors.value(field));
            if (!first) {
                first = m_rows[field].input;
            }
        }
    }
    if (first && first->isVisibleTo(m_owner)) {
        first->setFocus();
    }
    return first != nullptr;
}

void SetupForm::focusFirst() const
{
    for (int field : m_order) {
        QWidget* w = m_rows.value(field).input;
        if (w && w->isEnabled() && w->isVisibleTo(m_owner)) {
            w->setFocus();
            return;
        }
    }
}

} // namespace saathi::ui
