// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "AgentFixture.h"

#include "TestKeys.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QTimeZone>

namespace saathi::test {

qint64 AgentFixture::istMs(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Clock::istZone()).toMSecsSinceEpoch();
}

AgentFixture::AgentFixture()
    : m_clock(istMs(23, 11, 30))
{
    m_env = std::make_unique<TrainingEnvironment>(&m_clock);
    const auto started = m_env->start();
    Q_ASSERT(started.ok());
    restartSession();
}

void AgentFixture::restartSession()
{
    m_session.reset();
    m_settings.reset();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("saathi.ini")), QSettings::IniFormat);
    m_session = std::make_unique<agent::AgentSession>(*m_settings, m_clock, EkoEnvironment::Training,
                                                      m_env->ekoSandbox().config().defaultUserCode);
}

eko::AgentIdentity AgentFixture::identity() const
{
    eko::AgentIdentity me;
    me.agentMobile = m_env->ekoSandbox().config().defaultAgentMobile;
    me.aadhaar = SecureBytes(QByteArrayView(kTestAadhaar));
    me.bankCode = QStringLiteral("SBIN");
    return me;
}

} // namespace saathi::test
