// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/DeviceErrors.h"
#include "core/device/DeviceTypes.h"

#include <QTest>

using namespace saathi::device;

namespace {

RdServiceInfo service(quint16 port, RdStatus status, const QString& dpId, const QString& mi, const QString& serial,
                      const QString& type = {})
{
    RdServiceInfo s;
    s.port = port;
    s.status = status;
    s.capturePath = QStringLiteral("/rd/capture");
    s.device.dpId = dpId;
    s.device.mi = mi;
    s.device.params = {{QStringLiteral("srno"), serial}};
    if (!type.isEmpty()) {
        s.device.params.append({QStringLiteral("device_type"), type});
    }
    return s;
}

} // namespace

// Ranking, the remembered device and the RD error table (rd-service.md §2.4, §4.5).
class TestDeviceTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyReferenceErrCodeHasAClearMessage()
    {
        const QStringList codesList {
            QStringLiteral("100"), QStringLiteral("110"),   QStringLiteral("120"),   QStringLiteral("130"),
            QStringLiteral("140"), QStringLiteral("150"),   QStringLiteral("160"),   QStringLiteral("170"),
            QStringLiteral("180"), QStringLiteral("190"),   QStringLiteral("200"),   QStringLiteral("210"),
            QStringLiteral("700"), QStringLiteral("710"),   QStringLiteral("720"),   QStringLiteral("730"),
            QStringLiteral("740"), QStringLiteral("750"),   QStringLiteral("760"),   QStringLiteral("770"),
            QStringLiteral("999"), QStringLiteral("-1509"), QStringLiteral("-1307"), QStringLiteral("1140")};
        QSet<QString> messages;
        for (const auto& c : codesList) {
            const auto e = errorForRdCode(c, QStringLiteral("vendor text"));
            QCOMPARE(e.code, QStringLiteral("rd.") + c);
            QVERIFY2(!e.userMessage.contains(QLatin1String("reported error")), qPrintable(c)); // not the fallback
            QVERIFY(e.detail.contains(QLatin1String("vendor text")));
            messages.insert(e.userMessage);
        }
        QVERIFY(messages.size() >= 20); // distinct advice, not one message for all
        QVERIFY(errorForRdCode(QStringLiteral("abc")).userMessage.contains(QLatin1String("abc")));
        QVERIFY(!errorForRdCode({}).userMessage.isEmpty());
        QVERIFY(suggestsRediscovery(QStringLiteral(" 720 ")));
        QVERIFY(isRetryable(QStringLiteral("-1509")));
        QVERIFY(!isRetryable(QStringLiteral("110")));
    }

    void qualityAdviceFollowsEkoBands()
    {
        QVERIFY(qualityAdvice(78).isNull());
        QVERIFY(qualityAdvice(-1).isNull());
        QCOMPARE(qualityAdvice(30).code, QString::fromLatin1(codes::kQualityLow));
        QCOMPARE(qualityAdvice(18).code, QString::fromLatin1(codes::kQualityTooLow));
        QVERIFY(qualityAdvice(18).userMessage.contains(QLatin1String("18")));
    }

    void readyBeatsUsedBeatsNotReadyThenVendorThenL1ThenPort()
    {
        QList<RdServiceInfo> list {
            service(11100, RdStatus::NotReady, QStringLiteral("MANTRA.MSIPL"), QStringLiteral("MFS100"),
                    QStringLiteral("a")),
            service(11103, RdStatus::Ready, QStringLiteral("Morpho.SmartChip"), QStringLiteral("MSO1300E3L0SW"),
                    QStringLiteral("b")),
            service(11102, RdStatus::Used, QStringLiteral("STARTEK.ACPL"), QStringLiteral("FM220U"),
                    QStringLiteral("c")),
            service(11104, RdStatus::Ready, QStringLiteral("MANTRA.MSIPL"), QStringLiteral("MFS110"),
                    QStringLiteral("d"), QStringLiteral("L1")),
        };
        auto ranked = rankServices(list);
        QCOMPARE(ranked[0].port, quint16(11104)); // READY, L1
        QCOMPARE(ranked[1].port, quint16(11103));
        QCOMPARE(ranked[2].port, quint16(11102));
        QCOMPARE(ranked[3].port, quint16(11100));
        DeviceChoice morpho;
        morpho.vendor = QStringLiteral("Morpho");
        ranked = rankServices(list, morpho);
        QCOMPARE(ranked[0].port, quint16(11103));
    }

    void rememberedDeviceIsFoundOnItsNewPort()
    {
        const RdServiceInfo before = service(11101, RdStatus::Ready, QStringLiteral("MANTRA.MSIPL"),
                                             QStringLiteral("MFS110"), QStringLiteral("SER1"));
        const DeviceChoice saved = DeviceChoice::fromJson(DeviceChoice::fromService(before).toJson());
        QCOMPARE(saved.vendor, QStringLiteral("Mantra"));
        QCOMPARE(saved.serial, QStringLiteral("SER1"));
        QCOMPARE(saved.port, quint16(11101));
        const QList<RdServiceInfo> now {
            service(11100, RdStatus::Ready, QStringLiteral("MANTRA.MSIPL"), QStringLiteral("MFS110"),
                    QStringLiteral("SER2")),
            service(11107, RdStatus::Ready, QStringLiteral("MANTRA.MSIPL"), QStringLiteral("MFS110"),
                    QStringLiteral("SER1")),
        };
        QCOMPARE(findChosen(now, saved), 1);
        DiscoveryResult result;
        result.services = now;
        result.chosenIndex = 1;
        QCOMPARE(result.preferred()->port, quint16(11107));
        QCOMPARE(findChosen(now, DeviceChoice {}), -1);
    }

    void notReadyServiceIsNeverPreferred()
    {
        DiscoveryResult result;
        result.services = {service(11100, RdStatus::NotReady, QStringLiteral("MANTRA.MSIPL"), QStringLiteral("MFS100"),
                                   QStringLiteral("x"))};
        result.chosenIndex = 0;
        QVERIFY(result.preferred() == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestDeviceTypes)
#include "TestDeviceTypes.moc"
