// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dmt/DmtCustomerFlow.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace saathi {
class Clock;
}

namespace saathi::ui {

class DmtEkycForm;
class DmtOtpWidget;
class DmtRegistrationForm;

// The sender, a screen over dmt::DmtCustomerFlow: mobile → Look up → name, KYC level, what is left of the monthly
// limit. Not registered → the registration form (name, date of birth, address) → classic: the OTP Eko sent to the
// customer (resend, expiry); DMT-Fino: the sender eKYC (Aadhaar, consent, the customer's finger) → its OTP. The
// flow owns the step; this page shows it, and every message appears under its field. Nothing typed is lost on an
// error.
class DmtCustomerStep : public QWidget
{
    Q_OBJECT
public:
    enum class View { Lookup, Register, Ekyc, Otp };

    DmtCustomerStep(dmt::DmtCustomerFlow& flow, const Clock& clock, QWidget* parent = nullptr);
    ~DmtCustomerStep() override;

    void reset();
    View view() const;
    const dmt::Customer& customer() const { return m_flow.customer(); }
    const dmt::OtpTicket& otpTicket() const { return m_flow.otpTicket(); }
    bool isBusy() const { return m_flow.isBusy(); }
    void focusFirstField();

Q_SIGNALS:
    // The customer can send money: go on to the recipients.
    void customerReady(const saathi::dmt::Customer& customer);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildLookup();
    void retranslate();
    void goBack();
    void proceed();
    void lookUp();
    void startEkyc();
    void onStepChanged(dmt::DmtCustomerFlow::Step step);
    void onActivityChanged(dmt::DmtCustomerFlow::Activity activity);
    void onOtpSent(const QString& prompt);
    void showCustomer();
    void showError(const dmt::FieldError& error);
    void clearErrors();

    dmt::DmtCustomerFlow& m_flow;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    // lookup
    QLineEdit* m_mobile = nullptr;
    QLabel* m_mobileError = nullptr;
    QLabel* m_mobileLabel = nullptr;
    QPushButton* m_lookupButton = nullptr;
    QWidget* m_infoBox = nullptr;
    QLabel* m_nameInfo = nullptr;
    QLabel* m_stateInfo = nullptr;
    QLabel* m_limitInfo = nullptr;
    QPushButton* m_continueButton = nullptr;
    DmtRegistrationForm* m_register = nullptr;
    DmtEkycForm* m_ekyc = nullptr; // the sender eKYC (DMT-Fino)
    // OTP
    DmtOtpWidget* m_otp = nullptr;
    // shared
    QLabel* m_formError = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_backButton = nullptr;
};

} // namespace saathi::ui
