// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/preflight/Preflight.h"
#include "core/util/Error.h"

#include <optional>

namespace saathi::eko {
struct EkoResponse;
}

namespace saathi::agent {
class AgentSession;

// The agent's strike guard (issue #18), the one place of its rule and its words: NPCI blocks an agent whose own
// authentication (the daily login, a merchant authentication) fails three times in a row. After
// AgentSession::kStrikeWarning failures the agent is warned before each attempt, and an attempt is stopped until the
// device wizard's test capture has passed the quality gate (AgentSession::markTestCapturePassed). The daily login,
// the merchant authentication of a withdrawal, the pre-flight step and saathi-cli all ask check().
class StrikeGuard
{
public:
    // Null while the streak is under kStrikeWarning; else the AgentStrikes reason: Stop before the test capture
    // passed, Warn after it. The message is translated and says what to do.
    static std::optional<preflight::Reason> check(const preflight::AgentState& state);
    // check() saying Stop.
    static bool stops(const preflight::AgentState& state);
    // What a flow finishes with when check() stops an attempt (code "agent.strike_test_capture_needed", the
    // reason's message); nothing was captured or sent.
    static Error refusal(const preflight::AgentState& state);
    // Whether Eko's answer to the agent's own authentication is a definite failure of the agent's finger: a strike.
    // Eko's "fingerprint did not match" answers (eko.biometric_failed) and the daily KYC's bare 1714 "KYC Fail".
    // Never a network error, an unknown outcome, "do 2fa / eKYC first", a reused PID or a refused request.
    static bool isStrike(const eko::EkoResponse& response);
    // Eko's answer to the agent's own authentication (the daily login, a merchant authentication), into `session`:
    // a success clears the streak, a strike adds one, anything else leaves it. The app's flows and saathi-cli call it.
    static void record(AgentSession& session, const eko::EkoResponse& response);
    // The warning every screen shows after two failures (the first sentence of both reasons).
    static QString warningText();
};

} // namespace saathi::agent
