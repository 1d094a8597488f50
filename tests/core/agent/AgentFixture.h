// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "app/TrainingEnvironment.h"
#include "core/agent/AgentSession.h"
#include "core/eko/AepsOperations.h"
#include "core/util/Clock.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace saathi::test {

// The real training environment (Eko sandbox over HTTPS, RD simulator, RD client) on a clock the test moves, and
// an AgentSession over an INI file in a temporary directory. restartSession() is an app restart: new objects,
// same file.
class AgentFixture
{
public:
    AgentFixture();
    ManualClock& clock() { return m_clock; }
    TrainingEnvironment& env() { return *m_env; }
    agent::AgentSession& session() { return *m_session; }
    QSettings& settings() { return *m_settings; }
    void restartSession();
    eko::AgentIdentity identity() const;
    // 2026-11-23 at hh:mm IST.
    static qint64 istMs(int day, int hour, int minute);

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<TrainingEnvironment> m_env;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<agent::AgentSession> m_session;
};

} // namespace saathi::test
