// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The two catalogue switches (README "Catalogue switches") on the wire, against a canned loopback server: the
// merchant authentication's body and the id in the withdrawal's field the catalogue names; Aadhaar Pay refused
// before sending when the catalogue turns it off. The catalogue is the built-in one with the switch edited, as an
// integrator's file would be.
#include "CannedHttpServer.h"
#include "TestKeys.h"
#include "core/eko/AepsOperations.h"
#include "core/eko/EkoClient.h"
#include "core/util/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::eko;
using test::CannedHttpServer;

namespace {
const QByteArray kPid = "<PidData><Resp errCode=\"0\" fType=\"2\"/><Data type=\"X\">AAAA+/==</Data></PidData>";

EkoResponse waitFor(EkoJob* job)
{
    QSignalSpy spy(job, &EkoJob::finished);
    if (spy.isEmpty()) {
        spy.wait(15000);
    }
    if (spy.isEmpty()) {
        EkoResponse none;
        none.error.code = QStringLiteral("test.no_answer");
        return none;
    }
    return spy.first().first().value<EkoResponse>();
}

// The built-in catalogue with `switches` edited: what an integrator's catalogue_file does without recompiling.
EndpointCatalogue catalogueWith(const QJsonObject& switches)
{
    QFile file(QStringLiteral(":/saathi/eko/endpoints.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("no built-in catalogue");
    }
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject merged = root.value(QStringLiteral("switches")).toObject();
    for (auto it = switches.begin(); it != switches.end(); ++it) {
        merged.insert(it.key(), it.value());
    }
    root.insert(QStringLiteral("switches"), merged);
    auto catalogue = EndpointCatalogue::fromJson(QJsonDocument(root).toJson());
    if (!catalogue) {
        qFatal("%s", qPrintable(catalogue.error().detail));
    }
    return catalogue.value();
}

QJsonObject bodyOf(const CannedHttpServer::Received& wire)
{
    return QJsonDocument::fromJson(wire.body).object();
}
} // namespace

class TestCatalogueSwitchesWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<CannedHttpServer>();
        m_keys = test::makeRsaKeyPair(1024);
        m_config.baseUrl = QUrl(QString::fromLatin1(m_server->baseUrl()));
        m_config.credentials = {QStringLiteral("becbbce45f79c6f5109f848acd540567"),
                                QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"), QStringLiteral("9962981729"),
                                QStringLiteral("20810200")};
        m_config.latLong = QStringLiteral("28.6139,77.2090");
        m_config.aadhaarCipher = AadhaarCipher::fromPublicKey(m_keys.publicPem).value();
        m_config.timeoutMs = 1500;
        m_config.retryBaseDelayMs = 20;
        m_clock = std::make_unique<ManualClock>(1700000000000);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void builtInCatalogueHasBothSwitchesAtTheirDefaults()
    {
        const CatalogueSwitches s = EndpointCatalogue::builtIn().value().switches();
        QVERIFY(!s.merchantAuthPerWithdrawal);
        QCOMPARE(s.merchantAuthReferenceField, QStringLiteral("reference_id"));
        QCOMPARE(s.aadhaarPay, AadhaarPayRoute::V2Aeps);
        makeClient(EndpointCatalogue::builtIn().value());
        AepsOperations aeps(*m_client);
        QVERIFY(!aeps.merchantAuthPerWithdrawal());
        QVERIFY(aeps.aadhaarPayRefusal().isNull());
    }

    void merchantAuthSendsTheAgentsFieldsLikeTheDailyKyc()
    {
        makeClient(catalogueWith({{QStringLiteral("merchant_auth_per_withdrawal"), true}}));
        m_server->enqueueJson(R"({"status":0,"response_type_id":1752,"message":"Merchant authenticated",
            "data":{"reference_id":"MA778899","reference_tid":"MA778899"}})");
        AepsOperations aeps(*m_client);
        QVERIFY(aeps.merchantAuthPerWithdrawal());
        const AgentIdentity agent {QStringLiteral("9962981729"), SecureBytes(QByteArray(test::kTestAadhaar)),
                                   QStringLiteral("HDFC")};
        const EkoResponse r = waitFor(aeps.merchantAuth(agent, SecureBytes(kPid), QStringLiteral("MAREF1")));
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(AepsOperations::merchantAuthReference(r.envelope.data), QStringLiteral("MA778899"));
        QCOMPARE(m_server->received().size(), 1);
        const auto& wire = m_server->received().first();
        QCOMPARE(wire.method, QByteArray("POST"));
        QCOMPARE(wire.target, QByteArray("/ekoapi/v2/aeps/aepsmerchantauth"));
        QVERIFY(!wire.body.contains(test::kTestAadhaar));
        const QJsonObject body = bodyOf(wire);
        QStringList keys = body.keys();
        keys.sort();
        QCOMPARE(keys,
                 QStringList({"aadhar", "bank_code", "client_ref_id", "customer_id", "initiator_id", "latlong",
                              "piddata", "user_code"}));
        QCOMPARE(body.value(QStringLiteral("customer_id")).toString(), QStringLiteral("9962981729"));
        QCOMPARE(body.value(QStringLiteral("bank_code")).toString(), QStringLiteral("HDFC"));
        QCOMPARE(body.value(QStringLiteral("client_ref_id")).toString(), QStringLiteral("MAREF1"));
        QCOMPARE(body.value(QStringLiteral("piddata")).toString().toUtf8(), kPid);
        const QByteArray aadhar = body.value(QStringLiteral("aadhar")).toString().toLatin1();
        QCOMPARE(test::rsaDecrypt(m_keys.privatePem, QByteArray::fromBase64(aadhar)), QByteArray(test::kTestAadhaar));
    }

    void merchantAuthReferenceIsReadUnderEitherName()
    {
        QCOMPARE(AepsOperations::merchantAuthReference(QJsonObject {{"reference_tid", "T1"}}), QStringLiteral("T1"));
        QCOMPARE(AepsOperations::merchantAuthReference(QJsonObject {{"reference_id", 4455}}), QStringLiteral("4455"));
        QVERIFY(AepsOperations::merchantAuthReference(QJsonObject {{"tid", "9"}}).isEmpty());
    }

    void withdrawalCarriesTheIdInTheFieldTheCatalogueNames_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("other");
        QTest::newRow("reference_id") << "reference_id"
                                      << "reference_tid";
        QTest::newRow("reference_tid") << "reference_tid"
                                       << "reference_id";
    }
    void withdrawalCarriesTheIdInTheFieldTheCatalogueNames()
    {
        QFETCH(QString, field);
        QFETCH(QString, other);
        makeClient(catalogueWith({{QStringLiteral("merchant_auth_per_withdrawal"), true},
                                  {QStringLiteral("merchant_auth_reference_field"), field}}));
        m_server->enqueueJson(R"({"status":0,"response_type_id":1463,"data":{"tx_status":"0","tid":"9001"}})");
        AepsOperations aeps(*m_client);
        QCOMPARE(waitFor(aeps.cashWithdrawal(withdrawal(), QStringLiteral("CW1"), QStringLiteral("MA778899"))).outcome,
                 Outcome::Success);
        const QJsonObject body = bodyOf(m_server->received().first());
        QCOMPARE(body.value(field).toString(), QStringLiteral("MA778899"));
        QVERIFY(!body.contains(other));
    }

    void withdrawalWithoutTheSwitchCarriesNoReference()
    {
        makeClient(EndpointCatalogue::builtIn().value());
        m_server->enqueueJson(R"({"status":0,"response_type_id":1463,"data":{"tx_status":"0","tid":"9001"}})");
        AepsOperations aeps(*m_client);
        QCOMPARE(waitFor(aeps.cashWithdrawal(withdrawal(), QStringLiteral("CW2"))).outcome, Outcome::Success);
        const QJsonObject body = bodyOf(m_server->received().first());
        QVERIFY(!body.contains(QStringLiteral("reference_id")));
        QVERIFY(!body.contains(QStringLiteral("reference_tid")));
    }

    void aadhaarPayOffIsRefusedBeforeAnythingIsSent()
    {
        makeClient(catalogueWith({{QStringLiteral("aadhaar_pay"), QStringLiteral("off")}}));
        AepsOperations aeps(*m_client);
        const Error refusal = aeps.aadhaarPayRefusal();
        QCOMPARE(refusal.code, QStringLiteral("aeps.aadhaar_pay_off"));
        QVERIFY(!refusal.userMessage.isEmpty());
        const EkoResponse r = waitFor(aeps.aadhaarPay(withdrawal(), QStringLiteral("AP1")));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.error.code, QStringLiteral("aeps.aadhaar_pay_off"));
        QCOMPARE(m_server->received().size(), 0);
    }

private:
    void makeClient(EndpointCatalogue catalogue)
    {
        m_client = std::make_unique<EkoClient>(&m_nam, std::move(catalogue), m_config, *m_clock);
    }
    static AepsCustomerRequest withdrawal()
    {
        return AepsCustomerRequest {QStringLiteral("9876543210"), QStringLiteral("SBIN"),
                                    SecureBytes(QByteArray(test::kTestAadhaar)), SecureBytes(kPid),
                                    Paise::fromRupees(2500)};
    }

    std::unique_ptr<CannedHttpServer> m_server;
    test::TestKeyPair m_keys;
    EkoConfig m_config;
    std::unique_ptr<ManualClock> m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EkoClient> m_client;
};

QTEST_GUILESS_MAIN(TestCatalogueSwitchesWire)
#include "TestCatalogueSwitchesWire.moc"
