// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli never speaks plain HTTP to Eko (issue #13): a plain listener on loopback receives nothing unless the
// user asked for --insecure-loopback, and never for a config that names UAT or production.
#include "CliRunner.h"
#include "TestKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

namespace {

// Everything the listener received: connections accepted by the kernel and the bytes they carried.
struct Received
{
    int connections = 0;
    qint64 bytes = 0;
};

Received drain(QTcpServer& server)
{
    Received r;
    while (server.hasPendingConnections() || server.waitForNewConnection(300)) {
        QTcpSocket* socket = server.nextPendingConnection();
        ++r.connections;
        while (socket->bytesAvailable() > 0 || socket->waitForReadyRead(300)) {
            r.bytes += socket->readAll().size();
        }
        delete socket;
    }
    return r;
}

} // namespace

class TestCliTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_plain.listen(QHostAddress::LocalHost, 0));
        QFile key(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(test::makeRsaKeyPair().publicPem);
        m_key = key.fileName();
    }

    void plainHttpIsRefusedBeforeAnyByteLeaves_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<bool>("insecureLoopback");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no flag") << QString() << false << QByteArray("--insecure-loopback");
        QTest::newRow("training, no flag") << QStringLiteral("training") << false << QByteArray("--insecure-loopback");
        QTest::newRow("uat with the flag") << QStringLiteral("uat") << true << QByteArray("uat always needs https://");
        QTest::newRow("production with the flag")
            << QStringLiteral("production") << true << QByteArray("production always needs https://");
    }

    void plainHttpIsRefusedBeforeAnyByteLeaves()
    {
        QFETCH(QString, environment);
        QFETCH(bool, insecureLoopback);
        QFETCH(QByteArray, message);
        QStringList args = {QStringLiteral("agent"),     QStringLiteral("services"),
                            QStringLiteral("--config"),  writeConfig(plainUrl(), environment),
                            QStringLiteral("--timeout"), QStringLiteral("1")};
        if (insecureLoopback) {
            args << QStringLiteral("--insecure-loopback");
        }
        const test::CliRun r = test::runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not https://") && r.err.contains(message), r.err.constData());
        const Received got = drain(m_plain);
        QCOMPARE(got.connections, 0);
        QCOMPARE(got.bytes, qint64(0));
    }

    void aPlainRemoteHostIsRefusedEvenWithTheFlag()
    {
        const test::CliRun r = test::runCli(
            {QStringLiteral("agent"), QStringLiteral("services"), QStringLiteral("--config"),
             writeConfig(QStringLiteral("http://staging.eko.in/ekoapi"), {}), QStringLiteral("--insecure-loopback")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not https://"), r.err.constData());
    }

    // The control: with the flag, a training config reaches the plain listener, so the test above really bites.
    void theFlagLetsATrainingConfigReachALoopbackSandbox()
    {
        const test::CliRun r
            = test::runCli({QStringLiteral("agent"), QStringLiteral("services"), QStringLiteral("--config"),
                            writeConfig(plainUrl(), {}), QStringLiteral("--timeout"), QStringLiteral("1"),
                            QStringLiteral("--insecure-loopback")});
        QVERIFY2(r.exitCode != 0 && r.exitCode != 2, r.err.constData()); // no answer: the request timed out
        const Received got = drain(m_plain);
        QVERIFY(got.connections > 0);
        QVERIFY(got.bytes > 0);
    }

private:
    QString plainUrl() const { return QStringLiteral("http://127.0.0.1:%1/ekoapi").arg(m_plain.serverPort()); }

    QString writeConfig(const QString& baseUrl, const QString& environment)
    {
        QJsonObject c {{QStringLiteral("base_url"), baseUrl},
                       {QStringLiteral("developer_key"), QStringLiteral("becbbce45f79c6f5109f848acd540567")},
                       {QStringLiteral("access_key"), QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30")},
                       {QStringLiteral("initiator_id"), QStringLiteral("9962981729")},
                       {QStringLiteral("user_code"), QStringLiteral("20810200")},
                       {QStringLiteral("latlong"), QStringLiteral("28.6139,77.2090")},
                       {QStringLiteral("aadhaar_public_key_file"), m_key}};
        if (!environment.isEmpty()) {
            c.insert(QStringLiteral("environment"), environment);
        }
        QFile file(m_dir.filePath(QStringLiteral("config-%1.json").arg(++m_configs)));
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(QJsonDocument(c).toJson());
        return file.fileName();
    }

    QTemporaryDir m_dir;
    QTcpServer m_plain;
    QString m_key;
    int m_configs = 0;
};

QTEST_GUILESS_MAIN(TestCliTransport)
#include "TestCliTransport.moc"
