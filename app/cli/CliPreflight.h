// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/CustomerToken.h"
#include "core/crypto/EkoPublicKeys.h"
#include "core/eko/EkoResponse.h"
#include "core/preflight/Preflight.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSettings>

#include <memory>

namespace saathi::agent {
class AgentSession;
}

namespace saathi::cli {

// --despite-warning: a pre-flight warning does not stop the command (a stop always does).
const QCommandLineOption& despiteWarningOption();

// The app's settings file: $SAATHI_SETTINGS_PATH (INI), else the app's own QSettings.
std::unique_ptr<QSettings> openAppSettings();

// The agent's standing at this counter, read from and written to the same settings the app keeps
// (agent::AgentSession), for the environment and user_code the command runs as: a CLI withdrawal is stopped without
// today's daily login exactly as the counter's form is, and a CLI daily login counts for the app too.
class CliAgentState
{
public:
    CliAgentState(EkoEnvironment environment, const QString& userCode);
    ~CliAgentState();

    agent::AgentSession& session() { return *m_session; }
    preflight::AgentState preflightState() const;
    // What an answer to `sub` (aeps ekyc-biometric, daily-kyc, withdraw…) says about the agent: a daily login that
    // succeeded is today's login, a biometric eKYC that succeeded completes eKYC, and Eko's "do the daily login" or
    // "do eKYC" errors are remembered, as the app does.
    void noteAnswer(const QString& sub, const eko::EkoResponse& response);

private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<agent::AgentSession> m_session;
};

// The installation's customer-token key from the OS keychain (made on first use, as the app does). An invalid
// tokenizer, with `why`, when there is no keychain (no D-Bus session) or it cannot be read: the per-customer checks
// are then skipped with a note.
CustomerTokenizer loadCustomerTokenizer(QString* why);

// Prints every reason on stderr ("preflight: <wire name>: <message>") and says whether the command may go on: a
// stop never; a warning only with `despiteWarning`; notes always. On false, *exitCode is ExitPreflight (5).
bool preflightAllows(const preflight::Outcome& outcome, bool despiteWarning, int* exitCode);

// What an answer to a customer's transaction teaches the counter's memory (issue #18): the bank worked, or said
// "not linked" or "limit exhausted", classified by code and reason text. Nothing without a token.
void learnFromAnswer(journal::JournalStore& store, const QString& customerToken, const QString& bankCode,
                     const eko::EkoResponse& response);

} // namespace saathi::cli
