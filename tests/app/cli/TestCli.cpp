// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CliRunner.h"
#include "TestKeys.h"
#include "saathi/Version.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

namespace {
using Run = saathi::test::CliRun;

Run cli(const QStringList& args, const QByteArray& input = {})
{
    return saathi::test::runCli(args, input);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionComesFromCMake()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("saathi-cli " SAATHI_VERSION));
    }

    void signPrintsTheReferenceVector()
    {
        const Run r
            = cli({QStringLiteral("sign"), QStringLiteral("--access-key"), QStringLiteral("test-access-key-123"),
                   QStringLiteral("--timestamp"), QStringLiteral("1700000000000")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("secret_key_timestamp")).toString(), QStringLiteral("1700000000000"));
        QCOMPARE(r.json().value(QStringLiteral("secret_key")).toString(),
                 QStringLiteral("88lqTf9ew69XbVbeczjxVL8/B4vibfp1MvTi1mIj2Xo="));
    }

    void signWithoutTimestampUsesNow()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Run r = cli({QStringLiteral("sign"), QStringLiteral("--access-key"), QStringLiteral("k")});
        QCOMPARE(r.exitCode, 0);
        const qint64 ts = r.json().value(QStringLiteral("secret_key_timestamp")).toString().toLongLong();
        QVERIFY(ts >= before && ts <= QDateTime::currentMSecsSinceEpoch());
    }

    void requestHashPrintsTheReferenceVector()
    {
        const Run r = cli({QStringLiteral("request-hash"), QStringLiteral("--access-key"),
                           QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"), QStringLiteral("--timestamp"),
                           QStringLiteral("1700000000000"), QStringLiteral("151627591"), QStringLiteral("50"),
                           QStringLiteral("20810200")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("request_hash")).toString(),
                 QStringLiteral("TO65c2+vieXFx4+yDLN50NoAHe1fnfyWfIAB2NJkiNc="));
    }

    void encryptAadhaarRoundTripsWithAKeyFile()
    {
        const auto keys = test::makeRsaKeyPair(1024);
        QTemporaryDir dir;
        const QString pem = dir.filePath(QStringLiteral("key.pem"));
        QFile f(pem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(keys.publicPem);
        f.close();
        // "-" reads the number from stdin, keeping it out of the process list; spaces as people type them are fine.
        const Run r = cli({QStringLiteral("encrypt-aadhaar"), QStringLiteral("--public-key"), pem, QStringLiteral("-")},
                          "9999 4105 7058\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(test::kTestAadhaar));
        const QByteArray cipher = r.json().value(QStringLiteral("aadhar")).toString().toLatin1();
        QCOMPARE(test::rsaDecrypt(keys.privatePem, QByteArray::fromBase64(cipher)), QByteArray(test::kTestAadhaar));
    }

    // Issue #13: a number on the command line is readable in /proc/PID/cmdline, so it is refused outright.
    void aadhaarOnTheCommandLineIsRefused()
    {
        const Run r = cli({QStringLiteral("encrypt-aadhaar"), QStringLiteral("--env"), QStringLiteral("uat"),
                           QString::fromLatin1(test::kTestAadhaar)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("never taken from the command line") && r.err.contains("stdin"), r.err.constData());
        QVERIFY(!r.err.contains(test::kTestAadhaar));
        const Run aeps = cli({QStringLiteral("aeps"), QStringLiteral("ekyc-otp"), QStringLiteral("--aadhaar"),
                              QString::fromLatin1(test::kTestAadhaar), QStringLiteral("--mobile"),
                              QStringLiteral("9962981729"), QStringLiteral("--env"), QStringLiteral("uat")});
        QCOMPARE(aeps.exitCode, 2);
        QVERIFY2(aeps.err.contains("never taken from the command line"), aeps.err.constData());
    }

    void encryptAadhaarWithPublishedKey()
    {
        const Run r = cli(
            {QStringLiteral("encrypt-aadhaar"), QStringLiteral("--env"), QStringLiteral("uat"), QStringLiteral("-")},
            QByteArray(test::kTestAadhaar) + '\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("aadhar")).toString().size(), 172);
    }

    void encryptAadhaarRefusesAnInvalidNumber()
    {
        const Run r = cli({QStringLiteral("encrypt-aadhaar"), QStringLiteral("--env"), QStringLiteral("production"),
                           QStringLiteral("-")},
                          "234123412341\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("not a valid Aadhaar number"));
    }

    void encryptAadhaarReportsABadKey()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.pem"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a key");
        f.close();
        const Run r = cli({QStringLiteral("encrypt-aadhaar"), QStringLiteral("--public-key"), bad, QStringLiteral("-")},
                          QByteArray(test::kTestAadhaar) + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not a valid RSA public key"));
    }

    void validatePrintsVerdictAndMessage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("aadhaar ok") << QStringLiteral("aadhaar") << QString::fromLatin1(test::kTestAadhaar) << true;
        QTest::newRow("aadhaar bad") << QStringLiteral("aadhaar") << QStringLiteral("234123412341") << false;
        QTest::newRow("mobile 9 digits") << QStringLiteral("mobile") << QStringLiteral("987654321") << false;
        QTest::newRow("ifsc ok") << QStringLiteral("ifsc") << QStringLiteral("sbin0001234") << true;
        QTest::newRow("pan bad") << QStringLiteral("pan") << QStringLiteral("ABCDE12345") << false;
        QTest::newRow("vid bad") << QStringLiteral("vid") << QStringLiteral("1234") << false;
    }
    void validatePrintsVerdictAndMessage()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const Run r = cli({QStringLiteral("validate"), kind, value});
        QCOMPARE(r.exitCode, valid ? 0 : 1);
        QCOMPARE(r.json().value(QStringLiteral("valid")).toBool(), valid);
        QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY2(!r.out.contains(test::kTestAadhaar), "the full Aadhaar number was echoed");
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({QStringLiteral("nonsense")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("sign")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("validate"), QStringLiteral("shoe-size"), QStringLiteral("9")}).exitCode, 2);
        const Run r = cli({QStringLiteral("request-hash"), QStringLiteral("--access-key"), QStringLiteral("k")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("usage:"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
