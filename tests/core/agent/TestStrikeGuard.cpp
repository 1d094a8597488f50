// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The agent's strike guard (issue #18) through the daily login against the real sandbox and RD simulator: Eko
// refusing the agent's finger counts, two strikes stop the third attempt before anything is captured or sent, a
// passing test capture lets it go ahead with a warning, a success clears the streak; the streak outlives a restart
// and belongs to its environment.
#include "AgentFixture.h"
#include "TestKeys.h"
#include "core/agent/DailyLoginFlow.h"
#include "core/agent/StrikeGuard.h"
#include "sandbox/eko/EkoSandbox.h"
#include "sandbox/rd/RdSimulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::agent;

namespace {

// One daily login from start to its end; the error it ended with (null on success).
Error login(test::AgentFixture& f)
{
    DailyLoginFlow flow(f.env().ekoClient(), f.env().device(), f.session());
    QSignalSpy ok(&flow, &DailyLoginFlow::succeeded);
    QSignalSpy failures(&flow, &DailyLoginFlow::failed);
    flow.start(f.identity());
    if (!QTest::qWaitFor([&] { return ok.size() + failures.size() > 0; }, 20000)) {
        return Error {QStringLiteral("test.timeout"), QStringLiteral("no answer"), {}};
    }
    return failures.isEmpty() ? Error {} : failures.first().first().value<Error>();
}

void readyForLogin(test::AgentFixture& f)
{
    f.env().ekoSandbox().markEkycDone(f.session().userCode(), QString::fromLatin1(test::kTestAadhaar));
    f.session().markEkycCompleted();
}

} // namespace

class TestStrikeGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRuleWarnsAfterTwoAndStopsUntilTheTestCapturePassed()
    {
        preflight::AgentState state;
        state.failedAuthStreak = 1;
        QVERIFY(!StrikeGuard::check(state));
        state.failedAuthStreak = AgentSession::kStrikeWarning;
        const auto stop = StrikeGuard::check(state);
        QVERIFY(stop);
        QCOMPARE(stop->check, preflight::Check::AgentStrikes);
        QCOMPARE(stop->severity, preflight::Severity::Stop);
        QVERIFY(stop->message.startsWith(StrikeGuard::warningText()));
        QVERIFY(stop->field.isEmpty());
        QCOMPARE(StrikeGuard::refusal(state).userMessage, stop->message);
        state.testCapturePassed = true;
        const auto warn = StrikeGuard::check(state);
        QVERIFY(warn);
        QCOMPARE(warn->severity, preflight::Severity::Warn);
        QVERIFY(warn->message.startsWith(StrikeGuard::warningText()));
        QVERIFY(warn->message != stop->message);
        QVERIFY(!StrikeGuard::stops(state));
    }

    void twoFailedLoginsStopTheThirdUntilATestCapturePasses()
    {
        test::AgentFixture f;
        readyForLogin(f);
        f.env().ekoSandbox().armFault(sandbox::Fault::BiometricMismatch, QStringLiteral("daily-kyc"), 2);
        QCOMPARE(login(f).code, QStringLiteral("eko.biometric_failed"));
        QCOMPARE(f.session().failedAuthStreak(), 1);
        QVERIFY(!StrikeGuard::check(f.session().preflightState())); // one failure: nothing beyond its error
        QCOMPARE(login(f).code, QStringLiteral("eko.biometric_failed"));
        QCOMPARE(f.session().failedAuthStreak(), 2);

        // The third attempt: refused before the finger, nothing reaches the device or the sandbox.
        f.env().ekoSandbox().clearRequestLog();
        const int captures = f.env().rdSimulator().requestCount("CAPTURE");
        DailyLoginFlow flow(f.env().ekoClient(), f.env().device(), f.session());
        QSignalSpy failures(&flow, &DailyLoginFlow::failed);
        QSignalSpy busy(&flow, &DailyLoginFlow::busyChanged);
        flow.start(f.identity());
        QCOMPARE(failures.size(), 1);
        const Error refused = failures.first().first().value<Error>();
        QCOMPARE(refused.code, QStringLiteral("agent.strike_test_capture_needed"));
        QCOMPARE(refused.userMessage, StrikeGuard::check(f.session().preflightState())->message);
        QCOMPARE(busy.size(), 0);
        QVERIFY(!flow.isBusy());
        QTest::qWait(0);
        QCOMPARE(f.env().ekoSandbox().requestLog().size(), 0);
        QCOMPARE(f.env().rdSimulator().requestCount("CAPTURE"), captures);
        QCOMPARE(f.session().failedAuthStreak(), 2); // a refusal is not a strike

        // The device wizard's test capture passed: the third attempt goes ahead, warned; its success clears all.
        f.session().markTestCapturePassed();
        const auto warning = StrikeGuard::check(f.session().preflightState());
        QVERIFY(warning);
        QCOMPARE(warning->severity, preflight::Severity::Warn);
        QVERIFY(login(f).isNull());
        QCOMPARE(f.env().ekoSandbox().requestLog().size(), 1);
        QCOMPARE(f.session().failedAuthStreak(), 0);
        QVERIFY(!f.session().testCapturePassed());
        QVERIFY(!StrikeGuard::check(f.session().preflightState()));
        QVERIFY(f.session().aepsUnlocked());
    }

    void aFailureAfterThePassedTestNeedsAFreshTest()
    {
        test::AgentFixture f;
        readyForLogin(f);
        f.env().ekoSandbox().armFault(sandbox::Fault::BiometricMismatch, QStringLiteral("daily-kyc"), 3);
        QVERIFY(!login(f).isNull());
        QVERIFY(!login(f).isNull());
        f.session().markTestCapturePassed();
        QCOMPARE(login(f).code, QStringLiteral("eko.biometric_failed"));
        QCOMPARE(f.session().failedAuthStreak(), 3);
        QVERIFY(StrikeGuard::stops(f.session().preflightState()));
        QCOMPARE(login(f).code, QStringLiteral("agent.strike_test_capture_needed"));
    }

    void aSuccessBetweenFailuresStartsTheCountAgain()
    {
        test::AgentFixture f;
        readyForLogin(f);
        f.env().ekoSandbox().armFault(sandbox::Fault::BiometricMismatch, QStringLiteral("daily-kyc"), 1);
        QVERIFY(!login(f).isNull());
        QCOMPARE(f.session().failedAuthStreak(), 1);
        QVERIFY(login(f).isNull());
        QCOMPARE(f.session().failedAuthStreak(), 0);
        f.env().ekoSandbox().armFault(sandbox::Fault::BiometricMismatch, QStringLiteral("daily-kyc"), 1);
        QVERIFY(!login(f).isNull());
        QCOMPARE(f.session().failedAuthStreak(), 1); // not 2: the success in between reset it
        QVERIFY(!StrikeGuard::check(f.session().preflightState()));
    }

    void errorsThatSayNothingAboutTheFingerAreNoStrikes()
    {
        test::AgentFixture f;
        readyForLogin(f);
        f.env().ekoSandbox().armFault(sandbox::Fault::Http500, QStringLiteral("daily-kyc"), 1);
        QCOMPARE(login(f).code, QStringLiteral("eko.http_5xx"));
        f.env().ekoSandbox().armFault(sandbox::Fault::NoKeyForResponse, QStringLiteral("daily-kyc"), 1);
        QVERIFY(!login(f).isNull());
        f.env().rdSimulator().setFault(sandbox::rd::RdSimulator::Fault::PoorQuality); // refused by the gate: never sent
        QVERIFY(!login(f).isNull());
        QCOMPARE(f.session().failedAuthStreak(), 0);

        test::AgentFixture noEkyc; // "complete bank eKYC first" (1714 with its reason) is not the finger either
        noEkyc.session().markEkycCompleted();
        QCOMPARE(login(noEkyc).code, QStringLiteral("eko.ekyc_required"));
        QCOMPARE(noEkyc.session().failedAuthStreak(), 0);
    }

    void theStreakOutlivesARestartAndBelongsToItsEnvironment()
    {
        test::AgentFixture f;
        readyForLogin(f);
        f.env().ekoSandbox().armFault(sandbox::Fault::BiometricMismatch, QStringLiteral("daily-kyc"), 2);
        QVERIFY(!login(f).isNull());
        QVERIFY(!login(f).isNull());
        f.restartSession(); // the app starts again on the same settings file
        QCOMPARE(f.session().failedAuthStreak(), 2);
        QVERIFY(StrikeGuard::stops(f.session().preflightState()));
        QCOMPARE(f.settings()
                     .value(QStringLiteral("agent/training/%1/auth_failure_streak").arg(f.session().userCode()))
                     .toInt(),
                 2);

        // The same user_code in UAT (training's is Eko's published UAT sample): training's strikes do not count.
        AgentSession uat(f.settings(), f.clock(), EkoEnvironment::Uat, f.session().userCode());
        QCOMPARE(uat.failedAuthStreak(), 0);
        QVERIFY(!StrikeGuard::check(uat.preflightState()));
        uat.recordAgentAuthFailure();
        QCOMPARE(uat.failedAuthStreak(), 1);
        QCOMPARE(f.session().failedAuthStreak(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStrikeGuard)
#include "TestStrikeGuard.moc"
