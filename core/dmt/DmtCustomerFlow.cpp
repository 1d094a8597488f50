// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dmt/DmtCustomerFlow.h"

#include "core/device/DeviceTypes.h"
#include "core/device/FingerCapture.h"
#include "core/eko/AepsOperations.h"
#include "core/validation/AadhaarNumber.h"

#include <QCoreApplication>

namespace saathi::dmt {

namespace {

// A problem found at the counter before anything was sent.
FieldError formError(DmtField field, const QString& code, const QString& message)
{
    return FieldError {field, FieldRule::Format, message, Error {code, message, {}}};
}

} // namespace

DmtCustomerFlow::DmtCustomerFlow(DmtService& dmt, device::BiometricDevice* device, QObject* parent)
    : QObject(parent)
    , m_dmt(dmt)
{
    if (device) {
        m_capture = new device::FingerCapture(*device, this);
        connect(m_capture, &device::FingerCapture::progress, this, &DmtCustomerFlow::progress);
        connect(m_capture, &device::FingerCapture::finished, this, &DmtCustomerFlow::onCaptured);
    }
}

DmtCustomerFlow::~DmtCustomerFlow() = default;

QString DmtCustomerFlow::progressText() const
{
    switch (m_activity) {
    case Activity::None:
        break;
    case Activity::LookingUp:
        return tr("Looking up the customer…");
    case Activity::Registering:
        return tr("Registering the customer with Eko…");
    case Activity::Capturing:
        return tr("Ask the customer to place a finger on the device…");
    case Activity::SendingEkyc:
        return tr("Sending the eKYC to Eko…");
    case Activity::Verifying:
        return tr("Verifying the OTP…");
    case Activity::ResendingOtp:
        return tr("Sending a new OTP…");
    }
    return {};
}

void DmtCustomerFlow::setStep(Step step)
{
    if (m_step != step) {
        m_step = step;
        Q_EMIT stepChanged(step);
    }
}

void DmtCustomerFlow::setActivity(Activity activity)
{
    if (m_activity != activity) {
        m_activity = activity;
        Q_EMIT activityChanged(activity);
    }
}

void DmtCustomerFlow::run(Activity activity, DmtJob* job, void (DmtCustomerFlow::*onReply)(const DmtReply&))
{
    m_job = job;
    setActivity(activity);
    connect(job, &DmtJob::finished, this, [this, job, onReply](const DmtReply& reply) {
        if (m_job != job) {
            return; // reset() or a newer step: a late answer changes nothing
        }
        m_job = nullptr;
        setActivity(Activity::None);
        (this->*onReply)(reply);
    });
}

void DmtCustomerFlow::fail(const FieldError& error)
{
    if (error.field == DmtField::CustomerMobile) {
        setStep(Step::Lookup); // the mobile is typed there
    }
    Q_EMIT failed(error);
}

bool DmtCustomerFlow::lookUp(const QString& mobile)
{
    if (isBusy()) {
        return false;
    }
    if (const Error input = DmtService::checkMobile(mobile); !input.isNull()) {
        fail(classify(input, FieldRule::Format)); // the 9-digit mobile: said at the field, nothing sent
        return false;
    }
    m_mobile = mobile.trimmed();
    m_customer = {};
    m_ticket = {};
    setStep(Step::Lookup);
    run(Activity::LookingUp, m_dmt.lookupCustomer(m_mobile), &DmtCustomerFlow::onLookedUp);
    return true;
}

void DmtCustomerFlow::onLookedUp(const DmtReply& reply)
{
    if (!reply.ok) {
        fail(reply.fieldProblem());
        return;
    }
    m_customer = reply.customer;
    if (m_customer.mobile.isEmpty()) {
        m_customer.mobile = m_mobile;
    }
    switch (m_customer.stage) {
    case CustomerStage::NotRegistered:
        setStep(Step::Register);
        return;
    case CustomerStage::OtpPending:
        // Registered, the mobile not verified yet: a fresh OTP to verify it now.
        setStep(Step::Otp);
        sendNewOtp();
        return;
    case CustomerStage::EkycPending:
        setStep(Step::Ekyc);
        return;
    case CustomerStage::Verified:
    case CustomerStage::FullKyc:
        setStep(Step::Ready);
        Q_EMIT customerReady(m_customer);
        return;
    }
}

bool DmtCustomerFlow::registerCustomer(const CustomerRegistration& registration)
{
    if (isBusy() || m_step != Step::Register) {
        return false;
    }
    CustomerRegistration r = registration;
    r.mobile = m_mobile;
    if (const Error input = DmtService::checkRegistration(r); !input.isNull()) {
        fail(classify(input, FieldRule::Format));
        return false;
    }
    run(Activity::Registering, m_dmt.registerCustomer(r), &DmtCustomerFlow::onRegistered);
    return true;
}

void DmtCustomerFlow::onRegistered(const DmtReply& reply)
{
    if (!reply.ok) {
        fail(reply.fieldProblem());
        return;
    }
    m_customer = reply.customer;
    m_customer.mobile = m_mobile;
    if (rail() == Rail::Fino) {
        setStep(Step::Ekyc); // onboarded; the sender eKYC comes next
        return;
    }
    m_ticket = reply.otp;
    setStep(Step::Otp);
    Q_EMIT otpSent(tr("Eko sent an OTP to %1. Ask the customer for it.").arg(m_customer.mobile));
}

bool DmtCustomerFlow::startEkyc(const SecureBytes& aadhaarDigits, bool consentGiven)
{
    if (isBusy() || m_step != Step::Ekyc) {
        return false;
    }
    QString digits = QString::fromLatin1(aadhaarDigits.constData(), aadhaarDigits.size());
    const ValidationResult check = aadhaar::validateAadhaar(digits);
    secureWipe(digits);
    bool bad = false;
    if (!check.valid) {
        fail(formError(DmtField::Aadhaar, QStringLiteral("dmt.invalid_aadhaar"), check.message));
        bad = true;
    }
    if (!consentGiven) {
        fail(formError(DmtField::Consent, QStringLiteral("dmt.invalid_consent"),
                       tr("Read the consent to the customer and tick it when they agree.")));
        bad = true;
    }
    if (bad) {
        return false;
    }
    if (!m_capture) {
        const QString text = tr("No fingerprint device is set up on this counter.");
        fail(FieldError {DmtField::None, FieldRule::None, text, Error {QStringLiteral("dmt.no_device"), text, {}}});
        return false;
    }
    m_aadhaar = aadhaarDigits;
    device::CaptureOptions options;
    options.wadh = eko::AepsOperations::ekycWadh(); // the sender eKYC is an eKYC: UIDAI's KYC wadh
    setActivity(Activity::Capturing);
    m_capture->start(options);
    return true;
}

void DmtCustomerFlow::onCaptured(const device::CaptureResult& result)
{
    if (m_activity != Activity::Capturing) {
        return;
    }
    setActivity(Activity::None);
    if (!result.ok()) {
        m_aadhaar.clear();
        fail(FieldError {DmtField::None, FieldRule::None, result.error.userMessage, result.error});
        return;
    }
    DmtJob* job = m_dmt.senderEkyc(m_customer.mobile, m_aadhaar, result.pid.pidXml);
    m_aadhaar.clear(); // the request holds what it needs; one capture, one request
    run(Activity::SendingEkyc, job, &DmtCustomerFlow::onEkycSent);
}

void DmtCustomerFlow::onEkycSent(const DmtReply& reply)
{
    if (!reply.ok) {
        fail(reply.fieldProblem());
        return;
    }
    m_ticket = reply.otp;
    setStep(Step::Otp);
    Q_EMIT otpSent(tr("Eko sent an OTP to %1 for the eKYC. Ask the customer for it.").arg(m_customer.mobile));
}

bool DmtCustomerFlow::submitOtp(const QString& otp)
{
    if (isBusy() || m_step != Step::Otp) {
        return false;
    }
    if (const Error input = DmtService::checkOtp(otp); !input.isNull()) {
        Q_EMIT otpRejected(classify(input, FieldRule::Format));
        return false;
    }
    DmtJob* job = rail() == Rail::Fino ? m_dmt.verifySenderEkyc(m_customer.mobile, m_ticket, otp)
                                       : m_dmt.verifyCustomerOtp(m_customer.mobile, otp, m_ticket.otpRefId);
    run(Activity::Verifying, job, &DmtCustomerFlow::onVerified);
    return true;
}

void DmtCustomerFlow::onVerified(const DmtReply& reply)
{
    if (!reply.ok) {
        const FieldError problem = reply.fieldProblem();
        if (problem.field == DmtField::Otp) {
            Q_EMIT otpRejected(problem);
        } else {
            fail(problem);
        }
        return;
    }
    // Verified: read the customer again for the fresh KYC level and limits.
    run(Activity::LookingUp, m_dmt.lookupCustomer(m_customer.mobile), &DmtCustomerFlow::onLookedUp);
}

void DmtCustomerFlow::resendOtp()
{
    if (isBusy() || m_step != Step::Otp) {
        return;
    }
    if (rail() == Rail::Fino) {
        // DMT-Fino sends the eKYC OTP only with a new capture; the Aadhaar typed stays on the screen.
        setStep(Step::Ekyc);
        const QString text = tr("To send a new OTP, capture the customer's finger again.");
        Q_EMIT failed(
            FieldError {DmtField::None, FieldRule::None, text, Error {QStringLiteral("dmt.capture_again"), text, {}}});
        return;
    }
    sendNewOtp();
}

void DmtCustomerFlow::sendNewOtp()
{
    run(Activity::ResendingOtp, m_dmt.resendCustomerOtp(m_customer.mobile), &DmtCustomerFlow::onResent);
}

void DmtCustomerFlow::onResent(const DmtReply& reply)
{
    if (!reply.ok) {
        Q_EMIT otpRejected(reply.fieldProblem()); // said at the OTP field, where "Send again" is
        return;
    }
    if (!reply.otp.otpRefId.isEmpty()) {
        m_ticket = reply.otp;
    }
    Q_EMIT otpSent(tr("Eko sent a new OTP to %1. Ask the customer for it.").arg(m_customer.mobile));
}

void DmtCustomerFlow::cancel()
{
    if (m_job) {
        m_job->cancel(); // finishes with its error, which the step's continuation reports
    }
    if (m_activity == Activity::Capturing && m_capture) {
        m_capture->cancel(); // finishes with rd.cancelled through onCaptured()
    }
}

bool DmtCustomerFlow::goBack()
{
    if (isBusy() || m_step == Step::Lookup) {
        return false;
    }
    setStep(Step::Lookup);
    return true;
}

void DmtCustomerFlow::reset()
{
    DmtJob* job = m_job;
    m_job = nullptr;
    if (job) {
        job->cancel();
    }
    if (m_activity == Activity::Capturing && m_capture) {
        setActivity(Activity::None);
        m_capture->cancel();
    }
    setActivity(Activity::None);
    m_aadhaar.clear();
    m_mobile.clear();
    m_customer = {};
    m_ticket = {};
    setStep(Step::Lookup);
}

} // namespace saathi::dmt
