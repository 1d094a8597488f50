// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/dmt/DmtService.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace saathi::device {
class FingerCapture;
struct CaptureResult;
} // namespace saathi::device

namespace saathi::ui {

class AadhaarLineEdit;
class DmtOtpWidget;
class DmtRegistrationForm;

// The sender: mobile → Look up → name, KYC level, what is left of the monthly limit. Not registered → the
// registration form (name, date of birth, address) → classic: the OTP Eko sent to the customer (resend, expiry);
// DMT-Fino: the sender eKYC (Aadhaar, consent, the customer's finger captured with the eKYC wadh) → its OTP.
// Every message appears under its field; nothing typed is lost on an error.
class DmtCustomerStep : public QWidget
{
    Q_OBJECT
public:
    enum class View { Lookup, Register, Ekyc, Otp };

    DmtCustomerStep(CounterServices& services, dmt::DmtService& dmt, QWidget* parent = nullptr);
    ~DmtCustomerStep() override;

    void reset();
    View view() const;
    const dmt::Customer& customer() const { return m_customer; }
    // The OTP reference Eko gave for the code now on screen (not the code): for support and tests.
    const dmt::OtpTicket& otpTicket() const { return m_ticket; }
    bool isBusy() const { return !m_job.isNull() || m_capturing; }
    void focusFirstField();

Q_SIGNALS:
    // The customer can send money: go on to the recipients.
    void customerReady(const saathi::dmt::Customer& customer);
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildLookup();
    QWidget* buildEkyc();
    void retranslate();
    void setView(View view);
    void lookUp();
    void onLookedUp(const dmt::DmtReply& reply);
    void submitRegistration();
    void startEkyc();
    void onCaptured(const device::CaptureResult& result);
    void submitOtp(const QString& otp);
    void resendOtp();
    void showCustomer();
    void showError(const Error& error);
    void clearErrors();
    void setBusy(const QString& text);
    void setIdle();
    template<typename Fn>
    void run(dmt::DmtJob* job, Fn onReply);

    CounterServices& m_services;
    dmt::DmtService& m_dmt;
    dmt::Customer m_customer;
    dmt::OtpTicket m_ticket;
    QPointer<dmt::DmtJob> m_job;
    device::FingerCapture* m_capture = nullptr;
    bool m_capturing = false;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    // lookup
    QLineEdit* m_mobile = nullptr;
    QLabel* m_mobileError = nullptr;
    QPushButton* m_lookupButton = nullptr;
    QWidget* m_infoBox = nullptr;
    QLabel* m_nameInfo = nullptr;
    QLabel* m_stateInfo = nullptr;
    QLabel* m_limitInfo = nullptr;
    QPushButton* m_continueButton = nullptr;
    DmtRegistrationForm* m_register = nullptr;
    // sender eKYC (DMT-Fino)
    QLabel* m_ekycIntro = nullptr;
    AadhaarLineEdit* m_aadhaar = nullptr;
    QLabel* m_aadhaarError = nullptr;
    QLabel* m_consentText = nullptr;
    QCheckBox* m_consent = nullptr;
    QLabel* m_consentError = nullptr;
    QPushButton* m_captureButton = nullptr;
    // OTP
    DmtOtpWidget* m_otp = nullptr;
    // shared
    QLabel* m_formError = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_backButton = nullptr;
};

} // namespace saathi::ui
