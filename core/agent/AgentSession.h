// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/preflight/Preflight.h"
#include "core/util/Error.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QSettings;

namespace saathi {
class Clock;
}

namespace saathi::agent {

// Where the agent's one-time eKYC stands; persisted so that an app restart resumes at the same step.
enum class EkycStep { NotStarted, OtpSent, OtpVerified, Done };

struct EkycProgress
{
    EkycStep step = EkycStep::NotStarted;
    QString otpRefId; // from the last OTP step (Eko issues new ones after verification)
    QString referenceTid;
};

// The agent's standing with Eko at this counter, per environment and user_code, kept in the injected QSettings: eKYC
// done (or how far it got), and the last successful daily login. AePS is unlocked only when eKYC is done and today's
// (IST calendar day of the injected clock) biometric login succeeded and Eko has not asked for it again since. Never
// holds the Aadhaar number or a PID.
class AgentSession : public QObject
{
    Q_OBJECT
public:
    AgentSession(QSettings& settings, const Clock& clock, EkoEnvironment env, const QString& userCode,
                 QObject* parent = nullptr);

    const QString& userCode() const { return m_userCode; }
    EkoEnvironment environment() const { return m_environment; }
    // Another agent at this counter (onboarding gave a new user_code): its own eKYC and daily login apply.
    void setUserCode(const QString& userCode);
    // The counter moved to another environment: that environment's agent, eKYC and daily login apply.
    void setAgent(EkoEnvironment env, const QString& userCode);
    const Clock& clock() const { return m_clock; }

    bool ekycCompleted() const;
    EkycProgress ekycProgress() const;
    void setEkycProgress(const EkycProgress& progress);
    void markEkycCompleted();
    // Eko says the one-time eKYC is not complete after all: start again from the OTP.
    void resetEkyc();

    // The operator at the till (issue #19; empty: no till in use). Eko asks for the daily 2FA again when the operator
    // changes (reference §14): while an operator is set, the daily login holds only if that operator made it
    // (compared case-insensitively, as operator names are). Not persisted: the till says who is there. Emits changed()
    // when the answer moves.
    void setOperator(const QString& name);
    QString currentOperator() const { return m_operator; }

    // IST time of the last successful daily login; invalid when there was none.
    QDateTime lastDailyLogin() const;
    // Today's login is missing, Eko asked for it again, or another operator than today's is at the till.
    bool needsDailyLogin() const;
    // Also records who made it: the current operator (`daily_login_operator`, next to `daily_login_ms`).
    void recordDailyLoginSuccess();
    // Eko asked for the 2FA/daily login (e.g. "Please do 2fa before initiating transaction", or FP069).
    void markDailyLoginRequired();

    bool aepsUnlocked() const { return ekycCompleted() && !needsDailyLogin(); }

    // The strike guard (issue #18): NPCI blocks an agent whose own authentication fails three times in a row. A
    // failure is Eko saying the agent's finger or KYC did not pass (daily login, merchant authentication), never a
    // network error. After kStrikeWarning failures the next attempt needs the device wizard's test capture to pass
    // the quality gate (markTestCapturePassed); a success resets both.
    static constexpr int kStrikeWarning = 2;
    int failedAuthStreak() const;
    bool testCapturePassed() const;
    void recordAgentAuthFailure();
    void recordAgentAuthSuccess();
    void markTestCapturePassed();
    // What the pre-flight step needs to know about the agent.
    preflight::AgentState preflightState() const;

    // Reads an Eko error: eko.2fa_required asks for the daily login again, eko.ekyc_required for eKYC,
    // eko.ekyc_already_done records eKYC as complete. True when the error changed the session.
    bool noteEkoError(const Error& error);

    // Re-evaluates the IST day (call on a timer and before unlocking); emits changed() when the answer moved.
    void refresh();

Q_SIGNALS:
    void changed();
    // The strike guard's events, for training's judge: Eko's verdict on the agent's own finger, and a device test
    // capture that passed the quality gate.
    void agentAuthRecorded(bool passed);
    void testCaptureRecorded();

private:
    QString key(const char* name) const;
    void commit();

    QSettings& m_settings;
    const Clock& m_clock;
    EkoEnvironment m_environment = EkoEnvironment::Training;
    QString m_userCode;
    QString m_operator;
    bool m_lastUnlocked = false;
    bool m_lastNeedsLogin = true;
};

} // namespace saathi::agent
