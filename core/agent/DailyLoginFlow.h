// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/AepsOperations.h"
#include "core/util/Error.h"

#include <QObject>
#include <QPointer>

namespace saathi::eko {
class EkoClient;
class EkoJob;
struct EkoResponse;
} // namespace saathi::eko
namespace saathi::device {
class FingerCapture;
class BiometricDevice;
struct CaptureResult;
} // namespace saathi::device

namespace saathi {
struct CounterServices;
}

namespace saathi::agent {
class AgentSession;

// The agent's daily biometric login (2FA, eko-api.md §6.4): capture WITHOUT wadh → dailyKyc → the session records
// today's success. Required once per IST calendar day and whenever Eko asks again. The strike guard applies
// (StrikeGuard): Eko refusing the agent's finger counts a strike, a success clears them, and after two strikes
// start() is refused (agent.strike_test_capture_needed) until the device wizard's test capture has passed.
class DailyLoginFlow : public QObject
{
    Q_OBJECT
public:
    DailyLoginFlow(eko::EkoClient& client, device::BiometricDevice& device, AgentSession& session,
                   QObject* parent = nullptr);
    // On the counter's own client and device (what a screen asks for; the client stays out of ui/).
    DailyLoginFlow(const CounterServices& services, AgentSession& session, QObject* parent = nullptr);
    ~DailyLoginFlow() override;

    bool isBusy() const { return m_busy; }
    // While busy: whether the device is still waiting for the agent's finger (else the bank is checking it).
    bool isCapturing() const;
    // The quality (qScore) of the finger just captured, -1 before a capture or when the device did not say.
    int lastCaptureQuality() const { return m_lastQuality; }
    void start(const eko::AgentIdentity& agent);
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    void progress(const QString& text);
    void succeeded();
    void failed(const saathi::Error& error);

private:
    void onCaptured(const device::CaptureResult& result);
    void onAnswer(const eko::EkoResponse& response);
    void finish(const Error& error);

    eko::AepsOperations m_aeps;
    AgentSession& m_session;
    device::FingerCapture* m_capture = nullptr;
    eko::AgentIdentity m_agent; // held only while the login runs
    QPointer<eko::EkoJob> m_job;
    bool m_busy = false;
    int m_lastQuality = -1;
};

} // namespace saathi::agent
