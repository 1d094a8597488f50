// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/DeviceErrors.h"
#include "core/device/FingerCapture.h"
#include "rd_service/RdServiceDevice.h"
#include "sandbox/rd/RdSimulator.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace saathi;
using namespace saathi::device;
using saathi::sandbox::rd::RdSimulator;

// FingerCapture, the one capture path of every flow, with the real RD client against the RD simulator: the device's
// quality gate drops a weak capture's PID, says why and coaches the retry (issue #18).
class TestFingerCaptureGate : public QObject
{
    Q_OBJECT

    struct Rig
    {
        RdSimulator simulator;
        QNetworkAccessManager network;
        std::unique_ptr<rd::RdServiceDevice> device;
        std::unique_ptr<FingerCapture> capture;

        Rig()
        {
            simulator.setCaptureDelayMs(20);
            if (!simulator.listen(0)) {
                return;
            }
            RdSettings s;
            s.firstPort = s.lastPort = simulator.serverPort();
            device = std::make_unique<rd::RdServiceDevice>(&network, s);
            capture = std::make_unique<FingerCapture>(*device);
            capture->keepDevice();
        }

        CaptureResult run(Finger finger = Finger::Unknown)
        {
            std::optional<CaptureResult> result;
            QObject::connect(capture.get(), &FingerCapture::finished, capture.get(),
                             [&result](const CaptureResult& r) { result = r; });
            CaptureOptions options;
            options.posh = poshName(finger);
            capture->start(options);
            [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
            capture->disconnect(capture.get());
            return result.value_or(CaptureResult {});
        }
    };

private Q_SLOTS:
    void aWeakCaptureIsRefusedWithoutItsPidAndTheCoachMovesOn()
    {
        Rig rig;
        QVERIFY(rig.simulator.isListening());
        rig.simulator.armNextCaptureQuality(20);
        QVERIFY(rig.simulator.isCaptureQualityArmed());
        const CaptureResult first = rig.run();
        QCOMPARE(first.error.code, QString::fromLatin1(codes::kQualityTooLow));
        QVERIFY(first.pid.pidXml.isEmpty()); // dropped: it can never be sent
        QCOMPARE(first.quality.figure, QualityFigure::QScore);
        QCOMPARE(first.quality.value, 20);
        QCOMPARE(first.quality.threshold, 45);
        QCOMPARE(first.quality.vendorKey, QStringLiteral("default"));
        QVERIFY(first.error.userMessage.contains(QualityGate::coach(1, Finger::Unknown)));
        QCOMPARE(rig.capture->qualityRefusals(), 1);
        QVERIFY(!rig.simulator.isCaptureQualityArmed()); // once only

        // The second refusal in a row: another finger than the one named in posh.
        rig.simulator.armNextCaptureQuality(20);
        const CaptureResult second = rig.run(Finger::RightThumb);
        QCOMPARE(rig.simulator.lastPidOptions().value(QStringLiteral("posh")), QStringLiteral("RIGHT_THUMB"));
        QCOMPARE(second.error.code, QString::fromLatin1(codes::kQualityTooLow));
        QVERIFY2(second.error.userMessage.contains(displayName(Finger::RightIndex)),
                 qPrintable(second.error.userMessage));
        QCOMPARE(rig.capture->qualityRefusals(), 2);

        // The simulator's own figures (78 / 42) pass: the PID is there, the count starts again.
        const CaptureResult good = rig.run(Finger::RightIndex);
        QVERIFY2(good.ok(), qPrintable(good.error.userMessage));
        QVERIFY(!good.pid.pidXml.isEmpty());
        QVERIFY(good.quality.isNull());
        QCOMPARE(rig.capture->qualityRefusals(), 0);
        QCOMPARE(rig.simulator.requestCount("CAPTURE"), 3);
    }

    void tooFewPointsAreRefusedToo()
    {
        Rig rig;
        QVERIFY(rig.simulator.isListening());
        rig.simulator.armNextCaptureQuality(-1, 12);
        const CaptureResult r = rig.run();
        QCOMPARE(r.quality.figure, QualityFigure::NmPoints);
        QCOMPARE(r.quality.value, 12);
        QCOMPARE(r.quality.threshold, 35);
        QVERIFY(r.pid.pidXml.isEmpty());
    }

    void theVendorsOwnThresholdApplies()
    {
        Rig rig;
        QVERIFY(rig.simulator.isListening());
        QVERIFY(rig.simulator.setProfile(QStringLiteral("mantra-mfs110"))); // dpId MANTRA.MSIPL
        QualityGate gate;
        gate.setThreshold(QStringLiteral("mantra"), {15, 10});
        rig.device->setQualityGate(gate);
        rig.simulator.armNextCaptureQuality(20);
        const CaptureResult mantra = rig.run();
        QVERIFY2(mantra.ok(), qPrintable(mantra.error.userMessage));
        QVERIFY(!mantra.pid.pidXml.isEmpty());

        Rig other; // another vendor's device under the same settings: the default's 45 applies
        QVERIFY(other.simulator.isListening());
        QVERIFY(other.simulator.setProfile(QStringLiteral("startek-fm220u")));
        other.device->setQualityGate(gate);
        other.simulator.armNextCaptureQuality(20);
        const CaptureResult startek = other.run();
        QCOMPARE(startek.error.code, QString::fromLatin1(codes::kQualityTooLow));
        QCOMPARE(startek.quality.vendorKey, QStringLiteral("default"));
    }
};

QTEST_GUILESS_MAIN(TestFingerCaptureGate)
#include "TestFingerCaptureGate.moc"
