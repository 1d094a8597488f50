// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/agent/StrikeGuard.h"

#include "core/agent/AgentSession.h"
#include "core/eko/EkoResponse.h"

#include <QCoreApplication>

namespace saathi::agent {

namespace {
constexpr int kDailyKycFailed = 1714; // Eko's "KYC Fail" for the daily login (reference §6.4)
}

QString StrikeGuard::warningText()
{
    return QCoreApplication::translate("StrikeGuard",
                                       "Two fingerprint logins failed in a row. A third failure blocks you with NPCI "
                                       "for the rest of the day.");
}

std::optional<preflight::Reason> StrikeGuard::check(const preflight::AgentState& state)
{
    if (state.failedAuthStreak < AgentSession::kStrikeWarning) {
        return std::nullopt;
    }
    preflight::Reason reason;
    reason.check = preflight::Check::AgentStrikes;
    if (state.testCapturePassed) {
        reason.severity = preflight::Severity::Warn;
        reason.message = QCoreApplication::translate("StrikeGuard",
                                                     "Two fingerprint logins failed in a row. A third failure blocks "
                                                     "you with NPCI for the rest of the day. Clean the sensor and "
                                                     "your finger, dry the finger and press it flat on the scanner.");
    } else {
        reason.severity = preflight::Severity::Stop;
        reason.message = QCoreApplication::translate("StrikeGuard",
                                                     "Two fingerprint logins failed in a row. A third failure blocks "
                                                     "you with NPCI for the rest of the day. Test the device first "
                                                     "(device wizard, Test capture): the test must pass the quality "
                                                     "check before you try again.");
    }
    return reason;
}

bool StrikeGuard::stops(const preflight::AgentState& state)
{
    const auto reason = check(state);
    return reason && reason->severity == preflight::Severity::Stop;
}

Error StrikeGuard::refusal(const preflight::AgentState& state)
{
    const auto reason = check(state);
    return Error {QStringLiteral("agent.strike_test_capture_needed"), reason ? reason->message : QString(),
                  QStringLiteral("failed_auth_streak=%1, test capture not passed").arg(state.failedAuthStreak)};
}

bool StrikeGuard::isStrike(const eko::EkoResponse& response)
{
    // Only Eko's definite business answer says anything about the finger (no HTTP error, no transport trouble).
    if (response.outcome != eko::Outcome::Failed || !response.hasEnvelope) {
        return false;
    }
    const QString& code = response.error.code;
    if (code == QLatin1String("eko.biometric_failed")) {
        return true;
    }
    // The daily KYC's 1714 without a reason is the bank refusing the agent's finger; 1714 with a reason says what
    // else is wrong (eKYC first, an Aadhaar or bank that does not match), and those reasons have their own codes.
    return code == QLatin1String("eko.declined") && response.envelope.status == kDailyKycFailed
        && response.envelope.reason().trimmed().isEmpty();
}

void StrikeGuard::record(AgentSession& session, const eko::EkoResponse& response)
{
    if (response.outcome == eko::Outcome::Success) {
        session.recordAgentAuthSuccess();
    } else if (isStrike(response)) {
        session.recordAgentAuthFailure();
    }
}

} // namespace saathi::agent
