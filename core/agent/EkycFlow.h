// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/agent/AgentSession.h"
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

// The agent's one-time AePS eKYC (eko-api.md §6.1–6.3): send OTP → verify OTP → fingerprint captured WITH the
// eKYC wadh → done. Each step's references are persisted in the AgentSession, so a restarted app resumes at the
// step it reached (the agent types the Aadhaar number again; it is never stored). One step runs at a time; each
// ends with stepChanged() (success) or failed(error) (nothing is lost: the step can be tried again).
class EkycFlow : public QObject
{
    Q_OBJECT
public:
    EkycFlow(eko::EkoClient& client, device::BiometricDevice& device, AgentSession& session, QObject* parent = nullptr);
    // On the counter's own client and device (what a screen asks for; the client stays out of ui/).
    EkycFlow(const CounterServices& services, AgentSession& session, QObject* parent = nullptr);
    ~EkycFlow() override;

    EkycStep step() const { return m_session.ekycProgress().step; }
    bool isBusy() const { return m_busy; }

    // Also the "resend OTP": from any step before Done it asks for a fresh OTP.
    void sendOtp(const eko::AgentIdentity& agent);
    void verifyOtp(const eko::AgentIdentity& agent, const QString& otp);
    void captureAndSubmit(const eko::AgentIdentity& agent);
    void cancel();

    // Checks the agent's details before a step; a null Error when they are fine. `field` names the culprit.
    static Error checkIdentity(const eko::AgentIdentity& agent, bool needBank, QString* field = nullptr);

Q_SIGNALS:
    void stepChanged(saathi::agent::EkycStep step);
    void busyChanged(bool busy);
    void progress(const QString& text);
    void failed(const saathi::Error& error);
    void completed();

private:
    bool begin(const eko::AgentIdentity& agent, bool needBank);
    void watch(eko::EkoJob* job, EkycStep onSuccess);
    void onAnswer(const eko::EkoResponse& response, EkycStep onSuccess);
    void onCaptured(const device::CaptureResult& result);
    void fail(const Error& error);
    void setBusy(bool busy);

    eko::AepsOperations m_aeps;
    AgentSession& m_session;
    device::FingerCapture* m_capture = nullptr;
    eko::AgentIdentity m_agent; // held only while a step runs, then wiped
    QPointer<eko::EkoJob> m_job;
    bool m_busy = false;
};

} // namespace saathi::agent
