// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "AgentFixture.h"
#include "TestKeys.h"
#include "core/agent/DailyLoginFlow.h"
#include "sandbox/eko/EkoSandbox.h"
#include "sandbox/rd/RdSimulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::agent;

class TestDailyLoginFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dailyLoginIsNeededOncePerIstDay()
    {
        test::AgentFixture f;
        f.env().ekoSandbox().markEkycDone(f.session().userCode(), QString::fromLatin1(test::kTestAadhaar));
        f.session().markEkycCompleted();
        QVERIFY(f.session().needsDailyLogin());

        DailyLoginFlow flow(f.env().ekoClient(), f.env().device(), f.session());
        QSignalSpy ok(&flow, &DailyLoginFlow::succeeded);
        QSignalSpy failures(&flow, &DailyLoginFlow::failed);
        flow.start(f.identity());
        QVERIFY(ok.wait(20000));
        QCOMPARE(failures.count(), 0);
        QVERIFY(f.session().aepsUnlocked());
        QVERIFY(!f.env().rdSimulator().lastPidOptions().contains(QStringLiteral("wadh")));
        QCOMPARE(f.session().lastDailyLogin().date(), QDate(2026, 11, 23));

        f.restartSession(); // later the same day: still unlocked
        QVERIFY(f.session().aepsUnlocked());

        f.clock().setNowMs(test::AgentFixture::istMs(24, 0, 5)); // 18:35 UTC on the 23rd
        QVERIFY(f.session().needsDailyLogin());
        DailyLoginFlow tomorrow(f.env().ekoClient(), f.env().device(), f.session());
        QSignalSpy ok2(&tomorrow, &DailyLoginFlow::succeeded);
        tomorrow.start(f.identity());
        QVERIFY(ok2.wait(20000));
        QVERIFY(f.session().aepsUnlocked());
    }

    void withoutEkycTheLoginIsRefusedWithAnError()
    {
        test::AgentFixture f;
        DailyLoginFlow flow(f.env().ekoClient(), f.env().device(), f.session());
        QSignalSpy failures(&flow, &DailyLoginFlow::failed);
        flow.start(f.identity());
        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.first().first().value<Error>().code, QStringLiteral("eko.ekyc_required"));
    }

    void aBiometricMismatchLeavesAepsLocked()
    {
        test::AgentFixture f;
        f.env().ekoSandbox().markEkycDone(f.session().userCode(), QString::fromLatin1(test::kTestAadhaar));
        f.session().markEkycCompleted();
        f.env().ekoSandbox().armFault(sandbox::Fault::BiometricMismatch);
        DailyLoginFlow flow(f.env().ekoClient(), f.env().device(), f.session());
        QSignalSpy failures(&flow, &DailyLoginFlow::failed);
        flow.start(f.identity());
        QVERIFY(failures.wait(20000));
        QCOMPARE(failures.first().first().value<Error>().code, QStringLiteral("eko.biometric_failed"));
        QVERIFY(!f.session().aepsUnlocked());
    }
};

QTEST_GUILESS_MAIN(TestDailyLoginFlow)
#include "TestDailyLoginFlow.moc"
