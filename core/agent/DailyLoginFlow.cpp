// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/agent/DailyLoginFlow.h"

#include "core/agent/AgentSession.h"
#include "core/agent/EkycFlow.h"
#include "core/agent/StrikeGuard.h"
#include "core/counter/CounterServices.h"
#include "core/device/DeviceTypes.h"
#include "core/device/FingerCapture.h"
#include "core/eko/EkoJob.h"

#include <QCoreApplication>

namespace saathi::agent {

DailyLoginFlow::DailyLoginFlow(eko::EkoClient& client, device::BiometricDevice& device, AgentSession& session,
                               QObject* parent)
    : QObject(parent)
    , m_aeps(client)
    , m_session(session)
    , m_capture(new device::FingerCapture(device, this))
{
    connect(m_capture, &device::FingerCapture::progress, this, &DailyLoginFlow::progress);
    connect(m_capture, &device::FingerCapture::finished, this, &DailyLoginFlow::onCaptured);
}

DailyLoginFlow::DailyLoginFlow(const CounterServices& services, AgentSession& session, QObject* parent)
    : DailyLoginFlow(*services.eko, *services.device, session, parent)
{
}

DailyLoginFlow::~DailyLoginFlow()
{
    if (m_job) {
        m_job->disconnect(this);
    }
}

void DailyLoginFlow::start(const eko::AgentIdentity& agent)
{
    if (m_busy) {
        return;
    }
    if (!m_session.ekycCompleted()) {
        Q_EMIT failed({QStringLiteral("eko.ekyc_required"),
                       QCoreApplication::translate("Agent", "Finish the one-time eKYC first, then do the daily login."),
                       {}});
        return;
    }
    // Two failures in a row: a third would block the agent with NPCI, so the device is tested first.
    if (const preflight::AgentState state = m_session.preflightState(); StrikeGuard::stops(state)) {
        Q_EMIT failed(StrikeGuard::refusal(state));
        return;
    }
    const Error problem = EkycFlow::checkIdentity(agent, true);
    if (!problem.isNull()) {
        Q_EMIT failed(problem);
        return;
    }
    m_agent = agent;
    m_busy = true;
    m_lastQuality = -1;
    Q_EMIT busyChanged(true);
    m_capture->start(device::CaptureOptions()); // no wadh for the daily login (reference §4.4)
}

void DailyLoginFlow::cancel()
{
    if (m_capture->isRunning()) {
        m_capture->cancel();
    } else if (m_job) {
        m_job->cancel();
    }
}

bool DailyLoginFlow::isCapturing() const
{
    return m_capture->isRunning();
}

void DailyLoginFlow::onCaptured(const device::CaptureResult& result)
{
    m_lastQuality = result.pid.qScore();
    if (!result.ok()) {
        finish(result.error);
        return;
    }
    Q_EMIT progress(QCoreApplication::translate("Agent", "Checking your fingerprint with the bank…"));
    m_job = m_aeps.dailyKyc(m_agent, result.pid.pidXml);
    connect(m_job, &eko::EkoJob::finished, this, &DailyLoginFlow::onAnswer);
}

void DailyLoginFlow::onAnswer(const eko::EkoResponse& response)
{
    m_job = nullptr;
    StrikeGuard::record(m_session, response);
    if (response.outcome == eko::Outcome::Success) {
        m_session.recordDailyLoginSuccess();
        finish({});
        return;
    }
    m_session.noteEkoError(response.error);
    finish(response.error);
}

void DailyLoginFlow::finish(const Error& error)
{
    m_agent = {};
    m_busy = false;
    Q_EMIT busyChanged(false);
    if (error.isNull()) {
        Q_EMIT succeeded();
    } else {
        Q_EMIT failed(error);
    }
}

} // namespace saathi::agent
