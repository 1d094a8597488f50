// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Eko's gateway rules in the sandbox: 402 → 403 → 404 → 405 → 415 → 97, in that order, over real HTTP.
#include "SandboxTestClient.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QJsonArray>
#include <QTest>

using namespace saathi;
using namespace saathi::sandbox;
using saathi::test::SandboxTestClient;

class TestEkoSandboxGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void missingDeveloperKeyIs402();
    void unknownDeveloperKeyIs403();
    void badSignatureOrStaleTimestampIs403_data();
    void badSignatureOrStaleTimestampIs403();
    void unknownPathIs404NoMappingRule();
    void wrongMethodIs405();
    void wrongContentTypeIs415();
    void formIsAcceptedOnV3ByDefault();
    void missingFieldsAre97WithInvalidParams();
    void badAadhaarCiphertextIsInvalidParamsAadhar();
    void ekoiciciRootIsAccepted();
    void lookupsHaveEkoShapes();
    void requestLogKeepsNoBodies();
    void controlEndpointArmsFaults();
    void plainAadhaarOutsideAadharFieldIsRejected();
    void okeyKeySuffixIsOptional();
    void printsPublicKey();

private:
    ManualClock m_clock {1700000000000};
    std::unique_ptr<EkoSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestEkoSandboxGateway::init()
{
    m_clock.setNowMs(1700000000000);
    m_sandbox = std::make_unique<EkoSandbox>(EkoSandboxConfig(), &m_clock);
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl(), m_clock);
}

void TestEkoSandboxGateway::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestEkoSandboxGateway::missingDeveloperKeyIs402()
{
    m_client->sign = false;
    const auto r = m_client->get(QStringLiteral("/v3/tools/reference/banks"));
    QCOMPARE(r.httpStatus, 402);
    // The order matters: a missing key is 402 even on an unknown path.
    QCOMPARE(m_client->get(QStringLiteral("/v9/nothing/here")).httpStatus, 402);
}

void TestEkoSandboxGateway::unknownDeveloperKeyIs403()
{
    m_client->developerKey = QStringLiteral("becbbbe45f79c6f5109f848acd540567"); // seed 000's typo
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/banks")).httpStatus, 403);
}

void TestEkoSandboxGateway::badSignatureOrStaleTimestampIs403_data()
{
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<int>("expected");
    QTest::newRow("right key, now") << QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30") << qint64(0) << 200;
    QTest::newRow("old UAT key") << QStringLiteral("f74c50a1-f705-4634-9cda-30a477df91b7") << qint64(0) << 403;
    QTest::newRow("4 min behind") << QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30") << qint64(-240000) << 200;
    QTest::newRow("6 min behind") << QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30") << qint64(-360000) << 403;
    QTest::newRow("6 min ahead") << QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30") << qint64(360000) << 403;
}

void TestEkoSandboxGateway::badSignatureOrStaleTimestampIs403()
{
    QFETCH(QString, accessKey);
    QFETCH(qint64, offsetMs);
    QFETCH(int, expected);
    m_client->accessKey = accessKey;
    m_client->timestampOffsetMs = offsetMs;
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/banks")).httpStatus, expected);
}

void TestEkoSandboxGateway::unknownPathIs404NoMappingRule()
{
    const auto r = m_client->json("POST", QStringLiteral("/v3/customer/collection/aeps-fingpay"), {});
    QCOMPARE(r.httpStatus, 404);
    QVERIFY(r.body.contains("No mapping rule matched"));
    // The seed's misspelling-corrected path does not exist at Eko either.
    QCOMPARE(
        m_client->json("POST", QStringLiteral("/v3/customer/collection/aeps-fingpay/cash-withdrawal/9876543210"), {})
            .httpStatus,
        404);
}

void TestEkoSandboxGateway::wrongMethodIs405()
{
    QCOMPARE(
        m_client->json("POST", QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/biometric/daily"), {}).httpStatus,
        405);
    QCOMPARE(m_client->json("PUT", QStringLiteral("/v3/tools/reference/banks"), {}).httpStatus, 405);
}

void TestEkoSandboxGateway::wrongContentTypeIs415()
{
    const QUrl url = m_client->url(QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/otp"));
    QCOMPARE(m_client->raw("POST", url, "{}", "text/plain").httpStatus, 415);
    QCOMPARE(m_client->raw("POST", url, "{}", QByteArray()).httpStatus, 415);
    // Classic routes are form-urlencoded only (reference §1.3); /v2/aeps is JSON only.
    QCOMPARE(
        m_client->raw("POST", m_client->url(QStringLiteral("/v2/transactions")), "{}", "application/json").httpStatus,
        415);
    QCOMPARE(m_client
                 ->raw("POST", m_client->url(QStringLiteral("/v2/aeps")), "initiator_id=9962981729",
                       "application/x-www-form-urlencoded")
                 .httpStatus,
             415);
    // Strict mode (--strict-content-type): JSON routes take JSON alone.
    EkoSandboxConfig config;
    config.acceptFormOnJsonRoutes = false;
    m_sandbox->setConfig(config);
    QCOMPARE(m_client->raw("POST", url, "initiator_id=9962981729", "application/x-www-form-urlencoded").httpStatus,
             415);
}

void TestEkoSandboxGateway::formIsAcceptedOnV3ByDefault()
{
    // Reference §1.3 / §17.1: v3 routes take both encodings unless the sandbox is told to be strict.
    QVERIFY(m_sandbox->config().acceptFormOnJsonRoutes);
    const QUrl url = m_client->url(QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/otp"));
    const auto r
        = m_client->raw("POST", url, "initiator_id=9962981729&user_code=20810200", "application/x-www-form-urlencoded");
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.status(), 97); // reached the API: the form was read, aadhar etc. are missing
    QVERIFY(r.invalidParams().contains(QStringLiteral("aadhar")));
}

void TestEkoSandboxGateway::missingFieldsAre97WithInvalidParams()
{
    const auto r
        = m_client->json("POST", QStringLiteral("/v3/customer/collection/aeps-fingpay/cash-withdrawl/9876543210"),
                         {{QStringLiteral("latlong"), QStringLiteral("12.97,77.59")}});
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.status(), 97);
    QCOMPARE(r.json.value(QStringLiteral("response_type_id")).toInt(), -1);
    QCOMPARE(r.json.value(QStringLiteral("response_status_id")).toInt(), 1);
    for (const char* field : {"bank_code", "aadhar", "piddata", "amount"}) {
        QVERIFY2(r.invalidParams().contains(QLatin1String(field)), field);
    }
    QVERIFY(!r.invalidParams().contains(QStringLiteral("client_ref_id"))); // optional on v3 (reference §6)
    QVERIFY(!r.invalidParams().contains(QStringLiteral("latlong")));
}

void TestEkoSandboxGateway::badAadhaarCiphertextIsInvalidParamsAadhar()
{
    const QString notVerhoeff = m_client->encryptAadhaar(QStringLiteral("999941057059"));
    QVERIFY(!notVerhoeff.isEmpty());
    for (const QString& aadhar : {QStringLiteral("bm90IGEgY2lwaGVydGV4dA=="), notVerhoeff, QStringLiteral("!!")}) {
        const auto r = m_client->json("POST", QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/otp"),
                                      {{QStringLiteral("aadhar"), aadhar},
                                       {QStringLiteral("customer_id"), QStringLiteral("9962981729")},
                                       {QStringLiteral("latlong"), QStringLiteral("12.97,77.59")}});
        QCOMPARE(r.status(), 97);
        QVERIFY(r.invalidParams().contains(QStringLiteral("aadhar")));
    }
}

void TestEkoSandboxGateway::ekoiciciRootIsAccepted()
{
    QUrl url = m_sandbox->serverUrl();
    url.setPath(QStringLiteral("/ekoicici/v3/tools/reference/banks"));
    url.setQuery(QStringLiteral("initiator_id=9962981729&user_code=20810200"));
    QCOMPARE(m_client->raw("GET", url, {}, {}).httpStatus, 200);
    url.setPath(QStringLiteral("/otherroot/v3/tools/reference/banks"));
    QCOMPARE(m_client->raw("GET", url, {}, {}).httpStatus, 404);
}

void TestEkoSandboxGateway::lookupsHaveEkoShapes()
{
    const auto banks = m_client->get(QStringLiteral("/v3/tools/reference/banks"));
    QCOMPARE(banks.status(), 0);
    const QJsonArray list = banks.data().value(QStringLiteral("list")).toArray();
    QVERIFY(list.size() >= 20);
    QStringList codes;
    for (const QJsonValue& b : list) {
        codes << b.toObject().value(QStringLiteral("code")).toString();
    }
    for (const char* code : {"SBIN", "HDFC", "ICIC", "PUNB", "BARB", "UBIN", "KARB", "CNRB"}) {
        QVERIFY2(codes.contains(QLatin1String(code)), code);
    }
    const auto states = m_client->get(QStringLiteral("/v3/user/collection/aeps-fingpay/get-states"));
    QCOMPARE(states.typeId(), 2127);
    const QJsonArray stateList = states.json.value(QStringLiteral("param_attributes"))
                                     .toObject()
                                     .value(QStringLiteral("list_elements"))
                                     .toArray();
    QVERIFY(stateList.size() > 20);
    const auto mcc = m_client->get(QStringLiteral("/v3/user/collection/aeps-fingpay/get-Mcc-Category"));
    QCOMPARE(mcc.typeId(), 2110);
    const auto services = m_client->get(QStringLiteral("/v3/user/account/services"));
    const QJsonArray serviceList = services.data().value(QStringLiteral("service_status_list")).toArray();
    QCOMPARE(serviceList.size(), 1);
    QCOMPARE(serviceList[0].toObject().value(QStringLiteral("service_code")).toString(), QStringLiteral("43"));
    QCOMPARE(serviceList[0].toObject().value(QStringLiteral("status")).toInt(), 1);
    const auto balance = m_client->get(QStringLiteral("/v3/user/account/balance"),
                                       {{QStringLiteral("customer_id_type"), QStringLiteral("mobile_number")},
                                        {QStringLiteral("customer_id"), QStringLiteral("9962981729")}});
    QCOMPARE(balance.dataText(QStringLiteral("balance")), QStringLiteral("50000.00")); // defaultAgentWallet
    QVERIFY(!balance.dateHeader.isEmpty());
}

void TestEkoSandboxGateway::requestLogKeepsNoBodies()
{
    const QString encrypted = m_client->encryptAadhaar(QStringLiteral("999941057058"));
    m_client->json("POST", QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/otp"),
                   {{QStringLiteral("aadhar"), encrypted},
                    {QStringLiteral("customer_id"), QStringLiteral("9962981729")},
                    {QStringLiteral("latlong"), QStringLiteral("12.97,77.59")}});
    const auto log = m_sandbox->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].method, QByteArray("POST"));
    QCOMPARE(log[0].path, QStringLiteral("/ekoapi/v3/user/collection/aeps-fingpay/kyc/otp"));
    QCOMPARE(log[0].httpStatus, 200);
    QCOMPARE(log[0].responseTypeId, 1600);
    QCOMPARE(log[0].route, QStringLiteral("ekyc-otp"));
}

void TestEkoSandboxGateway::controlEndpointArmsFaults()
{
    QUrl url = m_sandbox->serverUrl();
    url.setPath(QStringLiteral("/sandbox/control"));
    m_client->sign = false;
    const auto r = m_client->raw("POST", url, R"({"action":"arm_fault","fault":"http_500","route":"banks","times":1})",
                                 "application/json");
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(m_sandbox->armedFaults().size(), 1);
    m_client->sign = true;
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/banks")).httpStatus, 500);
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/banks")).httpStatus, 200);
    m_client->sign = false;
    QCOMPARE(m_client->raw("POST", url, R"({"action":"arm_fault","fault":"nonsense"})", "application/json").httpStatus,
             400);
}

void TestEkoSandboxGateway::plainAadhaarOutsideAadharFieldIsRejected()
{
    // security.md A3: the strict fake refuses a Verhoeff-valid number anywhere but the encrypted `aadhar`.
    const auto inField
        = m_client->json("POST", QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/otp"),
                         {{QStringLiteral("aadhar"), m_client->encryptAadhaar(QStringLiteral("999941057058"))},
                          {QStringLiteral("customer_id"), QStringLiteral("9962981729")},
                          {QStringLiteral("latlong"), QStringLiteral("12.97,77.59")},
                          {QStringLiteral("note"), QStringLiteral("for 9999 4105 7058")}});
    QCOMPARE(inField.status(), 97);
    QVERIFY(inField.invalidParams().contains(QStringLiteral("note")));
    const auto inQuery = m_client->get(QStringLiteral("/v3/tools/reference/banks"),
                                       {{QStringLiteral("q"), QStringLiteral("999941057058")}});
    QCOMPARE(inQuery.status(), 97);
    QVERIFY(inQuery.invalidParams().contains(QStringLiteral("url")));
    m_client->extraHeaders = {{"x-customer", "999971658847"}};
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/banks")).status(), 97);
    m_client->extraHeaders.clear();
    // Not Verhoeff-valid, or not 12 digits: fine.
    QCOMPARE(
        m_client
            ->get(QStringLiteral("/v3/tools/reference/banks"), {{QStringLiteral("q"), QStringLiteral("999941057059")}})
            .status(),
        0);
}

void TestEkoSandboxGateway::okeyKeySuffixIsOptional()
{
    QCOMPARE(
        m_client->get(QStringLiteral("/v3/tools/reference/banks")).json.value(QStringLiteral("message")).toString(),
        QStringLiteral("Bank details found"));
    EkoSandboxConfig config = m_sandbox->config();
    config.okeyKeySuffix = true;
    m_sandbox->setConfig(config);
    QCOMPARE(
        m_client->get(QStringLiteral("/v3/tools/reference/banks")).json.value(QStringLiteral("message")).toString(),
        QStringLiteral("Bank details found Last_used_OkeyKey: 203"));
    // Failures keep their message.
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/transaction/nope"))
                 .json.value(QStringLiteral("message"))
                 .toString(),
             QStringLiteral("TID does not exist"));
}

void TestEkoSandboxGateway::printsPublicKey()
{
    QVERIFY(EkoSandbox::aadhaarPublicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    QVERIFY(!EkoSandbox::caCertificate().isNull());
}

QTEST_GUILESS_MAIN(TestEkoSandboxGateway)
#include "TestEkoSandboxGateway.moc"
