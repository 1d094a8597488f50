// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/agent/AgentSession.h"
#include "core/util/Clock.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace saathi;
using namespace saathi::agent;

namespace {

qint64 ist(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Clock::istZone()).toMSecsSinceEpoch();
}

} // namespace

class TestAgentSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.setNowMs(ist(23, 11, 30));
    }

    void freshAgentNeedsEkycAndDailyLogin()
    {
        QSettings settings(path(), QSettings::IniFormat);
        AgentSession session(settings, m_clock, EkoEnvironment::Training, QStringLiteral("20810200"));
        QVERIFY(!session.ekycCompleted());
        QCOMPARE(session.ekycProgress().step, EkycStep::NotStarted);
        QVERIFY(session.needsDailyLogin());
        QVERIFY(!session.aepsUnlocked());
        QVERIFY(!session.lastDailyLogin().isValid());
    }

    void ekycProgressSurvivesRestart()
    {
        {
            QSettings settings(path(), QSettings::IniFormat);
            AgentSession session(settings, m_clock, EkoEnvironment::Training, QStringLiteral("20810200"));
            QSignalSpy changed(&session, &AgentSession::changed);
            session.setEkycProgress({EkycStep::OtpSent, QStringLiteral("OTPREF1"), QStringLiteral("EKYKF2I")});
            QCOMPARE(changed.count(), 1);
        }
        QSettings settings(path(), QSettings::IniFormat);
        AgentSession again(settings, m_clock, EkoEnvironment::Training, QStringLiteral("20810200"));
        QCOMPARE(again.ekycProgress().step, EkycStep::OtpSent);
        QCOMPARE(again.ekycProgress().otpRefId, QStringLiteral("OTPREF1"));
        QCOMPARE(again.ekycProgress().referenceTid, QStringLiteral("EKYKF2I"));
        AgentSession other(settings, m_clock, EkoEnvironment::Training, QStringLiteral("20810201"));
        QCOMPARE(other.ekycProgress().step, EkycStep::NotStarted); // per user_code
    }

    // Training's built-in user_code is also Eko's UAT sample: a practice eKYC and login must not unlock UAT.
    void nothingCarriesOverBetweenEnvironmentsWithTheSameUserCode()
    {
        QSettings settings(path(), QSettings::IniFormat);
        {
            AgentSession training(settings, m_clock, EkoEnvironment::Training, QStringLiteral("20810200"));
            training.markEkycCompleted();
            training.recordDailyLoginSuccess();
            QVERIFY(training.aepsUnlocked());
        }
        AgentSession uat(settings, m_clock, EkoEnvironment::Uat, QStringLiteral("20810200"));
        QVERIFY(!uat.ekycCompleted());
        QVERIFY(uat.needsDailyLogin());
        QVERIFY(!uat.lastDailyLogin().isValid());
        QSignalSpy changed(&uat, &AgentSession::changed);
        uat.setAgent(EkoEnvironment::Training, QStringLiteral("20810200"));
        QVERIFY(uat.aepsUnlocked()); // back in training, training's own standing is still there
        QCOMPARE(changed.count(), 1);
        uat.setAgent(EkoEnvironment::Production, QStringLiteral("20810200"));
        QVERIFY(!uat.ekycCompleted());
    }

    void dailyLoginLastsUntilIstMidnightNotUtcMidnight()
    {
        QSettings settings(path(), QSettings::IniFormat);
        AgentSession session(settings, m_clock, EkoEnvironment::Training, QStringLiteral("20810200"));
        session.markEkycCompleted();
        session.recordDailyLoginSuccess();
        QVERIFY(session.aepsUnlocked());
        QCOMPARE(session.lastDailyLogin().time(), QTime(11, 30));

        m_clock.setNowMs(ist(23, 23, 59)); // 18:29 UTC, same IST day
        QVERIFY(!session.needsDailyLogin());
        QSignalSpy changed(&session, &AgentSession::changed);
        m_clock.setNowMs(ist(24, 0, 1)); // 18:31 UTC on the 23rd: UTC has not changed day, IST has
        QCOMPARE(m_clock.nowUtc().date(), QDate(2026, 11, 23));
        QVERIFY(session.needsDailyLogin());
        session.refresh();
        QCOMPARE(changed.count(), 1);
        session.refresh();
        QCOMPARE(changed.count(), 1); // only when the answer moves
    }

    void ekoAsking2faLocksUntilTheNextLogin()
    {
        QSettings settings(path(), QSettings::IniFormat);
        AgentSession session(settings, m_clock, EkoEnvironment::Training, QStringLiteral("20810200"));
        session.markEkycCompleted();
        session.recordDailyLoginSuccess();
        QVERIFY(session.noteEkoError({QStringLiteral("eko.2fa_required"), QStringLiteral("x"), {}}));
        QVERIFY(session.needsDailyLogin());
        QVERIFY(!session.aepsUnlocked());
        session.recordDailyLoginSuccess();
        QVERIFY(session.aepsUnlocked());
        QVERIFY(!session.noteEkoError({QStringLiteral("eko.http_5xx"), QStringLiteral("x"), {}}));
        QVERIFY(session.noteEkoError({QStringLiteral("eko.ekyc_required"), QStringLiteral("x"), {}}));
        QVERIFY(!session.ekycCompleted());
    }

    void aHandOverLocksAepsUntilTheNextOperatorLogsIn()
    {
        QSettings settings(path(), QSettings::IniFormat);
        AgentSession session(settings, m_clock, EkoEnvironment::Training, QStringLiteral("20810200"));
        session.markEkycCompleted();
        session.setOperator(QStringLiteral("Asha"));
        QCOMPARE(session.currentOperator(), QStringLiteral("Asha"));
        session.recordDailyLoginSuccess();
        QVERIFY(session.aepsUnlocked());
        QCOMPARE(settings.value(QStringLiteral("agent/training/20810200/daily_login_operator")).toString(),
                 QStringLiteral("Asha"));

        QSignalSpy changed(&session, &AgentSession::changed);
        session.setOperator(QStringLiteral("Ravi")); // the drawer is handed over
        QCOMPARE(changed.count(), 1);
        QVERIFY(session.needsDailyLogin());
        QVERIFY(!session.aepsUnlocked());
        QVERIFY(!session.preflightState().dailyLoginToday);
        session.setOperator(QStringLiteral("Ravi"));
        QCOMPARE(changed.count(), 1); // only when the answer moves
        session.recordDailyLoginSuccess(); // Ravi's own fingerprint
        QVERIFY(session.aepsUnlocked());

        // Back to Asha: Eko wants her login again too; the name's case does not make another operator.
        session.setOperator(QStringLiteral("asha"));
        QVERIFY(session.needsDailyLogin());
        session.setOperator(QStringLiteral("RAVI"));
        QVERIFY(!session.needsDailyLogin());
        QCOMPARE(changed.count(), 4); // Ravi in, his login, Asha back, Ravi again

        // The next IST day needs a login whoever is at the till.
        m_clock.setNowMs(ist(24, 9, 0));
        QVERIFY(session.needsDailyLogin());
    }

    void withoutATillTheLoginIsTheAgentsAsBefore()
    {
        QSettings settings(path(), QSettings::IniFormat);
        AgentSession session(settings, m_clock, EkoEnvironment::Training, QStringLiteral("20810200"));
        session.markEkycCompleted();
        session.setOperator(QStringLiteral("Asha"));
        session.recordDailyLoginSuccess();
        QSignalSpy changed(&session, &AgentSession::changed);
        session.setOperator(QString()); // the till is closed: no operator, today's login holds as it always did
        QCOMPARE(changed.count(), 0);
        QVERIFY(session.aepsUnlocked());

        // A login made with no till in use belongs to the first operator who opens the till (no second login for
        // opening the drawer); the next operator logs in again.
        session.recordDailyLoginSuccess();
        changed.clear();
        session.setOperator(QStringLiteral("Ravi"));
        QVERIFY(session.aepsUnlocked());
        QCOMPARE(settings.value(QStringLiteral("agent/training/20810200/daily_login_operator")).toString(),
                 QStringLiteral("Ravi"));
        session.setOperator(QStringLiteral("Asha"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(session.needsDailyLogin());
    }

private:
    QString path() const { return m_dir->filePath(QStringLiteral("s.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
};

QTEST_GUILESS_MAIN(TestAgentSession)
#include "TestAgentSession.moc"
