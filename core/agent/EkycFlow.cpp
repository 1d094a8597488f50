// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/agent/EkycFlow.h"

#include "core/counter/CounterServices.h"
#include "core/device/DeviceTypes.h"
#include "core/device/FingerCapture.h"
#include "core/eko/EkoJob.h"
#include "core/validation/AadhaarNumber.h"
#include "core/validation/FieldValidators.h"

namespace saathi::agent {

EkycFlow::EkycFlow(eko::EkoClient& client, device::BiometricDevice& device, AgentSession& session, QObject* parent)
    : QObject(parent)
    , m_aeps(client)
    , m_session(session)
    , m_capture(new device::FingerCapture(device, this))
{
    connect(m_capture, &device::FingerCapture::progress, this, &EkycFlow::progress);
    connect(m_capture, &device::FingerCapture::finished, this, &EkycFlow::onCaptured);
}

EkycFlow::EkycFlow(const CounterServices& services, AgentSession& session, QObject* parent)
    : EkycFlow(*services.eko, *services.device, session, parent)
{
}

EkycFlow::~EkycFlow()
{
    if (m_job) {
        m_job->disconnect(this);
    }
}

Error EkycFlow::checkIdentity(const eko::AgentIdentity& agent, bool needBank, QString* field)
{
    const auto mobile = validate::mobile(agent.agentMobile);
    if (!mobile.valid) {
        if (field) {
            *field = QStringLiteral("mobile");
        }
        return {QStringLiteral("agent.bad_mobile"), mobile.message, {}};
    }
    const auto aadhaar = aadhaar::validateAadhaar(QString::fromLatin1(agent.aadhaar.view()));
    if (!aadhaar.valid) {
        if (field) {
            *field = QStringLiteral("aadhaar");
        }
        return {QStringLiteral("agent.bad_aadhaar"), aadhaar.message, {}};
    }
    if (needBank && agent.bankCode.trimmed().isEmpty()) {
        if (field) {
            *field = QStringLiteral("bank");
        }
        return {QStringLiteral("agent.no_bank"), tr("Choose the bank of your own account."), {}};
    }
    return {};
}

bool EkycFlow::begin(const eko::AgentIdentity& agent, bool needBank)
{
    if (m_busy) {
        return false;
    }
    const Error problem = checkIdentity(agent, needBank);
    if (!problem.isNull()) {
        Q_EMIT failed(problem);
        return false;
    }
    m_agent = agent;
    setBusy(true);
    return true;
}

void EkycFlow::sendOtp(const eko::AgentIdentity& agent)
{
    if (step() == EkycStep::Done || !begin(agent, false)) {
        return;
    }
    Q_EMIT progress(tr("Asking the bank to send an OTP to your mobile…"));
    watch(m_aeps.ekycSendOtp(m_agent), EkycStep::OtpSent);
}

void EkycFlow::verifyOtp(const eko::AgentIdentity& agent, const QString& otp)
{
    const auto code = validate::otp(otp);
    if (!code.valid) {
        Q_EMIT failed({QStringLiteral("agent.bad_otp"), code.message, {}});
        return;
    }
    const EkycProgress progress = m_session.ekycProgress();
    if (progress.step != EkycStep::OtpSent) {
        Q_EMIT failed({QStringLiteral("agent.no_otp"), tr("Ask for an OTP first."), {}});
        return;
    }
    if (!begin(agent, false)) {
        return;
    }
    Q_EMIT this->progress(tr("Checking the OTP…"));
    watch(m_aeps.ekycVerifyOtp(m_agent, code.normalized, progress.otpRefId, progress.referenceTid),
          EkycStep::OtpVerified);
}

void EkycFlow::captureAndSubmit(const eko::AgentIdentity& agent)
{
    if (m_session.ekycProgress().step != EkycStep::OtpVerified) {
        Q_EMIT failed({QStringLiteral("agent.otp_not_verified"), tr("Verify the OTP first."), {}});
        return;
    }
    if (!begin(agent, true)) {
        return;
    }
    device::CaptureOptions options;
    options.wadh = eko::AepsOperations::ekycWadh(); // the one-time eKYC needs the KYC wadh (reference §6.3)
    m_capture->start(options);
}

void EkycFlow::onCaptured(const device::CaptureResult& result)
{
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    const EkycProgress progress = m_session.ekycProgress();
    Q_EMIT this->progress(tr("Sending your fingerprint to the bank…"));
    watch(m_aeps.ekycBiometric(m_agent, result.pid.pidXml, progress.otpRefId, progress.referenceTid), EkycStep::Done);
}

void EkycFlow::watch(eko::EkoJob* job, EkycStep onSuccess)
{
    m_job = job;
    connect(job, &eko::EkoJob::finished, this,
            [this, onSuccess](const eko::EkoResponse& response) { onAnswer(response, onSuccess); });
}

void EkycFlow::onAnswer(const eko::EkoResponse& response, EkycStep onSuccess)
{
    m_job = nullptr;
    const bool alreadyDone = response.error.code == QLatin1String("eko.ekyc_already_done");
    if (response.outcome != eko::Outcome::Success && !alreadyDone) {
        m_session.noteEkoError(response.error);
        fail(response.error);
        return;
    }
    if (alreadyDone) {
        onSuccess = EkycStep::Done; // Eko already has it: the counter catches up
    }
    if (onSuccess == EkycStep::Done) {
        m_session.markEkycCompleted();
    } else {
        const QString otpRefId = response.envelope.text(QStringLiteral("otp_ref_id"));
        const QString referenceTid = response.envelope.text(QStringLiteral("reference_tid"));
        if (otpRefId.isEmpty() || referenceTid.isEmpty()) {
            fail({QStringLiteral("agent.ekyc_no_reference"),
                  tr("Eko's answer had no OTP reference. Ask for a new OTP."),
                  QStringLiteral("otp_ref_id/reference_tid missing")});
            return;
        }
        m_session.setEkycProgress({onSuccess, otpRefId, referenceTid});
    }
    m_agent = {};
    setBusy(false);
    Q_EMIT stepChanged(onSuccess);
    if (onSuccess == EkycStep::Done) {
        Q_EMIT completed();
    }
}

void EkycFlow::cancel()
{
    if (m_capture->isRunning()) {
        m_capture->cancel();
        return;
    }
    if (m_job) {
        m_job->cancel(); // a non-money call: finishes as failed, reaching onAnswer
    }
}

void EkycFlow::fail(const Error& error)
{
    m_agent = {};
    setBusy(false);
    Q_EMIT failed(error);
}

void EkycFlow::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

} // namespace saathi::agent
