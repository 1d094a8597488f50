// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "HostileXml.h"
#include "core/device/DeviceErrors.h"
#include "core/device/RdXml.h"

#include <QTest>

using namespace saathi::device;
using namespace saathi::device::rdxml;

// The safe RD XML parser against the shapes real drivers send and the attacks a hostile local process can send
// (rd-service.md §2.2, §4.4, §11; security.md X1–X4, P1).
class TestRdXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rdServiceVariantsParse_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("capture");
        QTest::addColumn<QString>("info");
        QTest::newRow("mantra") << QByteArray("<?xml version=\"1.0\"?>\n<RDService status=\"READY\" info=\"Mantra\">"
                                              "<Interface id=\"CAPTURE\" path=\"/rd/capture\"/>"
                                              "<Interface id=\"DEVICEINFO\" path=\"/rd/info\"/></RDService>")
                                << "READY"
                                << "/rd/capture"
                                << "/rd/info";
        QTest::newRow("single quotes, reversed, no prolog")
            << QByteArray("<RDService status='NOTREADY' info='Morpho_RD_Service'><Interface id='DEVICEINFO' "
                          "path='/127.0.0.1:11100/getDeviceInfo'/><Interface id='CAPTURE' "
                          "path='/127.0.0.1:11100/capture'/></RDService>")
            << "NOTREADY"
            << "/capture"
            << "/getDeviceInfo";
        QTest::newRow("lower-case status, BOM, leading CRLF")
            << QByteArray("\xEF\xBB\xBF\r\n<?xml version=\"1.0\"?><RDService status=\" ready \"><Interface "
                          "id=\"CAPTURE\" path=\"http://127.0.0.1:11100/rd/capture\"/></RDService>")
            << "READY"
            << "/rd/capture"
            << "";
        QTest::newRow("android ids, duplicate capture")
            << QByteArray("<RDService status=\"USED\" info=\"x\"><Interface id=\"PROCESS_CALL\" path=\"rd/capture\"/>"
                          "<Interface id=\"CAPTURE\" path=\"/other\"/><Interface id=\"INFO\" path=\"//rd//info\"/>"
                          "</RDService>")
            << "USED"
            << "/rd/capture"
            << "/rd/info";
        QTest::newRow("hostile capture path dropped")
            << QByteArray("<RDService status=\"READY\"><Interface id=\"CAPTURE\" path=\"http://evil.example/c\"/>"
                          "</RDService>")
            << "READY"
            << ""
            << "";
    }
    void rdServiceVariantsParse()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, status);
        QFETCH(QString, capture);
        QFETCH(QString, info);
        const auto r = parseRdService(xml);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(statusName(r.value().status), status);
        QCOMPARE(r.value().capturePath, capture);
        QCOMPARE(r.value().deviceInfoPath, info);
    }

    void interfacePathsAreSanitised_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // empty = rejected
        QTest::newRow("plain") << "/rd/capture"
                               << "/rd/capture";
        QTest::newRow("host prefixed") << "/127.0.0.1:11102/capture"
                                       << "/capture";
        QTest::newRow("full url") << "http://127.0.0.1:11100/rd/capture"
                                  << "/rd/capture";
        QTest::newRow("https localhost") << "https://localhost:11111/capture"
                                         << "/capture";
        QTest::newRow("whitespace") << "  / rd/capture "
                                    << "/rd/capture";
        QTest::newRow("no slash") << "rd/capture"
                                  << "/rd/capture";
        QTest::newRow("double slashes") << "//rd//capture"
                                        << "/rd/capture";
        QTest::newRow("evil url") << "http://evil.example/capture"
                                  << "";
        QTest::newRow("evil protocol-relative") << "//evil.example/x"
                                                << "";
        QTest::newRow("evil ip prefix") << "/10.0.0.5:8080/capture"
                                        << "";
        QTest::newRow("userinfo") << "http://127.0.0.1@evil.example/x"
                                  << "";
        QTest::newRow("control char") << QStringLiteral("/rd/\x01capture") << "";
        QTest::newRow("dot dot") << "/rd/../../etc"
                                 << "";
        QTest::newRow("10 KB") << QString(10240, QLatin1Char('a')) << "";
        QTest::newRow("ftp") << "ftp://127.0.0.1/x"
                             << "";
    }
    void interfacePathsAreSanitised()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const auto path = sanitiseInterfacePath(raw);
        QCOMPARE(path.value_or(QString()), expected);
    }

    void rdServiceWithoutStatusOrWrongRootIsRejected()
    {
        QCOMPARE(parseRdService("<RDService info=\"x\"/>").error().code, QString::fromLatin1(codes::kBadXml));
        QCOMPARE(parseRdService("{\"status\":\"READY\"}").error().code, QString::fromLatin1(codes::kBadXml));
        QCOMPARE(parseRdService("<html><body>404</body></html>").error().code, QString::fromLatin1(codes::kBadXml));
        QCOMPARE(parseRdService("").error().code, QString::fromLatin1(codes::kBadXml));
        QVERIFY(parseRdService("<RDService status=\"READY\"").error().detail.contains(QLatin1String("truncated")));
    }

    void anyDtdIsRefusedIncludingTheQuadraticBlowup()
    {
        const QByteArray quadratic = "<?xml version=\"1.0\"?><!DOCTYPE RDService [<!ENTITY a \"" + QByteArray(4000, 'A')
            + "\">]><RDService status=\"READY\">" + QByteArray("&a;").repeated(10000) + "</RDService>";
        QVERIFY(quadratic.size() < kMaxServiceDocBytes);
        const auto r = parseRdService(quadratic);
        QVERIFY(!r.ok());
        QVERIFY(r.error().detail.contains(QLatin1String("DTD")));
        const QByteArray xxe = "<!DOCTYPE PidData [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><PidData><Resp "
                               "errCode=\"0\" errInfo=\"&x;\"/></PidData>";
        QVERIFY(!parsePidData(xxe).ok());
    }

    void oversizeAndDeepDocumentsAreRejected()
    {
        const QByteArray big = "<RDService status=\"READY\" info=\"" + QByteArray(70 * 1024, 'x') + "\"/>";
        QCOMPARE(parseRdService(big).error().code, QString::fromLatin1(codes::kTooLarge));
        const QByteArray deep
            = "<DeviceInfo>" + QByteArray("<a>").repeated(5000) + QByteArray("</a>").repeated(5000) + "</DeviceInfo>";
        QCOMPARE(parseDeviceInfo(deep).error().code, QString::fromLatin1(codes::kBadXml));
    }

    void deviceInfoGivesVendorModelSerialAndLevel()
    {
        const auto r = parseDeviceInfo(
            "<DeviceInfo dpId=\"MANTRA.MSIPL\" rdsId=\"RENESAS.MANTRA.001\" rdsVer=\"1.4.1\" dc=\"d\" mi=\"MFS110\" "
            "mc=\"Y2VydA==\"><additional_info><Param name=\"srno\" value=\"8110001\"/><Param name=\"device_type\" "
            "value=\"L1\"/></additional_info></DeviceInfo>");
        QVERIFY(r.ok());
        QCOMPARE(r.value().vendor(), QStringLiteral("Mantra"));
        QCOMPARE(r.value().model(), QStringLiteral("MFS110"));
        QCOMPARE(r.value().serial(), QStringLiteral("8110001"));
        QCOMPARE(r.value().level(), DeviceLevel::L1);
        const auto morpho = parseDeviceInfo("<DeviceInfo dpId='Morpho.SmartChip' rdsId='SCPL.WIN.001' "
                                            "mi='MSO1300E3L0SW'><additional_info><Param name='serial_number' "
                                            "value='M-3'/></additional_info></DeviceInfo>");
        QCOMPARE(morpho.value().vendor(), QStringLiteral("Morpho"));
        QCOMPARE(morpho.value().serial(), QStringLiteral("M-3"));
        QCOMPARE(morpho.value().level(), DeviceLevel::L0);
    }

    void successfulPidIsKeptByteForByte()
    {
        const QByteArray xml = "<PidData xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                               "<Resp errCode=\" 0 \" errInfo=\"Invalid error code\" fCount=\"1\" fType=\"2\" "
                               "nmPoints=\"44,41\" qScore=\"59&#10;\"/><DeviceInfo dpId=\"A\" rdsId=\"B\" rdsVer=\"1\" "
                               "dc=\"d\" mi=\"m\" mc=\"Y2VydA==\"/><Skey ci=\"20280813\">c2tleQ==</Skey>"
                               "<Hmac>aG1hYw==</Hmac><Data type=\"X\">ZGF0YQ==</Data></PidData>";
        const auto r = parsePidData(xml);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QVERIFY(r.value().isSuccess()); // errInfo "Invalid error code" never decides
        QCOMPARE(r.value().pidXml.toByteArray(), xml);
        QCOMPARE(r.value().qScore(), 59);
        QCOMPARE(r.value().nmPoints(), 41);
        QCOMPARE(r.value().fType, 2);
        QCOMPARE(r.value().skeyCi, QStringLiteral("20280813"));
    }

    // Morpho as it really is (rd-service.md §4.4): a raw newline byte in the attribute, normalised to a space by XML.
    void rawNewlineInQScoreIsKeptAndRead()
    {
        const QByteArray xml = "<PidData><Resp errCode='0' errInfo='' fCount='1' fType='2' nmPoints='35' "
                               "qScore='59\n'/><DeviceInfo dpId='Morpho.SmartChip' rdsId='SCPL.WIN.001' rdsVer='1' "
                               "dc='d' mi='MSO1300E3L0SW' mc='Y2VydA=='/><Skey ci='20280813'>c2tleQ==</Skey>"
                               "<Hmac>aG1hYw==</Hmac><Data type='X'>ZGF0YQ==</Data></PidData>";
        const auto r = parsePidData(xml);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r.value().qScore(), 59);
        QCOMPARE(r.value().pidXml.toByteArray(), xml);
    }

    void failedPidParsesWithoutBytes()
    {
        const auto r = parsePidData("<PidData><Resp errCode=\"720\" errInfo=\"Success\"/></PidData>");
        QVERIFY(r.ok());
        QVERIFY(!r.value().isSuccess());
        QVERIFY(r.value().pidXml.isEmpty());
    }

    void brokenPidsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        const QString bad = QString::fromLatin1(codes::kBadXml);
        const QString incomplete = QString::fromLatin1(codes::kIncompletePid);
        QTest::newRow("no Resp") << QByteArray("<PidData><Data type=\"X\">x</Data></PidData>") << bad;
        QTest::newRow("two Resp") << QByteArray("<PidData><Resp errCode=\"0\"/><Resp errCode=\"0\"/></PidData>") << bad;
        QTest::newRow("truncated") << QByteArray("<PidData><Resp errCode=\"0\"/><Skey>") << bad;
        QTest::newRow("success without Data")
            << QByteArray("<PidData><Resp errCode=\"0\"/><DeviceInfo dpId=\"a\" rdsId=\"b\" mc=\"c\"/><Skey>k</Skey>"
                          "<Hmac>h</Hmac></PidData>")
            << incomplete;
        QTest::newRow("success with protobuf")
            << QByteArray("<PidData><Resp errCode=\"0\"/><DeviceInfo dpId=\"a\" rdsId=\"b\" mc=\"c\"/><Skey>k</Skey>"
                          "<Hmac>h</Hmac><Data type=\"P\">d</Data></PidData>")
            << incomplete;
        QTest::newRow("success with empty mc")
            << QByteArray("<PidData><Resp errCode=\"0\"/><DeviceInfo dpId=\"a\" rdsId=\"b\" mc=\"\"/><Skey>k</Skey>"
                          "<Hmac>h</Hmac><Data type=\"X\">d</Data></PidData>")
            << incomplete;
    }
    void brokenPidsAreRejected()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        const auto r = parsePidData(xml);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }

    void pidOptionsCarryWadhOnlyWhenAsked()
    {
        CaptureOptions o;
        const QByteArray plain = buildPidOptions(o);
        QVERIFY(!plain.contains("wadh"));
        auto parsed = parsePidOptions(plain);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().value(QStringLiteral("fType")), QStringLiteral("2"));
        QCOMPARE(parsed.value().value(QStringLiteral("env")), QStringLiteral("P"));
        QCOMPARE(parsed.value().value(QStringLiteral("pidVer")), QStringLiteral("2.0"));
        QCOMPARE(parsed.value().value(QStringLiteral("iCount")), QStringLiteral("0"));
        o.wadh = QStringLiteral("E0jzJ/P8UopUHAieZn8CKqS4WPMi5ZSYXgfnlfkWjrc=");
        parsed = parsePidOptions(buildPidOptions(o));
        QCOMPARE(parsed.value().value(QStringLiteral("wadh")), o.wadh);
    }

    // Issue #13: the 1 MiB PidData with 70,000 attributes is refused by the pre-scan, before QXmlStreamReader.
    void seventyThousandAttributesAreRefusedBeforeParsing()
    {
        const QByteArray hostile = saathi::test::manyAttributesPid(70000, 1024 * 1024);
        QVERIFY(hostile.size() <= kMaxPidDocBytes);
        qsizetype steps = 0;
        const saathi::Error e = prescan(hostile, &steps);
        QCOMPARE(e.code, QStringLiteral("rd.bad_xml"));
        QVERIFY2(e.detail.contains(QLatin1String("attributes")), qPrintable(e.detail));
        QVERIFY(steps <= hostile.size());
        const auto parsed = parsePidData(hostile);
        QCOMPARE(parsed.error().code, QStringLiteral("rd.bad_xml"));
        QVERIFY(!parsed.error().userMessage.isEmpty());
        // Spread over many elements instead, the element and total caps refuse it too.
        QByteArray spread = "<PidData>";
        for (int i = 0; i < 3000; ++i) {
            spread += "<P a=\"1\" b=\"2\" c=\"3\"/>";
        }
        spread += "</PidData>";
        QCOMPARE(parsePidData(spread).error().code, QStringLiteral("rd.bad_xml"));
    }

    // Linear by counting: the pre-scan examines each byte once — exactly size() steps on a document within the
    // caps, so doubling the input doubles the work — and stops early on a hostile one.
    void prescanWorkGrowsLinearlyWithSize()
    {
        qsizetype previous = 0;
        for (int bytes = 64 * 1024; bytes <= 1024 * 1024; bytes *= 2) {
            const QByteArray xml = saathi::test::benignPid(bytes);
            qsizetype steps = -1;
            QVERIFY(prescan(xml, &steps).isNull());
            QCOMPARE(steps, xml.size());
            if (previous > 0) {
                QVERIFY(steps <= 2 * previous + 64);
            }
            previous = steps;
            QVERIFY(parsePidData(xml).ok());
        }
        for (const int attributes : {1000, 10000, 70000}) {
            const QByteArray hostile = saathi::test::manyAttributesPid(attributes, 1024 * 1024);
            qsizetype steps = 0;
            QVERIFY(!prescan(hostile, &steps).isNull());
            QVERIFY2(steps < 64 * 1024, qPrintable(QString::number(steps))); // stopped at the 33rd attribute
        }
    }
};

QTEST_GUILESS_MAIN(TestRdXml)
#include "TestRdXml.moc"
