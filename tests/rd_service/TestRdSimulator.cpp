// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/RdXml.h"
#include "sandbox/rd/RdSimulator.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

using saathi::sandbox::rd::RdSimulator;
namespace rdxml = saathi::device::rdxml;

namespace {

// Sends raw bytes and returns everything the simulator wrote before closing.
QByteArray exchange(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    QByteArray answer;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);
    if (!QTest::qWaitFor([&] { return closed; }, 5000)) {
        answer += "<timeout>";
    }
    answer += socket.readAll();
    return answer;
}

QByteArray request(const QByteArray& verb, const QByteArray& path, const QByteArray& body = {})
{
    return verb + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}

QByteArray bodyOf(const QByteArray& answer)
{
    return answer.mid(answer.indexOf("\r\n\r\n") + 4);
}

QByteArray options(const QByteArray& opts)
{
    return "<PidOptions ver=\"1.0\"><Opts " + opts + "/></PidOptions>";
}

} // namespace

// The simulator's HTTP surface and vendor quirks, checked with raw sockets (rd-service.md §2.6, §4.3, §10).
class TestRdSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customVerbsAnswerAndGetIs405LikeMfs110()
    {
        RdSimulator sim;
        QVERIFY(sim.listen(0));
        QVERIFY(sim.serverPort() != 0);
        const QByteArray onInfoPath = exchange(sim.serverPort(), request("RDSERVICE", "/rd/info"));
        QVERIFY(onInfoPath.startsWith("HTTP/1.1 200"));
        QVERIFY(rdxml::parseRdService(bodyOf(onInfoPath)).ok());
        QVERIFY(exchange(sim.serverPort(), request("GET", "/")).startsWith("HTTP/1.1 405"));
        QVERIFY(exchange(sim.serverPort(), request("POST", "/rd/capture")).startsWith("HTTP/1.1 405"));
        const QByteArray preflight = exchange(sim.serverPort(), request("OPTIONS", "/rd/capture"));
        QVERIFY(preflight.contains("Access-Control-Allow-Methods: RDSERVICE,DEVICEINFO,CAPTURE"));
        QVERIFY(exchange(sim.serverPort(), request("CAPTURE", "/nope")).startsWith("HTTP/1.1 404"));
        QCOMPARE(sim.requestCount("RDSERVICE"), 1);
    }

    void oversizeHeadAndBodyAreRefused()
    {
        RdSimulator sim;
        QVERIFY(sim.listen(0));
        const QByteArray bigHead = "RDSERVICE / HTTP/1.1\r\nX-Junk: " + QByteArray(20000, 'x') + "\r\n\r\n";
        QVERIFY(exchange(sim.serverPort(), bigHead).startsWith("HTTP/1.1 431"));
        const QByteArray bigBody = "CAPTURE /rd/capture HTTP/1.1\r\nContent-Length: 10000000\r\n\r\n";
        QVERIFY(exchange(sim.serverPort(), bigBody).startsWith("HTTP/1.1 413"));
        QVERIFY(exchange(sim.serverPort(), "garbage\r\n\r\n").startsWith("HTTP/1.1 400"));
    }

    void profilesKeepTheirVendorStyle()
    {
        RdSimulator sim;
        QVERIFY(sim.listen(0));
        QVERIFY(sim.setProfile(QStringLiteral("morpho-mso1300")));
        const QByteArray morpho = bodyOf(exchange(sim.serverPort(), request("RDSERVICE", "/")));
        QVERIFY(morpho.startsWith("<RDService status='READY'"));
        QVERIFY(morpho.contains(QByteArray("/127.0.0.1:" + QByteArray::number(sim.serverPort()) + "/capture")));

        QVERIFY(sim.setProfile(QStringLiteral("startek-fm220u")));
        const QByteArray opts = options("fCount=\"1\" fType=\"2\" format=\"0\" pidVer=\"2.0\" timeout=\"5000\"");
        sim.setCaptureDelayMs(0);
        const QByteArray startek = bodyOf(exchange(sim.serverPort(), request("CAPTURE", "/rd/capture", opts)));
        QVERIFY(startek.contains("xmlns:xsi="));
        QVERIFY(rdxml::parsePidData(startek).value().isSuccess());

        QVERIFY(sim.setProfile(QStringLiteral("idemia-l1")));
        const QByteArray idemia = bodyOf(exchange(sim.serverPort(), request("CAPTURE", "/capture", opts)));
        QVERIFY(idemia.indexOf("<Data") < idemia.indexOf("<Resp"));
        QVERIFY(rdxml::parsePidData(idemia).value().isSuccess());
        QVERIFY(!sim.setProfile(QStringLiteral("no-such-vendor")));
    }

    void badPidOptionsGetTheDriversCodes_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QByteArray>("opts");
        QTest::addColumn<QString>("errCode");
        const QByteArray ok = "format=\"0\" pidVer=\"2.0\" timeout=\"5000\" env=\"P\" ";
        QTest::newRow("fCount 3 with FMR+FIR") << "mantra-mfs110" << ok + "fCount=\"3\" fType=\"2\""
                                               << "120";
        QTest::newRow("protobuf") << "mantra-mfs110"
                                  << QByteArray("format=\"1\" pidVer=\"2.0\" fCount=\"1\" fType=\"2\" timeout=\"1\"")
                                  << "210";
        QTest::newRow("pidVer 1.0") << "mantra-mfs110"
                                    << QByteArray("format=\"0\" pidVer=\"1.0\" fCount=\"1\" fType=\"2\" timeout=\"1\"")
                                    << "150";
        QTest::newRow("timeout 0") << "mantra-mfs110"
                                   << QByteArray("format=\"0\" pidVer=\"2.0\" fCount=\"1\" fType=\"2\" timeout=\"0\" "
                                                 "env=\"P\"")
                                   << "160";
        QTest::newRow("mantra without env") << "mantra-mfs110"
                                            << QByteArray("format=\"0\" pidVer=\"2.0\" fCount=\"1\" fType=\"2\" "
                                                          "timeout=\"5000\"")
                                            << "100";
        QTest::newRow("morpho staging env") << "morpho-mso1300"
                                            << QByteArray("format=\"0\" pidVer=\"2.0\" fCount=\"1\" fType=\"2\" "
                                                          "timeout=\"5000\" env=\"S\"")
                                            << "100";
        QTest::newRow("fType abc") << "mantra-mfs110" << ok + "fCount=\"1\" fType=\"abc\""
                                   << "110";
        QTest::newRow("iris") << "mantra-mfs110" << ok + "fCount=\"1\" fType=\"2\" iCount=\"1\""
                              << "760";
    }
    void badPidOptionsGetTheDriversCodes()
    {
        QFETCH(QString, profile);
        QFETCH(QByteArray, opts);
        QFETCH(QString, errCode);
        RdSimulator sim;
        QVERIFY(sim.setProfile(profile));
        QVERIFY(sim.listen(0));
        QString path = sim.profile().capturePath;
        path.replace(QLatin1String("@port"), QString::number(sim.serverPort()));
        const QByteArray answer = exchange(sim.serverPort(), request("CAPTURE", path.toLatin1(), options(opts)));
        const auto pid = rdxml::parsePidData(bodyOf(answer));
        QVERIFY(pid.ok());
        QCOMPARE(pid.value().errCode, errCode);
        QVERIFY(!bodyOf(answer).contains("<Data"));
    }

    // rd-service.md §4.4: the driver sends the newline inside qScore as a raw byte, not as "&#10;".
    void morphoQScoreCarriesARawNewline()
    {
        RdSimulator sim;
        QVERIFY(sim.setProfile(QStringLiteral("morpho-mso1300")));
        sim.setCaptureDelayMs(0);
        QVERIFY(sim.listen(0));
        QString path = sim.profile().capturePath;
        path.replace(QLatin1String("@port"), QString::number(sim.serverPort()));
        const QByteArray opts = options("fCount=\"1\" fType=\"2\" format=\"0\" pidVer=\"2.0\" timeout=\"5000\" "
                                        "env=\"P\"");
        const QByteArray pid = bodyOf(exchange(sim.serverPort(), request("CAPTURE", path.toLatin1(), opts)));
        QVERIFY2(pid.contains("qScore='59\n'"), pid.left(300).constData());
        QVERIFY(!pid.contains("&#10;"));
        const auto parsed = rdxml::parsePidData(pid);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().qScore(), 59);

        // Other profiles have no newline to write and still parse as before.
        QVERIFY(sim.setProfile(QStringLiteral("mantra-mfs110")));
        const QByteArray mantra = bodyOf(exchange(sim.serverPort(), request("CAPTURE", "/rd/capture", opts)));
        QVERIFY(mantra.contains("qScore=\"78\""));
    }

    void faultNamesRoundTrip()
    {
        const QStringList names = RdSimulator::faultNames();
        QVERIFY(names.contains(QStringLiteral("quadratic-blowup")));
        QVERIFY(names.contains(QStringLiteral("reset-mid-answer")));
        for (const auto& n : names) {
            QCOMPARE(RdSimulator::faultName(RdSimulator::faultFromName(n).value()), n);
        }
        QVERIFY(!RdSimulator::faultFromName(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestRdSimulator)
#include "TestRdSimulator.moc"
