// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/onboarding/AddressWidget.h"

#include "ui/form/FormKit.h"

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
    m_error = FormKit::errorLabel(this, prefix + QStringLiteral("AddressErrorLabel"));
    m_lineLabel = FormKit::fieldLabel(m_line);
    m_cityLabel = FormKit::fieldLabel(m_city);
    m_stateLabel = FormKit::fieldLabel(m_state);
    m_pinLabel = FormKit::fieldLabel(m_pin);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_lineLabel, m_line);
    form->addRow(m_cityLabel, m_city);
    form->addRow(m_stateLabel, m_state);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_error);
    retranslate();
}

void AddressWidget::setStates(const QList<setup::Choice>& states)
{
    const QString typed = m_state->currentText();
    m_state->clear();
    for (const setup::Choice& s : states) {
        m_state->addItem(s.label, s.value);
    }
    m_state->setEditable(states.isEmpty());
    m_needStateId = !states.isEmpty();
    const int i = m_state->findText(typed, Qt::MatchFixedString);
    m_state->setCurrentIndex(i >= 0 ? i : (states.isEmpty() ? -1 : 0));
}

QString AddressWidget::line() const
{
    return m_line->text();
}

QString AddressWidget::city() const
{
    return m_city->text();
}

QString AddressWidget::stateName() const
{
    return m_state->currentText().trimmed();
}

QString AddressWidget::stateId() const
{
    return m_needStateId ? m_state->currentData().toString() : QString();
}

QString AddressWidget::pinCode() const
{
    return m_pin->text();
}

bool AddressWidget::showErrors(const QString& line, const QString& city, const QString& state, const QString& pin)
{
    const std::pair<const QString*, QWidget*> checks[]
        = {{&line, m_line}, {&city, m_city}, {&state, m_state}, {&pin, m_pin}};
    for (const auto& [message, field] : checks) {
        if (!message->isEmpty()) {
            FormKit::showMessage(m_error, *message);
            field->setFocus();
            return true;
        }
    }
    FormKit::clearMessage(m_error);
    return false;
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
    m_lineLabel->setText(tr("&Address"));
    m_cityLabel->setText(tr("&City"));
    m_stateLabel->setText(tr("S&tate"));
    m_pinLabel->setText(tr("PIN c&ode"));
}

} // namespace saathi::ui
