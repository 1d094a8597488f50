// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// A PID file is read like a capture (issue #13, security.md P1): capped, no DTD, errCode checked, record complete.
#include "core/device/DeviceErrors.h"
#include "core/device/PidFile.h"
#include "sandbox/common/SimulatedPid.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::device;

namespace {
const QByteArray kComplete = "<PidData><Resp errCode=\"0\" errInfo=\"Success\" fCount=\"1\" fType=\"2\" "
                             "qScore=\"72\"/><DeviceInfo dpId=\"A\" rdsId=\"B\" rdsVer=\"1\" dc=\"d\" mi=\"m\" "
                             "mc=\"Y2VydA==\"/><Skey ci=\"20280813\">c2tleQ==</Skey><Hmac>aG1hYw==</Hmac>"
                             "<Data type=\"X\">ZGF0YQ==</Data></PidData>";

QByteArray withResp(const QByteArray& resp)
{
    QByteArray xml = kComplete;
    xml.replace("<Resp errCode=\"0\" errInfo=\"Success\" fCount=\"1\" fType=\"2\" qScore=\"72\"/>", resp);
    return xml;
}
} // namespace

class TestPidFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aDevicesPidIsAcceptedByteForByte()
    {
        const QByteArray xml = sandbox::simulatedPidXml(QDateTime::currentDateTime());
        const auto r = pidfile::parsePidFileBytes(xml);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r.value().pidXml.toByteArray(), xml);
        QVERIFY(pidfile::parsePidFileBytes(kComplete).ok());
    }

    void hostileOrFailedPidsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::newRow("errCode 720") << withResp("<Resp errCode=\"720\" errInfo=\"Success\" fType=\"2\"/>")
                                     << QStringLiteral("rd.720");
        QTest::newRow("errCode 720 without data")
            << QByteArray("<PidData><Resp errCode=\"720\"/></PidData>") << QStringLiteral("rd.720");
        QTest::newRow("DTD") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE PidData [<!ENTITY a \"aaaa\">]>")
                + kComplete << QStringLiteral("rd.bad_xml");
        QTest::newRow("external entity") << QByteArray("<!DOCTYPE PidData [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                + kComplete << QStringLiteral("rd.bad_xml");
        QTest::newRow("64 KiB + 1") << kComplete + QByteArray(pidfile::kMaxPidFileBytes + 1 - kComplete.size(), ' ')
                                    << QStringLiteral("rd.too_large");
        QTest::newRow("unknown fType") << withResp("<Resp errCode=\"0\" fCount=\"1\" fType=\"7\"/>")
                                       << QStringLiteral("rd.wrong_ftype");
        QTest::newRow("no fType") << withResp("<Resp errCode=\"0\" fCount=\"1\"/>") << QStringLiteral("rd.wrong_ftype");
        QTest::newRow("not PidData") << QByteArray("<Pid><Resp errCode=\"0\"/></Pid>") << QStringLiteral("rd.bad_xml");
        QTest::newRow("incomplete") << QByteArray("<PidData><Resp errCode=\"0\" fType=\"2\"/></PidData>")
                                    << QStringLiteral("rd.incomplete_pid");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("rd.bad_xml");
    }

    void hostileOrFailedPidsAreRefused()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        const auto r = pidfile::parsePidFileBytes(xml);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().userMessage.isEmpty());
    }

    void theFileIsReadUpToTheCapOnly()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.xml")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(kComplete);
        big.write(QByteArray(8 * 1024 * 1024, ' ')); // 8 MiB of padding: refused after reading 64 KiB + 1
        big.close();
        QCOMPARE(pidfile::readPidFile(big.fileName()).error().code, QStringLiteral("rd.too_large"));
        QCOMPARE(pidfile::readPidFile(dir.filePath(QStringLiteral("missing.xml"))).error().code,
                 QStringLiteral("rd.pid_file_unreadable"));
        QFile good(dir.filePath(QStringLiteral("good.xml")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(kComplete);
        good.close();
        const auto r = pidfile::readPidFile(good.fileName());
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r.value().pidXml.toByteArray(), kComplete);
    }
};

QTEST_GUILESS_MAIN(TestPidFile)
#include "TestPidFile.moc"
