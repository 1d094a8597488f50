// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/kiosk/PinService.h"
#include "core/settings/AppSettings.h"
#include "core/settings/PinHash.h"
#include "core/util/Clock.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace saathi;

class TestPinService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void theEventLoopKeepsTurningWhileAPinIsChecked()
    {
        QSettings ini(m_dir.filePath(QStringLiteral("turn.ini")), QSettings::IniFormat);
        ini.clear();
        AppSettings settings(ini);
        // A costly hash (20× the default) makes the check long enough for the loop to turn many times meanwhile.
        settings.setPinHash(PinKind::Agent, pin::hash(QStringLiteral("2468"), 20 * pin::kDefaultIterations));
        ManualClock clock;
        PinService service(settings, clock, PinKind::Agent);
        QSignalSpy checked(&service, &PinService::checked);
        int turns = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&turns] { ++turns; });
        ticker.start();

        QVERIFY(service.check(QStringLiteral("2468")));
        QCOMPARE(checked.count(), 0); // nothing was decided on this thread
        QVERIFY(service.busy());
        QVERIFY(!service.check(QStringLiteral("2468"))); // one at a time: no queue of guesses
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
        ticker.stop();
        QVERIFY2(turns > 10, qPrintable(QString::number(turns)));
        QCOMPARE(checked.at(0).at(0).value<PinLockout::Attempt>().verdict, PinLockout::Verdict::Unlocked);
    }

    void wrongSupervisorPinsLockTheSupervisorOnly()
    {
        QSettings ini(m_dir.filePath(QStringLiteral("sup.ini")), QSettings::IniFormat);
        ini.clear();
        AppSettings settings(ini);
        QVERIFY(settings.setPin(QStringLiteral("2468")).isNull());
        QVERIFY(settings.setSupervisorPin(QStringLiteral("97531")).isNull());
        ManualClock clock;
        PinService supervisor(settings, clock, PinKind::Supervisor);
        QSignalSpy checked(&supervisor, &PinService::checked);
        for (int i = 1; i <= PinLockout::kMaxAttempts; ++i) {
            QVERIFY(supervisor.check(QStringLiteral("2468"))); // the agent's PIN is not the supervisor's
            QTRY_COMPARE(checked.count(), i);
        }
        QCOMPARE(checked.last().at(0).value<PinLockout::Attempt>().verdict, PinLockout::Verdict::LockedOut);
        QVERIFY(supervisor.check(QStringLiteral("97531")));
        QTRY_COMPARE(checked.count(), PinLockout::kMaxAttempts + 1);
        QCOMPARE(checked.last().at(0).value<PinLockout::Attempt>().verdict, PinLockout::Verdict::LockedOut);
        QCOMPARE(settings.failedPinAttempts(PinKind::Agent), 0);
        QCOMPARE(PinLockout(settings, clock, PinKind::Agent).tryPin(QStringLiteral("2468")).verdict,
                 PinLockout::Verdict::Unlocked);
    }

    void withoutASupervisorPinTheAgentsPinStandsIn()
    {
        QSettings ini(m_dir.filePath(QStringLiteral("fallback.ini")), QSettings::IniFormat);
        ini.clear();
        AppSettings settings(ini);
        QVERIFY(settings.setPin(QStringLiteral("2468")).isNull());
        ManualClock clock;
        PinLockout supervisor(settings, clock, PinKind::Supervisor);
        QCOMPARE(supervisor.tryPin(QStringLiteral("2468")).verdict, PinLockout::Verdict::Unlocked);
        QCOMPARE(supervisor.tryPin(QStringLiteral("1357")).verdict, PinLockout::Verdict::WrongPin);
        QCOMPARE(settings.failedPinAttempts(PinKind::Supervisor), 1);
    }

    void storingHashesOffThisThreadAndResetsTheLockout()
    {
        QSettings ini(m_dir.filePath(QStringLiteral("store.ini")), QSettings::IniFormat);
        ini.clear();
        AppSettings settings(ini);
        settings.setPinLockout(4, 0, PinKind::Supervisor);
        ManualClock clock;
        PinService service(settings, clock, PinKind::Supervisor);
        QSignalSpy stored(&service, &PinService::stored);
        QCOMPARE(service.store(QStringLiteral("12")).code, QStringLiteral("settings.bad_pin"));
        QVERIFY(service.store(QStringLiteral("97531")).isNull());
        QCOMPARE(stored.count(), 0);
        QTRY_COMPARE(stored.count(), 1);
        QVERIFY(settings.hasSupervisorPin());
        QVERIFY(settings.verifySupervisorPin(QStringLiteral("97531")));
        QCOMPARE(settings.failedPinAttempts(PinKind::Supervisor), 0);
    }
};

QTEST_MAIN(TestPinService)
#include "TestPinService.moc"
