// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/agent/AgentSession.h"
#include "core/util/Clock.h"

#include <QSettings>

namespace saathi::test {

// The agent's standing as the app records it (issue #18: saathi-cli reads the same settings), in the private home's
// settings file (SAATHI_SETTINGS_PATH, set by with-private-home.sh): eKYC done and, when `loggedInToday`, today's
// daily login. Training's built-in agent by default (a loopback sandbox is the training environment).
inline void recordAgentState(bool loggedInToday, EkoEnvironment env = EkoEnvironment::Training,
                             const QString& userCode = QStringLiteral("20810200"))
{
    QSettings settings(qEnvironmentVariable("SAATHI_SETTINGS_PATH"), QSettings::IniFormat);
    agent::AgentSession session(settings, SystemClock::instance(), env, userCode);
    session.markEkycCompleted();
    if (loggedInToday) {
        session.recordDailyLoginSuccess();
    } else {
        session.markDailyLoginRequired();
    }
    settings.sync();
}

} // namespace saathi::test
