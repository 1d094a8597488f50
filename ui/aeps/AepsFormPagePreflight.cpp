// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// AepsFormPage, before the finger (issue #18): the pre-flight step's warnings and the customer the counter
// remembers (their bank), and the coach's finger.
#include "core/bank/BankDirectory.h"
#include "core/device/DeviceErrors.h"
#include "ui/aeps/AepsFormFields.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/PreflightPrompt.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/form/FormKit.h"
#include "ui/widgets/AadhaarLineEdit.h"
#include "ui/widgets/CapturePanel.h"
#include "ui/widgets/FingerPicker.h"

#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>

namespace saathi::ui {

QString AepsFormPage::rememberedNote()
{
    return tr("This finger worked for this customer last time.");
}

void AepsFormPage::setSuggestedFinger(device::Finger finger, const QString& why)
{
    m_finger->setFinger(finger);
    m_fingerRemembered = false;
    m_fingerNote->setText(why);
    m_fingerNote->setVisible(!why.isEmpty());
}

void AepsFormPage::suggestRememberedFinger(device::Finger finger)
{
    if (finger == device::Finger::Unknown || !m_flow->failedFingers().isEmpty()) {
        return; // nothing remembered, or the coach already moved on for this customer
    }
    setSuggestedFinger(finger, rememberedNote());
    m_fingerRemembered = true; // its note follows a language switch
}

void AepsFormPage::tryAnotherFinger()
{
    m_flow->tryAnotherFinger();
    clearErrors();
    m_stack->setCurrentIndex(0);
    setSuggestedFinger(m_flow->suggestedFinger(), {});
    m_capture->showCoach(m_flow->coachAdvice());
    m_finger->setFocus();
}

void AepsFormPage::onPreflightWarning(const preflight::Outcome& outcome)
{
    QList<preflight::Reason> general;
    for (const preflight::Reason& reason : outcome.reasons) {
        if (reason.severity == preflight::Severity::Note) {
            continue;
        }
        if (reason.field == QLatin1String("bank")) {
            m_fields->showFieldNote(aeps::AepsField::Bank, reason.message);
        } else if (reason.field == QLatin1String("aadhaar")) {
            m_fields->showFieldNote(aeps::AepsField::Aadhaar, reason.message);
        } else if (reason.field == QLatin1String("amount")) {
            m_fields->showFieldNote(aeps::AepsField::Amount, reason.message);
        } else {
            general.append(reason);
        }
    }
    m_preflight->showWarning(general);
}

void AepsFormPage::onAadhaarTyped()
{
    const AadhaarLineEdit* aadhaar = m_fields->aadhaarEdit();
    m_preflight->clearRecall();
    // Only a complete, valid Aadhaar number is looked up (a VID gets no token: nothing to recall).
    m_flow->lookupCustomer(aadhaar->digitCount() == 12 && aadhaar->isValidNumber() ? aadhaar->digits() : SecureBytes());
    showBankWarning();
}

void AepsFormPage::onCustomerRecalled(const QString& bank)
{
    if (!bank.isEmpty()) {
        if (m_fields->bankPicker()->bankCode().isEmpty()) {
            m_fields->bankPicker()->selectCode(bank);
        }
        const QString name = m_services.banks ? m_services.banks->nameFor(bank) : QString();
        m_preflight->showRecall(name.isEmpty() ? bank : name);
    }
    showBankWarning();
}

void AepsFormPage::showBankWarning()
{
    // A bank this customer's Aadhaar was "not linked" to: said under the bank field before the capture.
    const auto warning = m_flow->bankWarning(m_fields->bankPicker()->bankCode());
    if (warning || m_bankNoteShown) {
        m_fields->showFieldNote(aeps::AepsField::Bank, warning ? warning->message : QString());
    }
    m_bankNoteShown = warning.has_value();
}

} // namespace saathi::ui
