// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/agent/AgentFields.h"

#include "ui/form/FormKit.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace saathi::ui {

AgentFields::AgentFields(bool withBank, QWidget* parent)
    : QWidget(parent)
{
    setMaximumWidth(FormKit::kFormMaxWidth); // no wider than it needs to be, on every page that shows it
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* aadhaarBox = new QVBoxLayout;
    m_aadhaar = new AadhaarLineEdit(this);
    m_aadhaar->setObjectName(QStringLiteral("aadhaarLineEdit"));
    m_aadhaar->setAcceptVid(false);
    m_aadhaarError = FormKit::errorLabel(this, QStringLiteral("aadhaarErrorLabel"));
    aadhaarBox->addWidget(m_aadhaar);
    aadhaarBox->addWidget(m_aadhaarError);
    m_aadhaarLabel = FormKit::fieldLabel(m_aadhaar, QStringLiteral("agentAadhaarLabel"));
    form->addRow(m_aadhaarLabel, aadhaarBox);
    connect(m_aadhaar, &AadhaarLineEdit::digitsChanged, this, [this] {
        FormKit::showMessage(m_aadhaarError, QString());
        Q_EMIT edited();
    });
    connect(m_aadhaar, &AadhaarLineEdit::liveMessageChanged, this,
            [this](const QString& message) { FormKit::showMessage(m_aadhaarError, message); });
    if (withBank) {
        auto* bankBox = new QVBoxLayout;
        m_bank = new QComboBox(this);
        m_bank->setObjectName(QStringLiteral("bankComboBox"));
        for (const char* code : {"SBIN", "HDFC", "ICIC", "PUNB", "BARB"}) {
            m_bank->addItem(QString(), QString::fromLatin1(code)); // named in retranslate()
        }
        m_bankError = FormKit::errorLabel(this, QStringLiteral("bankErrorLabel"));
        bankBox->addWidget(m_bank);
        bankBox->addWidget(m_bankError);
        m_bankLabel = FormKit::fieldLabel(m_bank, QStringLiteral("agentBankLabel"));
        form->addRow(m_bankLabel, bankBox);
    }
    retranslate();
}

void AgentFields::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AgentFields::retranslate()
{
    // Y and K: the AePS forms' own fields have A (customer's Aadhaar) and B (customer's bank).
    m_aadhaarLabel->setText(tr("&Your Aadhaar number"));
    if (!m_bank) {
        return;
    }
    m_bankLabel->setText(tr("Your ban&k"));
    // Renamed in place: the selection stays.
    const QStringList names = {tr("State Bank of India"), tr("HDFC Bank"), tr("ICICI Bank"), tr("Punjab National Bank"),
                               tr("Bank of Baroda")};
    for (int i = 0; i < names.size() && i < m_bank->count(); ++i) {
        m_bank->setItemText(i, names.at(i));
    }
}

agent::AgentIdentity AgentFields::identity(const QString& agentMobile) const
{
    agent::AgentIdentity agent;
    agent.agentMobile = agentMobile;
    agent.aadhaar = m_aadhaar->digits();
    agent.bankCode = m_bank ? m_bank->currentData().toString() : QString();
    return agent;
}

bool AgentFields::showFieldError(const Error& error)
{
    if (error.code == QLatin1String("agent.bad_aadhaar")) {
        FormKit::showMessage(m_aadhaarError, error.userMessage);
        m_aadhaar->setFocus();
        return true;
    }
    if (error.code == QLatin1String("agent.no_bank") && m_bankError) {
        FormKit::showMessage(m_bankError, error.userMessage);
        m_bank->setFocus();
        return true;
    }
    return false;
}

void AgentFields::clearErrors()
{
    FormKit::showMessage(m_aadhaarError, QString());
    if (m_bankError) {
        FormKit::showMessage(m_bankError, QString());
    }
}

} // namespace saathi::ui
