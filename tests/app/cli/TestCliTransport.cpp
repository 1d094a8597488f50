// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli never speaks plain HTTP to Eko (issue #13): a plain listener on loopback receives nothing unless the
// user asked for --insecure-loopback, and never for a config that names UAT or production.
#include "CliRunner.h"
#include "TestKeys.h"
#include "core/eko/SpkiPins.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
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

    // SPKI pinning from the CLI (security.md T2): "pin_spki": true in --config takes the catalogue's pins for the
    // config's environment; against the sandbox's TLS, a wrong pair fails before any request reaches it.
    void pinnedConfigPassesOnlyWithTheServersKey_data()
    {
        QTest::addColumn<bool>("rightPin");
        QTest::newRow("backup pin matches") << true;
        QTest::newRow("wrong pins") << false;
    }

    void pinnedConfigPassesOnlyWithTheServersKey()
    {
        QFETCH(bool, rightPin);
        sandbox::EkoSandbox tls;
        tls.setTlsEnabled(true);
        QVERIFY(tls.listen(0));
        QFile server(QStringLiteral(":/saathi/sandbox/tls/server.pem"));
        QVERIFY(server.open(QIODevice::ReadOnly));
        const QByteArray serverPin = eko::spkiPin(QSslCertificate::fromData(server.readAll()).value(0));
        const QByteArray other = QCryptographicHash::hash("old key", QCryptographicHash::Sha256).toBase64();
        const QByteArray second
            = rightPin ? serverPin : QCryptographicHash::hash("x", QCryptographicHash::Sha256).toBase64();

        QFile builtIn(QStringLiteral(":/saathi/eko/endpoints.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject catalogue = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonObject envs = catalogue.value(QStringLiteral("environments")).toObject();
        QJsonObject training = envs.value(QStringLiteral("training")).toObject();
        training.insert(QStringLiteral("spki_pins"),
                        QJsonArray {QString::fromLatin1(other), QString::fromLatin1(second)});
        envs.insert(QStringLiteral("training"), training);
        catalogue.insert(QStringLiteral("environments"), envs);
        const QString catalogueFile = writeFile(QStringLiteral("pinned.json"), QJsonDocument(catalogue).toJson());
        const QString ca = writeFile(QStringLiteral("ca.pem"), sandbox::EkoSandbox::caCertificate().toPem());

        QJsonObject config
            = QJsonDocument::fromJson(readFile(writeConfig(tls.baseUrl().toString(), QStringLiteral("training"))))
                  .object();
        config.insert(QStringLiteral("ca_file"), ca);
        config.insert(QStringLiteral("pin_spki"), true);
        config.insert(QStringLiteral("developer_key"), tls.config().partner.developerKey);
        config.insert(QStringLiteral("access_key"), tls.config().partner.accessKey);
        config.insert(QStringLiteral("initiator_id"), tls.config().partner.initiatorId);
        const QString configFile = writeFile(QStringLiteral("pinned-config.json"), QJsonDocument(config).toJson());

        QProcess cli;
        cli.start(qEnvironmentVariable("SAATHI_CLI"),
                  {QStringLiteral("agent"), QStringLiteral("services"), QStringLiteral("--config"), configFile,
                   QStringLiteral("--catalogue"), catalogueFile, QStringLiteral("--timeout"), QStringLiteral("5")});
        QSignalSpy done(&cli, &QProcess::finished);
        QVERIFY(done.wait(30000)); // the sandbox answers on this thread's loop meanwhile
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        if (rightPin) {
            QVERIFY2(cli.exitCode() == 0, QByteArray(out + err).constData());
            QVERIFY(!tls.requestLog().isEmpty());
        } else {
            QCOMPARE(cli.exitCode(), 1);
            QVERIFY2(out.contains("eko.pin_mismatch"), out.constData());
            QVERIFY(tls.requestLog().isEmpty()); // the sandbox received no request
        }
    }

private:
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(bytes);
        return file.fileName();
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

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
