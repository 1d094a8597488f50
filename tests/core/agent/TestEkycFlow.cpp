// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "AgentFixture.h"
#include "core/agent/EkycFlow.h"
#include "core/device/BiometricDevice.h"
#include "sandbox/eko/EkoSandbox.h"
#include "sandbox/rd/RdSimulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::agent;

class TestEkycFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ekycRunsEndToEndWithTheKycWadh()
    {
        test::AgentFixture f;
        EkycFlow flow(f.env().ekoClient(), f.env().device(), f.session());
        QSignalSpy steps(&flow, &EkycFlow::stepChanged);
        QSignalSpy failures(&flow, &EkycFlow::failed);
        QSignalSpy done(&flow, &EkycFlow::completed);

        flow.sendOtp(f.identity());
        QVERIFY(steps.wait(15000));
        QCOMPARE(flow.step(), EkycStep::OtpSent);
        QVERIFY(!f.session().ekycProgress().otpRefId.isEmpty());

        flow.verifyOtp(f.identity(), QStringLiteral("123456"));
        QVERIFY(steps.wait(15000));
        QCOMPARE(flow.step(), EkycStep::OtpVerified);

        flow.captureAndSubmit(f.identity());
        QVERIFY(done.wait(20000));
        QCOMPARE(failures.count(), 0);
        QCOMPARE(f.env().rdSimulator().lastPidOptions().value(QStringLiteral("wadh")), eko::AepsOperations::ekycWadh());
        QVERIFY(f.session().ekycCompleted());
        QCOMPARE(f.env().ekoSandbox().agent(f.session().userCode())->ekyc, sandbox::EkycStage::Done);
    }

    void wrongOtpIsAnErrorAndTheStepCanBeRetried()
    {
        test::AgentFixture f;
        EkycFlow flow(f.env().ekoClient(), f.env().device(), f.session());
        QSignalSpy steps(&flow, &EkycFlow::stepChanged);
        QSignalSpy failures(&flow, &EkycFlow::failed);
        flow.sendOtp(f.identity());
        QVERIFY(steps.wait(15000));

        flow.verifyOtp(f.identity(), QStringLiteral("12")); // refused before anything is sent
        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.last().first().value<Error>().code, QStringLiteral("agent.bad_otp"));

        flow.verifyOtp(f.identity(), QStringLiteral("654321"));
        QVERIFY(failures.wait(15000));
        QVERIFY(!failures.last().first().value<Error>().userMessage.isEmpty());
        QCOMPARE(flow.step(), EkycStep::OtpSent);

        flow.sendOtp(f.identity()); // resend: fresh references
        QVERIFY(steps.wait(15000));
        flow.verifyOtp(f.identity(), QStringLiteral("123456"));
        QVERIFY(steps.wait(15000));
        QCOMPARE(flow.step(), EkycStep::OtpVerified);
    }

    void ekycResumesAfterARestartAtTheStepItReached()
    {
        test::AgentFixture f;
        {
            EkycFlow flow(f.env().ekoClient(), f.env().device(), f.session());
            QSignalSpy steps(&flow, &EkycFlow::stepChanged);
            flow.sendOtp(f.identity());
            QVERIFY(steps.wait(15000));
            flow.verifyOtp(f.identity(), QStringLiteral("123456"));
            QVERIFY(steps.wait(15000));
        }
        f.restartSession(); // the app restarts: new session and flow, same settings file
        EkycFlow resumed(f.env().ekoClient(), f.env().device(), f.session());
        QCOMPARE(resumed.step(), EkycStep::OtpVerified);
        QSignalSpy done(&resumed, &EkycFlow::completed);
        QSignalSpy failures(&resumed, &EkycFlow::failed);
        resumed.captureAndSubmit(f.identity());
        QVERIFY(done.wait(20000));
        QCOMPARE(failures.count(), 0);
        f.restartSession();
        QVERIFY(f.session().ekycCompleted());
    }

    void aFailedCaptureKeepsTheStep()
    {
        test::AgentFixture f;
        EkycFlow flow(f.env().ekoClient(), f.env().device(), f.session());
        QSignalSpy steps(&flow, &EkycFlow::stepChanged);
        QSignalSpy failures(&flow, &EkycFlow::failed);
        flow.sendOtp(f.identity());
        QVERIFY(steps.wait(15000));
        flow.verifyOtp(f.identity(), QStringLiteral("123456"));
        QVERIFY(steps.wait(15000));
        f.env().rdSimulator().setFault(sandbox::rd::RdSimulator::Fault::PoorQuality);
        flow.captureAndSubmit(f.identity());
        QVERIFY(failures.wait(20000));
        QCOMPARE(flow.step(), EkycStep::OtpVerified);
        QVERIFY(!flow.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestEkycFlow)
#include "TestEkycFlow.moc"
