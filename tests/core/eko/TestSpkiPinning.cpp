// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Optional SPKI pinning (security.md T2) against the sandbox's real TLS on loopback: the right pin passes, a wrong
// one is a hard failure before any request reaches the server, and a backup pin that matches passes.
#include "core/crypto/AadhaarCipher.h"
#include "core/eko/AgentOperations.h"
#include "core/eko/EkoClient.h"
#include "core/eko/SpkiPins.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace saathi;

namespace {
QByteArray randomPin(const char* seed)
{
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toBase64();
}
} // namespace

class TestSpkiPinning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QFile server(QStringLiteral(":/saathi/sandbox/tls/server.pem"));
        QVERIFY(server.open(QIODevice::ReadOnly));
        const auto certs = QSslCertificate::fromData(server.readAll());
        QVERIFY(!certs.isEmpty());
        m_serverPin = eko::spkiPin(certs.first());
        QCOMPARE(QByteArray::fromBase64(m_serverPin).size(), 32);
        QVERIFY(eko::spkiPin(sandbox::EkoSandbox::caCertificate()) != m_serverPin);
    }

    void pinsDecideBeforeAnyRequestIsSent_data()
    {
        QTest::addColumn<QList<QByteArray>>("pins");
        QTest::addColumn<bool>("passes");
        QTest::newRow("no pinning") << QList<QByteArray>() << true;
        QTest::newRow("right pin first") << QList<QByteArray> {m_serverPin, randomPin("backup")} << true;
        QTest::newRow("backup matches") << QList<QByteArray> {randomPin("old key"), m_serverPin} << true;
        QTest::newRow("wrong pins") << QList<QByteArray> {randomPin("a"), randomPin("b")} << false;
    }

    void pinsDecideBeforeAnyRequestIsSent()
    {
        QFETCH(QList<QByteArray>, pins);
        QFETCH(bool, passes);
        const SystemClock& clock = SystemClock::instance();
        sandbox::EkoSandbox sandbox(sandbox::EkoSandboxConfig {}, &clock);
        sandbox.setTlsEnabled(true);
        QVERIFY(sandbox.listen(0));
        QCOMPARE(sandbox.baseUrl().scheme(), QStringLiteral("https"));
        eko::EkoConfig config;
        config.baseUrl = sandbox.baseUrl();
        const auto& partner = sandbox.config().partner;
        config.credentials = {partner.developerKey, partner.accessKey, partner.initiatorId, QStringLiteral("20810200")};
        config.extraCaCertificates = {sandbox::EkoSandbox::caCertificate()};
        config.spkiPins = pins;
        config.timeoutMs = 5000;
        QNetworkAccessManager network;
        eko::EkoClient client(&network, eko::EndpointCatalogue::builtIn().value(), config, clock);

        // A money request: the one that must never leave when the key is wrong (and is never retried).
        eko::EkoRequest request;
        request.operation = QStringLiteral("dmt_fino.transfer");
        request.clientRefId = QStringLiteral("PINTEST%1").arg(++m_runs);
        request.fields = QJsonObject {{QStringLiteral("customer_id"), QStringLiteral("9876543210")},
                                      {QStringLiteral("recipient_id"), QStringLiteral("1")},
                                      {QStringLiteral("amount"), QStringLiteral("100")},
                                      {QStringLiteral("otp"), QStringLiteral("123456")},
                                      {QStringLiteral("otp_ref_id"), QStringLiteral("1")}};
        eko::EkoJob* job = client.call(request);
        QSignalSpy finished(job, &eko::EkoJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const auto response = finished.first().first().value<eko::EkoResponse>();
        if (passes) {
            QVERIFY2(response.error.code != QLatin1String("eko.pin_mismatch"), qPrintable(response.error.detail));
            QVERIFY(response.httpStatus != 0); // the sandbox answered (whatever it thought of the fields)
            QVERIFY(!sandbox.requestLog().isEmpty());
        } else {
            QCOMPARE(response.error.code, QStringLiteral("eko.pin_mismatch"));
            QCOMPARE(response.outcome, eko::Outcome::Failed); // not Unknown: nothing was sent, nothing to inquire
            QVERIFY(!response.error.userMessage.isEmpty());
            QVERIFY(sandbox.requestLog().isEmpty()); // the server received no request at all
        }
    }

    void catalogueNeedsTwoWellFormedPins()
    {
        const QByteArray ops = ", \"operations\": {\"agent.services\": {\"method\": \"GET\", \"version\": \"v3\", "
                               "\"path\": \"/user/account/services\", \"body\": \"none\"}}}";
        const QByteArray a = randomPin("a");
        const QByteArray b = randomPin("b");
        const auto two = eko::EndpointCatalogue::fromJson("{\"environments\": {\"production\": {\"spki_pins\": [\"" + a
                                                          + "\", \"" + b + "\"]}}" + ops);
        QVERIFY(two);
        QCOMPARE(two.value().spkiPins(EkoEnvironment::Production), (QList<QByteArray> {a, b}));
        QVERIFY(two.value().spkiPins(EkoEnvironment::Uat).isEmpty());
        QVERIFY(!eko::EndpointCatalogue::fromJson("{\"environments\": {\"production\": {\"spki_pins\": [\"" + a
                                                  + "\"]}}" + ops));
        QVERIFY(!eko::EndpointCatalogue::fromJson("{\"environments\": {\"production\": {\"spki_pins\": [\"" + a
                                                  + "\", \"bm90IGEgaGFzaA==\"]}}" + ops));
    }

private:
    QByteArray m_serverPin;
    int m_runs = 0;
};

QTEST_GUILESS_MAIN(TestSpkiPinning)
#include "TestSpkiPinning.moc"
