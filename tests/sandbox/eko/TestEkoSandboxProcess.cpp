// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The real saathi-eko-sandbox executable standing in for UAT with a partner of its own, over TLS: a signed call
// with that partner's keys passes, with training's published keys it is refused (403), and the files it writes
// (CA, Aadhaar key) are what a client needs as eko/uat/ca_file and eko/uat/aadhaar_public_key_file.
#include "core/crypto/AadhaarCipher.h"
#include "core/eko/AgentOperations.h"
#include "core/eko/EkoClient.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

namespace {
const QString kDeveloperKey = QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
const QString kAccessKey = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
const QString kInitiator = QStringLiteral("9876512345");
const QString kUserCode = QStringLiteral("30310001");
} // namespace

class TestEkoSandboxProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
        m_keyFile = m_dir.filePath(QStringLiteral("aadhaar.pem"));
        m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sandbox.start(qEnvironmentVariable("SAATHI_EKO_SANDBOX"),
                        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls"),
                         QStringLiteral("--developer-key"), kDeveloperKey, QStringLiteral("--access-key"), kAccessKey,
                         QStringLiteral("--initiator-id"), kInitiator, QStringLiteral("--user-code"), kUserCode,
                         QStringLiteral("--agent-mobile"), kInitiator, QStringLiteral("--activation-delay-ms"),
                         QStringLiteral("0"), QStringLiteral("--write-ca"), m_caFile,
                         QStringLiteral("--write-public-key"), m_keyFile});
        QVERIFY(m_sandbox.waitForReadyRead(20000));
        QByteArray first = m_sandbox.readAllStandardOutput();
        while (!first.contains('}') && m_sandbox.waitForReadyRead(5000)) {
            first += m_sandbox.readAllStandardOutput();
        }
        const QJsonObject line = QJsonDocument::fromJson(first.left(first.indexOf('}') + 1)).object();
        m_baseUrl = QUrl(line.value(QStringLiteral("base_url")).toString());
        QVERIFY2(m_baseUrl.scheme() == QLatin1String("https"), first.constData());
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished(5000);
    }

    void helpNamesEveryOption()
    {
        QProcess help;
        help.start(qEnvironmentVariable("SAATHI_EKO_SANDBOX"), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(20000));
        const QByteArray text = help.readAllStandardOutput();
        for (const char* option : {"--developer-key", "--access-key", "--initiator-id", "--user-code", "--agent-mobile",
                                   "--activation-delay-ms", "--write-ca", "--write-public-key", "--tls"}) {
            QVERIFY2(text.contains(option), option);
        }
    }

    void writesTheCaAndTheAadhaarKeyAClientNeeds()
    {
        QCOMPARE(QSslCertificate::fromPath(m_caFile, QSsl::Pem).size(), 1);
        QVERIFY(AadhaarCipher::fromPublicKeyFile(m_keyFile).ok());
    }

    void itsOwnPartnerPassesAndTrainingsKeysAreRefused()
    {
        eko::EkoResponse own = services({kDeveloperKey, kAccessKey, kInitiator, kUserCode});
        QCOMPARE(own.httpStatus, 200);
        QVERIFY2(own.outcome == eko::Outcome::Success, qPrintable(own.error.detail));

        // Training's published UAT keys: the gateway refuses the signature, as Eko refuses another partner's keys.
        eko::EkoResponse training = services({QStringLiteral("becbbce45f79c6f5109f848acd540567"),
                                              QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"),
                                              QStringLiteral("9962981729"), QStringLiteral("20810200")});
        QCOMPARE(training.httpStatus, 403);
        QCOMPARE(training.error.code, QStringLiteral("eko.http_403"));

        // The right developer key with another access key: still a 403.
        eko::EkoResponse wrongAccess
            = services({kDeveloperKey, QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"), kInitiator, kUserCode});
        QCOMPARE(wrongAccess.httpStatus, 403);
    }

    void aServicesEnquiryWithoutAUserCodeGetsAnEnvelopeNotAGatewayError()
    {
        eko::EkoResponse r = services({kDeveloperKey, kAccessKey, kInitiator, QString()});
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.hasEnvelope);
        QVERIFY(r.envelope.hasStatus);
    }

private:
    eko::EkoResponse services(const eko::EkoCredentials& credentials)
    {
        eko::EkoConfig config;
        config.baseUrl = m_baseUrl;
        config.credentials = credentials;
        config.extraCaCertificates = QSslCertificate::fromPath(m_caFile, QSsl::Pem);
        config.aadhaarCipher = AadhaarCipher::fromPublicKeyFile(m_keyFile).value();
        config.timeoutMs = 5000;
        config.getRetries = 0;
        eko::EkoClient client(&m_network, eko::EndpointCatalogue::builtIn().value(), config, SystemClock::instance());
        eko::AgentOperations ops(client);
        eko::EkoJob* job = ops.services();
        QSignalSpy spy(job, &eko::EkoJob::finished);
        if (!spy.wait(10000)) {
            return {};
        }
        return spy.first().first().value<eko::EkoResponse>();
    }

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_caFile;
    QString m_keyFile;
};

QTEST_GUILESS_MAIN(TestEkoSandboxProcess)
#include "TestEkoSandboxProcess.moc"
