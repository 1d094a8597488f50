// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "agent/AgentFields.h"

#include "widgets/AadhaarLineEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {

QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    label->setVisible(false);
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

AgentFields::AgentFields(bool withBank, QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* aadhaarBox = new QVBoxLayout;
    m_aadhaar = new AadhaarLineEdit(this);
    m_aadhaar->setObjectName(QStringLiteral("aadhaarLineEdit"));
    m_aadhaar->setAcceptVid(false);
    m_aadhaarError = errorLabel(QStringLiteral("aadhaarErrorLabel"), this);
    aadhaarBox->addWidget(m_aadhaar);
    aadhaarBox->addWidget(m_aadhaarError);
    form->addRow(tr("Your Aadhaar number"), aadhaarBox);
    connect(m_aadhaar, &AadhaarLineEdit::digitsChanged, this, [this] {
        showError(m_aadhaarError, QString());
        Q_EMIT edited();
    });
    connect(m_aadhaar, &AadhaarLineEdit::liveMessageChanged, this,
            [this](const QString& message) { showError(m_aadhaarError, message); });
    if (withBank) {
        auto* bankBox = new QVBoxLayout;
        m_bank = new QComboBox(this);
        m_bank->setObjectName(QStringLiteral("bankComboBox"));
        const QList<QPair<QString, QString>> banks = {
            {tr("State Bank of India"), QStringLiteral("SBIN")}, {tr("HDFC Bank"), QStringLiteral("HDFC")},
            {tr("ICICI Bank"), QStringLiteral("ICIC")},          {tr("Punjab National Bank"), QStringLiteral("PUNB")},
            {tr("Bank of Baroda"), QStringLiteral("BARB")},
        };
        for (const auto& [name, code] : banks) {
            m_bank->addItem(name, code);
        }
        m_bankError = errorLabel(QStringLiteral("bankErrorLabel"), this);
        bankBox->addWidget(m_bank);
        bankBox->addWidget(m_bankError);
        form->addRow(tr("Your bank"), bankBox);
    }
}

eko::AgentIdentity AgentFields::identity(const QString& agentMobile) const
{
    eko::AgentIdentity agent;
    agent.agentMobile = agentMobile;
    agent.aadhaar = m_aadhaar->digits();
    agent.bankCode = m_bank ? m_bank->currentData().toString() : QString();
    return agent;
}

bool AgentFields::showFieldError(const Error& error)
{
    if (error.code == QLatin1String("agent.bad_aadhaar")) {
        showError(m_aadhaarError, error.userMessage);
        m_aadhaar->setFocus();
        return true;
    }
    if (error.code == QLatin1String("agent.no_bank") && m_bankError) {
        showError(m_bankError, error.userMessage);
        m_bank->setFocus();
        return true;
    }
    return false;
}

void AgentFields::clearErrors()
{
    showError(m_aadhaarError, QString());
    if (m_bankError) {
        showError(m_bankError, QString());
    }
}

} // namespace saathi::ui
