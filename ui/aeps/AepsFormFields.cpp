// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/aeps/AepsFormFields.h"

#include "core/aeps/AepsCustomerFlow.h"
#include "ui/aeps/BankPicker.h"
#include "ui/agent/AgentFields.h"
#include "ui/claims/CustomerMoneyNote.h"
#include "ui/form/FormKit.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saathi::ui {

using aeps::AepsField;

AepsFormFields::AepsFormFields(const aeps::AepsCustomerFlow& flow, CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_services(services)
{
    m_mobile = new QLineEdit(this);
    m_mobile->setObjectName(QStringLiteral("mobileLineEdit"));
    m_mobile->setMaxLength(14);
    m_mobile->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_mobileLabel = FormKit::fieldLabel(m_mobile, QStringLiteral("mobileLabel"));
    m_mobileError = FormKit::errorLabel(this, QStringLiteral("mobileErrorLabel"));
    m_bank = new BankPicker(*m_services.banks, this);
    m_bankLabel = FormKit::fieldLabel(m_bank, QStringLiteral("bankLabel"));
    m_bankError = FormKit::errorLabel(this, QStringLiteral("bankErrorLabel"));
    m_aadhaar = new AadhaarLineEdit(this);
    m_aadhaar->setObjectName(QStringLiteral("aadhaarLineEdit"));
    m_aadhaarLabel = FormKit::fieldLabel(m_aadhaar, QStringLiteral("aadhaarLabel"));
    m_aadhaarError = FormKit::errorLabel(this, QStringLiteral("aadhaarErrorLabel"));
    connect(m_aadhaar, &AadhaarLineEdit::liveMessageChanged, this,
            [this](const QString& message) { FormKit::showMessage(m_aadhaarError, message); });
    m_amountRow = buildAmountRow();
    m_amountError = FormKit::errorLabel(this, QStringLiteral("amountErrorLabel"));

    m_agentHeading = FormKit::textLabel(this, QStringLiteral("agentHeadingLabel"));
    m_agentFields = new AgentFields(true, this);
    m_agentFields->setObjectName(QStringLiteral("agentFieldsWidget"));
    m_consentText = FormKit::textLabel(this, QStringLiteral("consentTextLabel"));
    m_consent = new QCheckBox(this);
    m_consent->setObjectName(QStringLiteral("consentCheckBox"));
    m_consentError = FormKit::errorLabel(this, QStringLiteral("consentErrorLabel"));
    connect(m_consent, &QCheckBox::toggled, this, [this](bool given) {
        if (given) {
            m_consentError->hide();
        }
        Q_EMIT consentChanged(given);
    });

    auto* form = new QFormLayout;
    // Issue #19: what became of this customer's stuck money, beside the mobile that found it.
    auto* mobileBox = new QWidget(this);
    auto* mobileRow = new QHBoxLayout(mobileBox);
    mobileRow->setContentsMargins(0, 0, 0, 0);
    mobileRow->addWidget(m_mobile, 2);
    mobileRow->addWidget(new CustomerMoneyNote(m_services.claims, m_mobile, mobileBox), 3);
    form->addRow(m_mobileLabel, FormKit::fieldBox(mobileBox, m_mobileError));
    form->addRow(m_bankLabel, FormKit::fieldBox(m_bank, m_bankError));
    form->addRow(m_aadhaarLabel, FormKit::fieldBox(m_aadhaar, m_aadhaarError));
    form->addRow(m_amountLabel, FormKit::fieldBox(m_amountRow, m_amountError));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_agentHeading);
    layout->addWidget(m_agentFields);
    layout->addWidget(m_consentText);
    layout->addWidget(m_consent);
    layout->addWidget(m_consentError);
    m_amountRow->setVisible(m_flow.needsAmount());
    m_amountLabel->setVisible(m_flow.needsAmount());

    setTabOrder(m_mobile, m_bank->searchEdit());
    setTabOrder(m_bank->searchEdit(), m_aadhaar);
    setTabOrder(m_aadhaar, m_amount);
    setTabOrder(m_amount, m_agentFields->aadhaarEdit());
    setTabOrder(m_agentFields->aadhaarEdit(), m_consent);
    retranslate();
    updateAgentFields();
}

QWidget* AepsFormFields::buildAmountRow()
{
    auto* row = new QWidget(this);
    m_amount = new QLineEdit(row);
    m_amount->setObjectName(QStringLiteral("amountLineEdit"));
    m_amount->setMaxLength(9);
    m_amountLabel = FormKit::fieldLabel(m_amount, QStringLiteral("amountLabel"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_amount, 1);
    for (const int rupees : {500, 1000, 2000, 5000}) {
        auto* quick = new QPushButton(FormKit::rupees(Paise::fromRupees(rupees)).chopped(3), row);
        quick->setObjectName(QStringLiteral("quickAmount%1Button").arg(rupees));
        quick->setFocusPolicy(Qt::NoFocus); // Tab goes field to field; the buttons are for the mouse
        connect(quick, &QPushButton::clicked, this, [this, rupees]() {
            m_amount->setText(QString::number(rupees));
            m_amount->setFocus();
        });
        layout->addWidget(quick);
    }
    return row;
}

void AepsFormFields::retranslate()
{
    // The page's translation context: these texts were the page's before the fields became their own widget.
    m_mobileLabel->setText(QCoreApplication::translate("saathi::ui::AepsFormPage", "Customer &mobile"));
    m_bankLabel->setText(QCoreApplication::translate("saathi::ui::AepsFormPage", "&Bank"));
    m_aadhaarLabel->setText(QCoreApplication::translate("saathi::ui::AepsFormPage", "&Aadhaar / VID"));
    m_amountLabel->setText(QCoreApplication::translate("saathi::ui::AepsFormPage", "Amo&unt (₹)"));
    m_mobile->setPlaceholderText(QCoreApplication::translate("saathi::ui::AepsFormPage", "10-digit mobile number"));
    m_amount->setPlaceholderText(
        m_flow.kind() == journal::TxKind::AadhaarPay
            ? QCoreApplication::translate("saathi::ui::AepsFormPage", "₹1 to ₹10,000")
            : QCoreApplication::translate("saathi::ui::AepsFormPage", "₹100 to ₹10,000, in ₹50 steps"));
    m_agentHeading->setText(
        QCoreApplication::translate("saathi::ui::AepsFormPage",
                                    "Agent's authorisation: your own Aadhaar and bank. After the customer's finger, "
                                    "yours authorises each withdrawal."));
    m_consentText->setText(aeps::Consent::text());
    m_consent->setText(
        QCoreApplication::translate("saathi::ui::AepsFormPage", "The customer has heard this and a&grees"));
}

void AepsFormFields::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

aeps::AepsForm AepsFormFields::form() const
{
    aeps::AepsForm form;
    form.customerMobile = m_mobile->text();
    form.bankCode = m_bank->bankCode();
    form.bankName = m_bank->bankName();
    form.aadhaar = m_aadhaar->digits();
    form.amountText = m_amount->text();
    form.consent.given = m_consent->isChecked();
    form.consent.language = QLocale().name().left(2);
    if (m_flow.needsMerchantAuth()) {
        const auto agent = m_agentFields->identity(m_services.identity.agentMobile);
        form.agentAadhaar = agent.aadhaar;
        form.agentBankCode = agent.bankCode;
    }
    return form;
}

bool AepsFormFields::consentGiven() const
{
    return m_consent->isChecked();
}

void AepsFormFields::updateAgentFields()
{
    const bool needed = m_flow.needsMerchantAuth();
    m_agentHeading->setVisible(needed);
    m_agentFields->setVisible(needed);
}

void AepsFormFields::setEditable(bool editable)
{
    for (QWidget* w :
         std::initializer_list<QWidget*> {m_mobile, m_bank, m_aadhaar, m_amountRow, m_agentFields, m_consent}) {
        w->setEnabled(editable);
    }
}

void AepsFormFields::advance()
{
    if (focusWidget() == m_consent) {
        m_consent->setChecked(true);
    } else {
        focusNextChild();
    }
}

void AepsFormFields::clear()
{
    m_mobile->clear();
    m_bank->clearSelection();
    m_aadhaar->clearDigits();
    m_agentFields->aadhaarEdit()->clearDigits();
    m_amount->clear();
    m_consent->setChecked(false);
    clearErrors();
}

void AepsFormFields::clearErrors()
{
    for (QLabel* label : {m_mobileError, m_bankError, m_aadhaarError, m_amountError, m_consentError}) {
        FormKit::clearMessage(label);
    }
    m_agentFields->clearErrors();
}

void AepsFormFields::showFieldNote(aeps::AepsField field, const QString& message)
{
    QLabel* label = field == AepsField::Bank ? m_bankError
        : field == AepsField::Aadhaar        ? m_aadhaarError
        : field == AepsField::Amount         ? m_amountError
                                             : nullptr;
    if (!label) {
        return;
    }
    if (message.isEmpty()) {
        FormKit::clearMessage(label);
    } else {
        FormKit::showMessage(label, message);
    }
}

void AepsFormFields::showFieldErrors(const QList<aeps::FieldError>& errors)
{
    QWidget* first = nullptr;
    for (const aeps::FieldError& e : errors) {
        QLabel* label = nullptr;
        QWidget* widget = nullptr;
        switch (e.field) {
        case AepsField::CustomerMobile:
            label = m_mobileError;
            widget = m_mobile;
            break;
        case AepsField::Bank:
            label = m_bankError;
            widget = m_bank->searchEdit();
            break;
        case AepsField::Aadhaar:
            label = m_aadhaarError;
            widget = m_aadhaar;
            break;
        case AepsField::Amount:
            label = m_amountError;
            widget = m_amount;
            break;
        case AepsField::Consent:
            label = m_consentError;
            widget = m_consent;
            break;
        case AepsField::AgentAadhaar:
        case AepsField::AgentBank:
            // The agent's fields show their own errors and take the focus.
            m_agentFields->showFieldError(Error {e.field == AepsField::AgentBank ? QStringLiteral("agent.no_bank")
                                                                                 : QStringLiteral("agent.bad_aadhaar"),
                                                 e.message,
                                                 {}});
            widget = m_agentFields->aadhaarEdit();
            break;
        }
        if (label) {
            FormKit::showMessage(label, e.message);
        }
        if (!first) {
            first = widget;
        }
    }
    if (first) {
        first->setFocus();
    }
}

} // namespace saathi::ui
