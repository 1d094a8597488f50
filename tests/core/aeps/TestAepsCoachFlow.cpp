// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The capture quality gate and the fingerprint coach through the cash-withdrawal flow (issue #18): real Eko client →
// in-process sandbox, real RD client → RD simulator, real journal file.
#include "AepsFixture.h"
#include "FlowRunner.h"
#include "core/aeps/CashWithdrawalFlow.h"
#include "core/device/BiometricDevice.h"
#include "core/device/DeviceErrors.h"
#include "core/device/QualityGate.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using aeps::AepsCustomerFlow;
using aeps::CashWithdrawalFlow;
using device::Finger;
using sandbox::Fault;
using test::AepsFixture;
using State = AepsCustomerFlow::State;

class TestAepsCoachFlow : public QObject
{
    Q_OBJECT

    static aeps::AepsForm formWith(Finger finger)
    {
        aeps::AepsForm form = test::filledForm(QStringLiteral("2500"));
        form.finger = finger;
        return form;
    }

private Q_SLOTS:
    void aWeakCaptureIsNeverSentAndTheCoachMovesToAnotherFinger()
    {
        AepsFixture f;
        QVERIFY(f.isReady());
        CashWithdrawalFlow flow(f.services());
        QSignalSpy stopped(&flow, &AepsCustomerFlow::stopped);
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);

        f.simulator().armNextCaptureQuality(20);
        QVERIFY(flow.submit(formWith(Finger::LeftIndex)));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
        const auto first = stopped.first().first().value<Error>();
        QCOMPARE(first.code, QString::fromLatin1(device::codes::kQualityTooLow));
        QCOMPARE(flow.state(), State::Editing);
        QCOMPARE(flow.lastQualityRefusal().figure, device::QualityFigure::QScore);
        QCOMPARE(flow.lastQualityRefusal().value, 20);
        QCOMPARE(flow.lastQualityRefusal().threshold, 45);
        QCOMPARE(flow.coachAdvice(), device::QualityGate::coach(1, Finger::Unknown)); // clean, dry, press flat
        QCOMPARE(flow.suggestedFinger(), Finger::Unknown); // the same finger may still do
        QCOMPARE(f.simulator().lastPidOptions().value(QStringLiteral("posh")), QStringLiteral("LEFT_INDEX"));
        // Not sent: the sandbox saw no request at all, and the journal has no row.
        QVERIFY(f.sandbox().requestLog().isEmpty());
        QCOMPARE(f.rowCount(), 0);

        // The second refusal in a row: this finger will not do; the coach names another.
        f.simulator().armNextCaptureQuality(20);
        QVERIFY(flow.submit(formWith(Finger::LeftIndex)));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 2, 20000);
        QCOMPARE(flow.failedFingers(), QList<Finger> {Finger::LeftIndex});
        QCOMPARE(flow.suggestedFinger(), Finger::RightThumb);
        QVERIFY2(flow.coachAdvice().contains(device::displayName(Finger::RightThumb)), qPrintable(flow.coachAdvice()));
        QVERIFY(stopped.last().first().value<Error>().userMessage.contains(flow.coachAdvice()));
        QVERIFY(f.sandbox().requestLog().isEmpty());

        // The suggested finger gives a clear print: it goes to the device as posh, and the withdrawal goes through.
        QVERIFY(flow.submit(formWith(flow.suggestedFinger())));
        QTRY_COMPARE_WITH_TIMEOUT(outcome.size(), 1, 20000);
        QCOMPARE(flow.state(), State::Success);
        QCOMPARE(f.simulator().lastPidOptions().value(QStringLiteral("posh")), QStringLiteral("RIGHT_THUMB"));
        QVERIFY(flow.coachAdvice().isEmpty());
        QCOMPARE(f.sandbox().debitCount(flow.clientRefId()), 1);
        QCOMPARE(f.simulator().requestCount("CAPTURE"), 3);
    }

    void theVendorsThresholdFromTheSettingsDecides()
    {
        AepsFixture f;
        QVERIFY(f.isReady());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("counter.ini"));
        {
            QSettings ini(path, QSettings::IniFormat);
            ini.setValue(QStringLiteral("capture/min_quality/mantra"), QStringLiteral("15,10"));
        }
        QSettings settings(path, QSettings::IniFormat);
        f.services().device->setQualityGate(device::QualityGate::fromSettings(settings));
        QVERIFY(f.simulator().setProfile(QStringLiteral("mantra-mfs110")));
        CashWithdrawalFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        f.simulator().armNextCaptureQuality(20);
        QVERIFY(flow.submit(formWith(Finger::Unknown)));
        QTRY_COMPARE_WITH_TIMEOUT(outcome.size(), 1, 20000);
        QCOMPARE(flow.state(), State::Success);
        QCOMPARE(flow.lastCaptureQuality(), 20);
        QCOMPARE(f.simulator().lastPidOptions().value(QStringLiteral("posh")), QStringLiteral("UNKNOWN"));
    }

    void afterEkosMismatchTheCoachSuggestsAnotherFinger()
    {
        AepsFixture f;
        QVERIFY(f.isReady());
        f.sandbox().armFault(Fault::BiometricMismatch, QStringLiteral("cash-withdrawal"));
        CashWithdrawalFlow flow(f.services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        QVERIFY(flow.submit(formWith(Finger::RightThumb)));
        QTRY_COMPARE_WITH_TIMEOUT(outcome.size(), 1, 20000);
        QCOMPARE(flow.state(), State::Failed);
        QCOMPARE(flow.lastError().code, QStringLiteral("eko.biometric_failed"));
        QCOMPARE(flow.failedFingers(), QList<Finger> {Finger::RightThumb});
        QCOMPARE(flow.suggestedFinger(), Finger::RightIndex);
        QCOMPARE(flow.coachAdvice(),
                 QStringLiteral("The finger did not match. Try another finger: Right index finger."));

        // The same customer tries again: a new attempt, the coach remembers the finger that failed.
        flow.tryAnotherFinger();
        QCOMPARE(flow.state(), State::Editing);
        QCOMPARE(flow.suggestedFinger(), Finger::RightIndex);
        QVERIFY(!flow.coachAdvice().isEmpty());
        // The failed attempt is a similar transaction of the last minutes: the agent confirms this is a new one.
        connect(&flow, &AepsCustomerFlow::duplicateSuspected, &flow, &AepsCustomerFlow::confirmNewTransaction);
        QVERIFY(flow.submit(formWith(Finger::RightIndex)));
        QTRY_COMPARE_WITH_TIMEOUT(outcome.size(), 2, 20000);
        QCOMPARE(flow.state(), State::Success);
        QCOMPARE(f.simulator().lastPidOptions().value(QStringLiteral("posh")), QStringLiteral("RIGHT_INDEX"));

        // A new customer: nothing of the last one's fingers stays.
        flow.startNewTransaction();
        QVERIFY(flow.failedFingers().isEmpty());
        QCOMPARE(flow.suggestedFinger(), Finger::Unknown);
        QVERIFY(flow.coachAdvice().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAepsCoachFlow)
#include "TestAepsCoachFlow.moc"
