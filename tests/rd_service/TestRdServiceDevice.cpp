// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "LogCapture.h"
#include "RdTestSupport.h"
#include "core/device/RecoveringCaptureJob.h"
#include "rd_service/RdServiceDevice.h"
#include "sandbox/common/SimulatedPid.h"
#include "sandbox/rd/RdSimulator.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::device;
using saathi::rd::RdServiceDevice;
using saathi::sandbox::rd::RdSimulator;

// The RD client against the simulator over real TCP: every vendor profile is found, described and captured from;
// ranking, the remembered device, wadh, cancellation and the busy device (rd-service.md §2–§4, §11).
class TestRdServiceDevice : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPorts = 6;

private:
    RdSettings settings() const
    {
        RdSettings s;
        s.firstPort = m_base;
        s.lastPort = quint16(m_base + kPorts - 1);
        s.probeTimeoutMs = 2000;
        s.deviceInfoTimeoutMs = 2000;
        s.captureGraceMs = 3000;
        return s;
    }
    DiscoveryResult discover(RdServiceDevice& device)
    {
        std::optional<DiscoveryResult> r;
        test::collect(device.discover(), &r);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 8000); }();
        return r.value_or(DiscoveryResult {});
    }
    CaptureResult capture(RdServiceDevice& device, const RdServiceInfo& service, const CaptureOptions& options)
    {
        std::optional<CaptureResult> r;
        test::collect(device.capture(service, options), &r);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 15000); }();
        return r.value_or(CaptureResult {});
    }

    quint16 m_base = 0;

private Q_SLOTS:
    void init()
    {
        m_base = test::freePortRange(kPorts);
        QVERIFY(m_base != 0);
    }

    void everyProfileIsFoundDescribedAndCaptured_data()
    {
        QTest::addColumn<QString>("profile");
        for (const auto& name : sandbox::rd::profileNames()) {
            if (name != QLatin1String("old-driver")) {
                QTest::newRow(qPrintable(name)) << name;
            }
        }
    }
    void everyProfileIsFoundDescribedAndCaptured()
    {
        QFETCH(QString, profile);
        RdSimulator sim;
        QVERIFY(sim.setProfile(profile));
        sim.setCaptureDelayMs(20);
        QVERIFY(sim.listen(quint16(m_base + 3)));
        QNetworkAccessManager nam;
        RdServiceDevice device(&nam, settings());

        const DiscoveryResult found = discover(device);
        QVERIFY2(found.ok(), qPrintable(found.error.detail));
        QCOMPARE(found.services.size(), 1);
        QCOMPARE(found.probedPorts, kPorts);
        const RdServiceInfo& s = *found.preferred();
        QCOMPARE(s.port, quint16(m_base + 3));
        QCOMPARE(s.status, RdStatus::Ready);
        QCOMPARE(s.info, sim.profile().info);
        QCOMPARE(s.device.model(), sim.profile().mi);
        QCOMPARE(s.device.serial(), sim.profile().serial());
        QVERIFY(!s.vendor().isEmpty());

        std::optional<DeviceInfoResult> info;
        test::collect(device.deviceInfo(s), &info);
        QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), 5000);
        QVERIFY2(info->ok(), qPrintable(info->error.detail));
        QCOMPARE(info->info.dpId, sim.profile().dpId);

        const CaptureResult plain = capture(device, s, CaptureOptions {});
        QVERIFY2(plain.ok(), qPrintable(plain.error.detail));
        QVERIFY(!plain.pid.pidXml.isEmpty());
        QVERIFY(plain.pid.qScore() > 25);
        QCOMPARE(plain.pid.fType, 2);
        QCOMPARE(plain.pid.device.serial(), sim.profile().serial());
        QVERIFY(!sim.lastPidOptions().contains(QStringLiteral("wadh")));
        QVERIFY(plain.pid.pidXml.view().contains("SAATHISIM") == false); // Data is base64, never plain
        const QByteArray xml = plain.pid.pidXml.toByteArray();
        const qsizetype start = xml.indexOf(">", xml.indexOf("<Data")) + 1;
        sandbox::SimulatedPidPayload payload;
        QVERIFY(sandbox::decodeSimulatedPidData(xml.mid(start, xml.indexOf("</Data>") - start), &payload));
        QVERIFY(payload.wadh.isEmpty());

        CaptureOptions ekyc;
        ekyc.wadh = QStringLiteral("E0jzJ/P8UopUHAieZn8CKqS4WPMi5ZSYXgfnlfkWjrc=");
        const CaptureResult withWadh = capture(device, s, ekyc);
        QVERIFY(withWadh.ok());
        QCOMPARE(sim.lastPidOptions().value(QStringLiteral("wadh")), ekyc.wadh);
        QVERIFY(withWadh.pid.pidXml.toByteArray() != xml); // fresh Skey, Hmac and nonce each time
    }

    // Morpho writes a raw newline inside qScore (rd-service.md §4.4); the PID travels to Eko byte for byte and the
    // quality still reads 59.
    void morphoRawNewlineInQScoreIsKeptAndReadAs59()
    {
        RdSimulator sim;
        QVERIFY(sim.setProfile(QStringLiteral("morpho-mso1300")));
        sim.setCaptureDelayMs(0);
        QVERIFY(sim.listen(m_base));
        QNetworkAccessManager nam;
        RdServiceDevice device(&nam, settings());
        const DiscoveryResult found = discover(device);
        QVERIFY2(found.ok(), qPrintable(found.error.detail));
        const CaptureResult r = capture(device, *found.preferred(), CaptureOptions {});
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        const QByteArray xml = r.pid.pidXml.toByteArray();
        QVERIFY2(xml.contains("qScore='59\n'"), xml.left(300).constData());
        QVERIFY(!xml.contains("&#10;"));
        QCOMPARE(r.pid.qScore(), 59);
        QCOMPARE(r.pid.qScoreText, QStringLiteral("59"));
    }

    void oldDriverSaysTooOldForFmrPlusFir()
    {
        RdSimulator sim;
        QVERIFY(sim.setProfile(QStringLiteral("old-driver")));
        QVERIFY(sim.listen(m_base));
        QNetworkAccessManager nam;
        RdServiceDevice device(&nam, settings());
        const DiscoveryResult found = discover(device);
        QVERIFY(found.ok());
        QCOMPARE(found.services.first().capturePath, QStringLiteral("/rd/capture"));
        QCOMPARE(found.services.first().deviceInfoPath, QStringLiteral("/rd/info"));
        const CaptureResult r = capture(device, *found.preferred(), CaptureOptions {});
        QCOMPARE(r.error.code, QStringLiteral("rd.110"));
        QVERIFY(r.error.userMessage.contains(QLatin1String("Update")));
        QVERIFY(r.pid.pidXml.isEmpty());
    }

    void readyL1IsChosenOverNotReadyL0AndFoundAgainOnANewPort()
    {
        RdSimulator l0;
        QVERIFY(l0.setProfile(QStringLiteral("mantra-mfs100")));
        l0.setFault(RdSimulator::Fault::NotReady);
        QVERIFY(l0.listen(m_base));
        auto l1 = std::make_unique<RdSimulator>();
        QVERIFY(l1->listen(quint16(m_base + 1)));
        QNetworkAccessManager nam;
        RdServiceDevice device(&nam, settings());
        DiscoveryResult found = discover(device);
        QCOMPARE(found.services.size(), 2);
        QCOMPARE(found.preferred()->port, quint16(m_base + 1));
        QCOMPARE(found.services.last().status, RdStatus::NotReady);

        device.setChosenDevice(DeviceChoice::fromService(*found.preferred()));
        l1.reset(); // the driver restarts on another port
        RdSimulator moved;
        QVERIFY(moved.listen(quint16(m_base + 4)));
        found = discover(device);
        QVERIFY(found.chosenIndex >= 0);
        QCOMPARE(found.services[found.chosenIndex].port, quint16(m_base + 4));
        QCOMPARE(found.preferred()->port, quint16(m_base + 4));
    }

    void secondCaptureWhileBusyGets710AndDiscoverySaysUsed()
    {
        RdSimulator sim;
        sim.setCaptureDelayMs(1500);
        QVERIFY(sim.listen(m_base));
        QNetworkAccessManager nam;
        RdServiceDevice device(&nam, settings());
        const RdServiceInfo s = test::serviceAt(m_base, sim.profile().capturePath);
        std::optional<CaptureResult> first;
        test::collect(device.capture(s, CaptureOptions {}), &first);
        QTRY_COMPARE_WITH_TIMEOUT(sim.requestCount("CAPTURE"), 1, 3000);
        const DiscoveryResult during = discover(device);
        QCOMPARE(during.services.value(0).status, RdStatus::Used);
        const CaptureResult second = capture(device, s, CaptureOptions {});
        QCOMPARE(second.error.code, QStringLiteral("rd.710"));
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 5000);
        QVERIFY(first->ok());
    }

    void cancelledCaptureFinishesOnceWithoutPid()
    {
        RdSimulator sim;
        sim.setCaptureDelayMs(3000);
        QVERIFY(sim.listen(m_base));
        QNetworkAccessManager nam;
        RdServiceDevice device(&nam, settings());
        CaptureJob* job = device.capture(test::serviceAt(m_base, sim.profile().capturePath), CaptureOptions {});
        QSignalSpy spy(job, &CaptureJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(sim.requestCount("CAPTURE"), 1, 3000);
        QElapsedTimer t;
        t.start();
        job->cancel();
        job->cancel();
        QCOMPARE(spy.count(), 1);
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        const auto result = spy.at(0).at(0).value<CaptureResult>();
        QCOMPARE(result.error.code, QStringLiteral("rd.cancelled"));
        QVERIFY(result.pid.pidXml.isEmpty());
        QVERIFY(t.elapsed() < 1000);
    }

    void captureFollowsTheRememberedDeviceToItsNewPort()
    {
        auto sim = std::make_unique<RdSimulator>();
        sim->setCaptureDelayMs(10);
        QVERIFY(sim->listen(quint16(m_base + 1)));
        QNetworkAccessManager nam;
        RdServiceDevice device(&nam, settings());
        const DiscoveryResult found = discover(device);
        QVERIFY(found.ok());
        const RdServiceInfo old = *found.preferred();
        device.setChosenDevice(DeviceChoice::fromService(old));
        sim.reset(); // the driver restarts on another port between discovery and capture
        RdSimulator moved;
        moved.setCaptureDelayMs(10);
        QVERIFY(moved.listen(quint16(m_base + 5)));
        RecoveringCaptureJob* job = device.captureWithRecovery(old, CaptureOptions {});
        QSignalSpy rediscovering(job, &RecoveringCaptureJob::rediscovering);
        std::optional<CaptureResult> r;
        int finishedCount = 0;
        test::collect<CaptureJob>(job, &r, &finishedCount);
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 10000);
        QVERIFY2(r->ok(), qPrintable(r->error.detail));
        QCOMPARE(rediscovering.count(), 1);
        QCOMPARE(moved.requestCount("CAPTURE"), 1);
        QTest::qWait(50);
        QCOMPARE(finishedCount, 1);
    }

    void notReadyCaptureMovesToTheReadyServiceOnce()
    {
        RdSimulator l0;
        QVERIFY(l0.setProfile(QStringLiteral("mantra-mfs100")));
        QVERIFY(l0.listen(m_base));
        RdSimulator l1;
        l1.setCaptureDelayMs(10);
        QVERIFY(l1.listen(quint16(m_base + 2)));
        QNetworkAccessManager nam;
        RdServiceDevice device(&nam, settings());
        const RdServiceInfo l0Service = test::serviceAt(m_base, l0.profile().capturePath);
        l0.setFault(RdSimulator::Fault::NotReady); // unplugged after it was chosen
        std::optional<CaptureResult> r;
        test::collect<CaptureJob>(device.captureWithRecovery(l0Service, CaptureOptions {}), &r);
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 10000);
        QVERIFY(r->ok());
        QCOMPARE(l1.requestCount("CAPTURE"), 1);

        l1.setFault(RdSimulator::Fault::NeedsReinit);
        std::optional<CaptureResult> again;
        test::collect<CaptureJob>(
            device.captureWithRecovery(test::serviceAt(quint16(m_base + 2), l1.profile().capturePath),
                                       CaptureOptions {}),
            &again);
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 10000);
        QCOMPARE(again->error.code, QStringLiteral("rd.740")); // one rediscovery, then the honest answer
        QCOMPARE(l1.requestCount("CAPTURE"), 3);
    }

    void noLogLineCarriesPidContentsOrWadh()
    {
        test::LogCapture::install();
        QLoggingCategory::setFilterRules(QStringLiteral("saathi.*.debug=true"));
        test::LogCapture::clear();
        RdSimulator sim;
        sim.setCaptureDelayMs(10);
        QVERIFY(sim.listen(m_base));
        QNetworkAccessManager nam;
        RdServiceDevice device(&nam, settings());
        const DiscoveryResult found = discover(device);
        QVERIFY(found.ok());
        CaptureOptions options;
        options.wadh = QStringLiteral("rhVuL7SnJi2W2UmsyukVqY7c93JWyL9O/kVKgdNMfv8=");
        const CaptureResult r = capture(device, *found.preferred(), options);
        QVERIFY(r.ok());
        const QByteArray xml = r.pid.pidXml.toByteArray();
        auto textOf = [&xml](const char* open, const char* close) {
            const qsizetype start = xml.indexOf('>', xml.indexOf(open)) + 1;
            return QString::fromLatin1(xml.mid(start, xml.indexOf(close) - start));
        };
        const QStringList needles {
            QStringLiteral("<PidData"), QStringLiteral("PidOptions"), options.wadh,
            textOf("<Skey", "</Skey>"), textOf("<Hmac", "</Hmac>"),   textOf("<Data", "</Data>")};
        QVERIFY(test::LogCapture::lines().size() > 3); // debug logging was on
        QCOMPARE(test::LogCapture::firstLineContaining(needles), QString());
    }

    void nothingListeningIsReportedQuickly()
    {
        QNetworkAccessManager nam;
        RdServiceDevice device(&nam, settings());
        QElapsedTimer t;
        t.start();
        const DiscoveryResult found = discover(device);
        QCOMPARE(found.error.code, QStringLiteral("rd.no_service"));
        QVERIFY(found.services.isEmpty());
        QVERIFY(found.failures.isEmpty()); // refused ports are not failures
        QVERIFY(!found.error.userMessage.isEmpty());
        QVERIFY(t.elapsed() < 1500); // refused ports cost nothing
    }
};

QTEST_GUILESS_MAIN(TestRdServiceDevice)
#include "TestRdServiceDevice.moc"
