// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/dmt/DmtField.h"
#include "core/dmt/DmtService.h"

#include <QObject>
#include <QPointer>

namespace saathi::device {
class BiometricDevice;
class FingerCapture;
struct CaptureResult;
} // namespace saathi::device

namespace saathi::dmt {

// The sender of a money transfer, from the mobile typed to a customer who can send:
//
//   Lookup ─lookUp─► (LookingUp) ─► Ready                       (verified: limits shown, continue)
//                                 ├► Register ─registerCustomer─► (Registering) ─► classic: Otp | Fino: Ekyc
//                                 ├► Otp (classic, mobile not verified: a fresh OTP is sent at once)
//                                 └► Ekyc (Fino, sender eKYC pending)
//   Ekyc ─startEkyc(Aadhaar, consent)─► (Capturing: the customer's finger with UIDAI's eKYC wadh, through
//         device::FingerCapture) ─► (SendingEkyc) ─► Otp
//   Otp ─submitOtp─► (Verifying) ─► (LookingUp: the fresh KYC level and limits) ─► Ready
//
// The step is the flow's; the activity in brackets is what runs (busy). Every problem comes out typed: failed()
// with the field, the rule and the message (field None: about the step), or otpRejected() for what belongs at the
// OTP field. A problem with the mobile takes the flow back to Lookup. The Aadhaar digits and the PID are wiped as
// soon as the eKYC request is built.
class DmtCustomerFlow : public QObject
{
    Q_OBJECT
public:
    enum class Step { Lookup, Register, Ekyc, Otp, Ready };
    Q_ENUM(Step)
    enum class Activity { None, LookingUp, Registering, Capturing, SendingEkyc, Verifying, ResendingOtp };
    Q_ENUM(Activity)

    // `device` may be null (no fingerprint device on this counter): the sender eKYC then says so.
    DmtCustomerFlow(DmtService& dmt, device::BiometricDevice* device, QObject* parent = nullptr);
    ~DmtCustomerFlow() override;

    Rail rail() const { return m_dmt.rail(); }
    Step step() const { return m_step; }
    Activity activity() const { return m_activity; }
    bool isBusy() const { return m_activity != Activity::None; }
    const Customer& customer() const { return m_customer; }
    // The OTP reference Eko gave for the code the customer now has (not the code): for support and tests.
    const OtpTicket& otpTicket() const { return m_ticket; }
    // What is running, translated, for the progress line (empty when idle).
    QString progressText() const;

    // False (and failed()) when the mobile is malformed, or while busy.
    bool lookUp(const QString& mobile);
    // The looked-up mobile is the one registered (registration.mobile is ignored).
    bool registerCustomer(const CustomerRegistration& registration);
    // DMT-Fino: checks the Aadhaar and the consent, captures the customer's finger, sends the eKYC.
    bool startEkyc(const SecureBytes& aadhaarDigits, bool consentGiven);
    bool submitOtp(const QString& otp);
    // Classic: a new OTP. DMT-Fino: the eKYC OTP comes only with a new capture, so back to Ekyc.
    void resendOtp();
    // Stops the request or the capture under way; what was sent is not undone.
    void cancel();
    // Back one step (Register, Ekyc, Otp, Ready → Lookup); false at Lookup or while busy.
    bool goBack();
    // A new customer: everything forgotten.
    void reset();

Q_SIGNALS:
    void stepChanged(saathi::dmt::DmtCustomerFlow::Step step);
    void activityChanged(saathi::dmt::DmtCustomerFlow::Activity activity);
    // The capture's own progress ("Place your finger on the device.").
    void progress(const QString& text);
    // Eko sent the customer an OTP; `prompt` says so, translated.
    void otpSent(const QString& prompt);
    void otpRejected(const saathi::dmt::FieldError& error);
    void failed(const saathi::dmt::FieldError& error);
    // Step Ready reached: the customer can send.
    void customerReady(const saathi::dmt::Customer& customer);

private:
    void setStep(Step step);
    void setActivity(Activity activity);
    void run(Activity activity, DmtJob* job, void (DmtCustomerFlow::*onReply)(const DmtReply&));
    void fail(const FieldError& error);
    void onLookedUp(const DmtReply& reply);
    void onRegistered(const DmtReply& reply);
    void onCaptured(const device::CaptureResult& result);
    void onEkycSent(const DmtReply& reply);
    void onVerified(const DmtReply& reply);
    void onResent(const DmtReply& reply);
    void sendNewOtp();

    DmtService& m_dmt;
    device::FingerCapture* m_capture = nullptr;
    Step m_step = Step::Lookup;
    Activity m_activity = Activity::None;
    QString m_mobile;
    Customer m_customer;
    OtpTicket m_ticket;
    SecureBytes m_aadhaar; // from startEkyc() until the eKYC request is built
    QPointer<DmtJob> m_job;
};

} // namespace saathi::dmt
