// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RdTestSupport.h"
#include "core/device/DeviceErrors.h"
#include "rd_service/RdServiceDevice.h"
#include "sandbox/rd/RdSimulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTest>

using namespace saathi;
using namespace saathi::device;
using saathi::rd::RdServiceDevice;
using saathi::sandbox::rd::RdSimulator;

// Every simulator fault over real TCP: the client never crashes, never waits past its stated timeout and always
// ends with a clear, translated message (rd-service.md §11; security.md X1, X4, T4).
class TestRdFaults : public QObject
{
    Q_OBJECT
    static constexpr int kProbeMs = 800;
    static constexpr int kCaptureTimeoutMs = 300;
    static constexpr int kGraceMs = 700;
    static constexpr int kMarginMs = 1500;

private Q_SLOTS:
    void faultEndsCleanlyWithinItsBudget_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("op"); // discover, info, capture
        QTest::addColumn<QString>("expected"); // error code, empty = success
        QTest::addColumn<int>("budgetMs");
        const int discover = kProbeMs * 2;
        const int capture = kCaptureTimeoutMs + kGraceMs;
        auto row = [](const char* name, const char* fault, const char* target, const char* op, const char* code,
                      int budget) {
            QTest::newRow(name) << QString::fromLatin1(fault) << QString::fromLatin1(target) << QString::fromLatin1(op)
                                << QString::fromLatin1(code) << budget;
        };
        row("not-ready discover", "not-ready", "all", "discover", "rd.not_ready", discover);
        row("not-ready capture", "not-ready", "all", "capture", "rd.720", capture);
        row("used discover", "used", "all", "discover", "", discover);
        row("used capture", "used", "all", "capture", "rd.710", capture);
        row("capture-timeout", "capture-timeout", "all", "capture", "rd.700", capture);
        row("poor-quality", "poor-quality", "all", "capture", "", capture);
        row("needs-reinit", "needs-reinit", "all", "capture", "rd.740", capture);
        row("capture-failed", "capture-failed", "all", "capture", "rd.730", capture);
        row("warming-up", "warming-up", "all", "capture", "rd.-1509", capture);
        row("fmr-only", "fmr-only", "all", "capture", "rd.wrong_ftype", capture);
        row("hang discover", "hang", "all", "discover", "rd.no_service", discover);
        row("hang info", "hang", "info", "info", "rd.timeout", kProbeMs);
        row("hang capture", "hang", "capture", "capture", "rd.timeout", capture);
        row("trickle discover too slow", "trickle", "all", "discover", "rd.no_service", discover);
        row("trickle capture too slow", "trickle", "capture", "capture", "rd.timeout", capture);
        row("malformed discover", "malformed-xml", "all", "discover", "rd.no_service", discover);
        row("malformed info", "malformed-xml", "info", "info", "rd.bad_xml", kProbeMs);
        row("malformed capture", "malformed-xml", "capture", "capture", "rd.bad_xml", capture);
        row("billion laughs discover", "billion-laughs", "all", "discover", "rd.no_service", discover);
        row("billion laughs capture", "billion-laughs", "capture", "capture", "rd.bad_xml", capture);
        row("quadratic discover", "quadratic-blowup", "all", "discover", "rd.no_service", discover);
        row("quadratic info", "quadratic-blowup", "info", "info", "rd.bad_xml", kProbeMs);
        row("quadratic capture", "quadratic-blowup", "capture", "capture", "rd.bad_xml", capture);
        row("10 MB discover", "huge-answer", "all", "discover", "rd.no_service", discover);
        row("10 MB capture", "huge-answer", "capture", "capture", "rd.too_large", capture);
        row("wrong content type discover", "wrong-content-type", "all", "discover", "", discover);
        row("wrong content type capture", "wrong-content-type", "capture", "capture", "", capture);
        row("404 info", "not-found", "all", "info", "rd.http", kProbeMs);
        row("404 capture", "not-found", "all", "capture", "rd.http", capture);
        row("reset discover", "reset-mid-answer", "all", "discover", "rd.no_service", discover);
        row("reset capture", "reset-mid-answer", "capture", "capture", "rd.connection", capture);
    }
    void faultEndsCleanlyWithinItsBudget()
    {
        QFETCH(QString, fault);
        QFETCH(QString, target);
        QFETCH(QString, op);
        QFETCH(QString, expected);
        QFETCH(int, budgetMs);
        const quint16 base = test::freePortRange(3);
        QVERIFY(base != 0);
        RdSimulator sim;
        sim.setCaptureDelayMs(10);
        sim.setTrickleIntervalMs(50);
        const auto f = RdSimulator::faultFromName(fault);
        const auto t = RdSimulator::targetFromName(target);
        QVERIFY(f && t);
        sim.setFault(*f, *t);
        QVERIFY(sim.listen(quint16(base + 1)));
        QNetworkAccessManager nam;
        RdSettings settings;
        settings.firstPort = base;
        settings.lastPort = quint16(base + 2);
        settings.probeTimeoutMs = kProbeMs;
        settings.deviceInfoTimeoutMs = kProbeMs;
        settings.captureGraceMs = kGraceMs;
        RdServiceDevice device(&nam, settings);
        RdServiceInfo service = test::serviceAt(quint16(base + 1), sim.profile().capturePath);
        service.deviceInfoPath = sim.profile().deviceInfoPath;

        QElapsedTimer timer;
        timer.start();
        Error error;
        if (op == QLatin1String("discover")) {
            std::optional<DiscoveryResult> r;
            test::collect(device.discover(), &r);
            QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), budgetMs + kMarginMs + 2000);
            error = r->error;
            if (fault == QLatin1String("used")) {
                QCOMPARE(r->preferred()->status, RdStatus::Used);
            }
            if (expected == QLatin1String("rd.no_service")) {
                QCOMPARE(r->failures.size(), 1); // the hostile port is named in the result
                QCOMPARE(r->failures.first().first, quint16(base + 1));
                QVERIFY(!r->failures.first().second.userMessage.isEmpty());
            }
        } else if (op == QLatin1String("info")) {
            std::optional<DeviceInfoResult> r;
            test::collect(device.deviceInfo(service), &r);
            QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), budgetMs + kMarginMs + 2000);
            error = r->error;
        } else {
            CaptureOptions options;
            options.timeoutMs = kCaptureTimeoutMs;
            std::optional<CaptureResult> r;
            test::collect(device.capture(service, options), &r);
            QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), budgetMs + kMarginMs + 2000);
            error = r->error;
            QCOMPARE(r->pid.pidXml.isEmpty(), !expected.isEmpty()); // a failure never carries PID bytes
            if (fault == QLatin1String("poor-quality")) {
                QCOMPARE(r->pid.qScore(), 18);
                QCOMPARE(qualityAdvice(r->pid.qScore()).code, QString::fromLatin1(codes::kQualityTooLow));
            }
        }
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed <= budgetMs + kMarginMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QCOMPARE(error.code, expected);
        if (!expected.isEmpty()) {
            QVERIFY(!error.userMessage.isEmpty());
            QVERIFY(!error.detail.isEmpty());
        }
    }

    void cleanupTestCase()
    {
        // security.md T4: hostile answers (bombs, 10 MB) never balloon memory. Peak RSS of this whole run,
        // simulator included (it builds the 10 MB answer in this process).
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly)) {
            QSKIP("no /proc on this platform");
        }
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                const qint64 kb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
                qInfo("peak RSS %lld MB", kb / 1024);
                QVERIFY(kb < 150 * 1024);
            }
        }
    }

    void trickledAnswerWithinTheDeadlineIsAccepted()
    {
        const quint16 base = test::freePortRange(1);
        RdSimulator sim;
        sim.setTrickleIntervalMs(1);
        sim.setFault(RdSimulator::Fault::Trickle, RdSimulator::FaultTarget::Discovery);
        QVERIFY(sim.listen(base));
        QNetworkAccessManager nam;
        RdSettings settings;
        settings.firstPort = base;
        settings.lastPort = base;
        settings.probeTimeoutMs = 10000;
        RdServiceDevice device(&nam, settings);
        std::optional<DiscoveryResult> r;
        test::collect(device.discover(), &r);
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 12000);
        QVERIFY2(r->ok(), qPrintable(r->error.detail));
        QCOMPARE(r->services.size(), 1);
        QCOMPARE(r->services.first().info, sim.profile().info);
    }
};

QTEST_GUILESS_MAIN(TestRdFaults)
#include "TestRdFaults.moc"
