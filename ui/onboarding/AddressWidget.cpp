// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/onboarding/AddressWidget.h"

#include "core/validation/FieldValidators.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace saathi::ui {

AddressWidget::AddressWidget(const QString& prefix, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(prefix + QStringLiteral("AddressWidget"));
    m_line = new QLineEdit(this);
    m_line->setObjectName(prefix + QStringLiteral("LineLineEdit"));
    m_city = new QLineEdit(this);
    m_city->setObjectName(prefix + QStringLiteral("CityLineEdit"));
    m_state = new QComboBox(this);
    m_state->setObjectName(prefix + QStringLiteral("StateComboBox"));
    m_state->setEditable(true);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(prefix + QStringLiteral("PinCodeLineEdit"));
    m_pin->setMaxLength(6);
    m_error = new QLabel(this);
    m_error->setObjectName(prefix + QStringLiteral("AddressErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setWordWrap(true);
    m_lineLabel = new QLabel(this);
    m_cityLabel = new QLabel(this);
    m_stateLabel = new QLabel(this);
    m_pinLabel = new QLabel(this);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_lineLabel, m_line);
    form->addRow(m_cityLabel, m_city);
    form->addRow(m_stateLabel, m_state);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_error);
    retranslate();
}

void AddressWidget::setStates(const QList<eko::ListItem>& states)
{
    const QString typed = m_state->currentText();
    m_state->clear();
    for (const eko::ListItem& s : states) {
        m_state->addItem(s.label, s.value);
    }
    m_state->setEditable(states.isEmpty());
    m_needStateId = !states.isEmpty();
    const int i = m_state->findText(typed, Qt::MatchFixedString);
    m_state->setCurrentIndex(i >= 0 ? i : (states.isEmpty() ? -1 : 0));
}

eko::Address AddressWidget::address() const
{
    eko::Address a;
    a.line = m_line->text().trimmed();
    a.city = m_city->text().trimmed();
    a.state = m_state->currentText().trimmed();
    a.stateId = m_needStateId ? m_state->currentData().toString() : QString();
    a.pincode = m_pin->text().trimmed();
    return a;
}

void AddressWidget::copyFrom(const AddressWidget& other)
{
    m_line->setText(other.m_line->text());
    m_city->setText(other.m_city->text());
    const int i = m_state->findText(other.m_state->currentText(), Qt::MatchFixedString);
    if (i >= 0) {
        m_state->setCurrentIndex(i);
    } else if (m_state->isEditable()) {
        m_state->setEditText(other.m_state->currentText());
    }
    m_pin->setText(other.m_pin->text());
}

bool AddressWidget::check()
{
    const eko::Address a = address();
    QString message;
    QWidget* bad = nullptr;
    if (a.line.isEmpty()) {
        message = tr("Enter the house or shop number and street.");
        bad = m_line;
    } else if (a.city.isEmpty()) {
        message = tr("Enter the city or village.");
        bad = m_city;
    } else if (a.state.isEmpty() || (m_needStateId && a.stateId.isEmpty())) {
        message = tr("Choose the state.");
        bad = m_state;
    } else if (const ValidationResult pin = validate::pinCode(a.pincode); !pin.valid) {
        message = pin.message;
        bad = m_pin;
    }
    m_error->setText(message);
    if (bad) {
        bad->setFocus();
    }
    return bad == nullptr;
}

void AddressWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AddressWidget::retranslate()
{
    m_lineLabel->setText(tr("Address"));
    m_cityLabel->setText(tr("City"));
    m_stateLabel->setText(tr("State"));
    m_pinLabel->setText(tr("PIN code"));
}

} // namespace saathi::ui
