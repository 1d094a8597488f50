// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The routes that used to answer 404 (issue #14), over real HTTP: the read-only v3 tools (service catalogue, bank
// and IFSC details, reference §5.4) and the classic v1 services enquiry and activation (§5.2, §5.3).
#include "SandboxTestClient.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace saathi;
using namespace saathi::sandbox;
using saathi::test::HttpResult;
using saathi::test::SandboxTestClient;

namespace {
const QString kUserCode = QStringLiteral("20810200");
const QString kClassicActivate = QStringLiteral("/v1/user/service/activate");

QJsonObject findService(const HttpResult& r, const QString& code)
{
    for (const QJsonValue& v : r.data().value(QStringLiteral("service_status_list")).toArray()) {
        if (v.toObject().value(QStringLiteral("service_code")).toString() == code) {
            return v.toObject();
        }
    }
    return {};
}
} // namespace

class TestEkoSandboxTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void serviceCatalogueListsTheReferenceCodes();
    void serviceCatalogueNeedsThePartnersInitiator();
    void bankDetailsCarryChannelsAndIfscRules_data();
    void bankDetailsCarryChannelsAndIfscRules();
    void bankDetailsRefuseAnUnknownBankOrAForeignIfsc();
    void ifscDetailsNameTheBankAndBranch();
    void ifscDetailsRefuseBadIfscsWithEkosCodes_data();
    void ifscDetailsRefuseBadIfscsWithEkosCodes();
    void classicServicesEnquiryAnswersLikeV3();
    void classicServicesEnquiryRefusesAnUnknownAgent();
    void classicActivationHasTheGenericEffect();
    void classicActivationNeedsItsFormFields();

private:
    HttpResult classicServices(const QString& userCode);
    HttpResult classicActivate(const QList<QPair<QString, QString>>& fields);

    ManualClock m_clock {1700000000000};
    std::unique_ptr<EkoSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestEkoSandboxTools::init()
{
    m_clock.setNowMs(1700000000000);
    m_sandbox = std::make_unique<EkoSandbox>(EkoSandboxConfig(), &m_clock);
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl(), m_clock);
}

void TestEkoSandboxTools::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

HttpResult TestEkoSandboxTools::classicServices(const QString& userCode)
{
    return m_client->get(QStringLiteral("/v1/user/services/user_code:") + userCode,
                         {{QStringLiteral("initiator_id"), m_client->initiatorId}}, false);
}

HttpResult TestEkoSandboxTools::classicActivate(const QList<QPair<QString, QString>>& fields)
{
    QUrlQuery form;
    for (const auto& [k, v] : fields) {
        form.addQueryItem(k, v);
    }
    return m_client->raw("PUT", m_client->url(kClassicActivate), form.toString(QUrl::FullyEncoded).toLatin1(),
                         "application/x-www-form-urlencoded");
}

void TestEkoSandboxTools::serviceCatalogueListsTheReferenceCodes()
{
    const HttpResult r = m_client->get(QStringLiteral("/v3/tools/catalog/service-codes"),
                                       {{QStringLiteral("initiator_id"), m_client->initiatorId}}, false);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.status(), 0);
    QCOMPARE(r.typeId(), 1280);
    QMap<QString, QJsonObject> byCode;
    for (const QJsonValue& v : r.data().value(QStringLiteral("service_list")).toArray()) {
        byCode.insert(v.toObject().value(QStringLiteral("service_code")).toString(), v.toObject());
    }
    for (const char* code : {"4", "39", "43", "45", "51", "52", "53", "58", "59", "63", "80", "85"}) {
        QVERIFY2(byCode.contains(QLatin1String(code)), code);
    }
    QCOMPARE(byCode.value(QStringLiteral("43")).value(QStringLiteral("service_name")).toString(),
             QStringLiteral("AEPS"));
    QCOMPARE(byCode.value(QStringLiteral("43")).value(QStringLiteral("provider_name")).toString(),
             QStringLiteral("Fingpay"));
    QCOMPARE(byCode.value(QStringLiteral("39")).value(QStringLiteral("service_name")).toString(),
             QStringLiteral("AePS Fund Settlement"));
    QCOMPARE(byCode.value(QStringLiteral("39")).value(QStringLiteral("provider_name")).toString(),
             QStringLiteral("Yes Bank"));
}

void TestEkoSandboxTools::serviceCatalogueNeedsThePartnersInitiator()
{
    const HttpResult missing = m_client->get(QStringLiteral("/v3/tools/catalog/service-codes"), {}, false);
    QCOMPARE(missing.status(), 97);
    QVERIFY(missing.invalidParams().contains(QStringLiteral("initiator_id")));
    const HttpResult wrong = m_client->get(QStringLiteral("/v3/tools/catalog/service-codes"),
                                           {{QStringLiteral("initiator_id"), QStringLiteral("9000000000")}}, false);
    QCOMPARE(wrong.status(), 319);
}

void TestEkoSandboxTools::bankDetailsCarryChannelsAndIfscRules_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("bankId");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("ifscStatus");
    QTest::addColumn<int>("verification");
    QTest::newRow("SBIN both") << "SBIN"
                               << "1" << 0 << 1 << 1;
    QTest::newRow("IOBA NEFT only") << "IOBA"
                                    << "10" << 1 << 4 << 0;
    QTest::newRow("PSIB NEFT only") << "PSIB"
                                    << "15" << 1 << 4 << 0;
    QTest::newRow("AIRP IMPS only") << "AIRP"
                                    << "20" << 2 << 2 << 1;
    QTest::newRow("FINO one IFSC") << "FINO"
                                   << "22" << 0 << 3 << 1;
    QTest::newRow("lower case code") << "hdfc"
                                     << "2" << 0 << 1 << 1;
}

void TestEkoSandboxTools::bankDetailsCarryChannelsAndIfscRules()
{
    QFETCH(QString, code);
    QFETCH(QString, bankId);
    QFETCH(int, channels);
    QFETCH(int, ifscStatus);
    QFETCH(int, verification);
    const HttpResult r = m_client->get(QStringLiteral("/v3/tools/reference/bank/") + code);
    QCOMPARE(r.status(), 0);
    QCOMPARE(r.typeId(), 466);
    QCOMPARE(r.dataText(QStringLiteral("bank_id")), bankId);
    QCOMPARE(r.dataText(QStringLiteral("code")), code.toUpper());
    QVERIFY(!r.dataText(QStringLiteral("name")).isEmpty());
    QCOMPARE(r.data().value(QStringLiteral("available_channels")).toInt(-1), channels);
    QCOMPARE(r.data().value(QStringLiteral("ifsc_status")).toInt(-1), ifscStatus);
    QCOMPARE(r.data().value(QStringLiteral("isverificationavailable")).toInt(-1), verification);
}

void TestEkoSandboxTools::bankDetailsRefuseAnUnknownBankOrAForeignIfsc()
{
    const HttpResult withOwnIfsc = m_client->get(QStringLiteral("/v3/tools/reference/bank/SBIN"),
                                                 {{QStringLiteral("ifsc"), QStringLiteral("SBIN0001234")}});
    QCOMPARE(withOwnIfsc.typeId(), 466);
    const HttpResult foreign = m_client->get(QStringLiteral("/v3/tools/reference/bank/SBIN"),
                                             {{QStringLiteral("ifsc"), QStringLiteral("HDFC0001234")}});
    QCOMPARE(foreign.status(), 467);
    QCOMPARE(foreign.typeId(), 467);
    const HttpResult unknown = m_client->get(QStringLiteral("/v3/tools/reference/bank/ZZZZ"));
    QCOMPARE(unknown.httpStatus, 200);
    QCOMPARE(unknown.status(), 467);
    QCOMPARE(unknown.json.value(QStringLiteral("response_status_id")).toInt(), 1);
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/bank/SBIN"), {}, false).status(), 97);
}

void TestEkoSandboxTools::ifscDetailsNameTheBankAndBranch()
{
    // Eko documents this tool without initiator_id; with one (as our client sends) it must be the partner's.
    const HttpResult r = m_client->get(QStringLiteral("/v3/tools/reference/banks/ifsc/SBIN0001234"), {}, false);
    QCOMPARE(r.status(), 0);
    QCOMPARE(r.typeId(), 414);
    QCOMPARE(r.dataText(QStringLiteral("bank")), QStringLiteral("State Bank of India"));
    QCOMPARE(r.dataText(QStringLiteral("ifsc")), QStringLiteral("SBIN0001234"));
    QCOMPARE(r.dataText(QStringLiteral("bank_id")), QStringLiteral("1"));
    QVERIFY(!r.dataText(QStringLiteral("branch")).isEmpty());
    QCOMPARE(r.data().value(QStringLiteral("available_channels")).toInt(-1), 0);
    QCOMPARE(r.data().value(QStringLiteral("isverificationavailable")).toInt(-1), 1);

    const HttpResult neftOnly = m_client->get(QStringLiteral("/v3/tools/reference/banks/ifsc/psib0000123"));
    QCOMPARE(neftOnly.typeId(), 414);
    QCOMPARE(neftOnly.dataText(QStringLiteral("ifsc")), QStringLiteral("PSIB0000123"));
    QCOMPARE(neftOnly.data().value(QStringLiteral("available_channels")).toInt(-1), 1);
    QCOMPARE(neftOnly.data().value(QStringLiteral("ifsc_status")).toInt(-1), 4);
    const HttpResult impsOnly = m_client->get(QStringLiteral("/v3/tools/reference/banks/ifsc/AIRP0000001"));
    QCOMPARE(impsOnly.data().value(QStringLiteral("available_channels")).toInt(-1), 2);

    const HttpResult wrongInitiator
        = m_client->get(QStringLiteral("/v3/tools/reference/banks/ifsc/SBIN0001234"),
                        {{QStringLiteral("initiator_id"), QStringLiteral("9000000000")}}, false);
    QCOMPARE(wrongInitiator.status(), 319);
}

void TestEkoSandboxTools::ifscDetailsRefuseBadIfscsWithEkosCodes_data()
{
    QTest::addColumn<QString>("ifsc");
    QTest::addColumn<int>("status");
    QTest::newRow("format") << "SBIN000123" << 136;
    QTest::newRow("fifth not zero") << "SBIN1001234" << 136;
    QTest::newRow("unknown bank") << "ABCD0123456" << 521;
    QTest::newRow("branch 000000") << "SBIN0000000" << 41;
}

void TestEkoSandboxTools::ifscDetailsRefuseBadIfscsWithEkosCodes()
{
    QFETCH(QString, ifsc);
    QFETCH(int, status);
    const HttpResult r = m_client->get(QStringLiteral("/v3/tools/reference/banks/ifsc/") + ifsc);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.status(), status);
    QCOMPARE(r.typeId(), status);
    QCOMPARE(r.json.value(QStringLiteral("response_status_id")).toInt(), 1);
    QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
}

void TestEkoSandboxTools::classicServicesEnquiryAnswersLikeV3()
{
    const HttpResult classic = classicServices(kUserCode);
    QCOMPARE(classic.httpStatus, 200);
    QCOMPARE(classic.status(), 0);
    const HttpResult v3 = m_client->get(QStringLiteral("/v3/user/account/services"));
    QCOMPARE(classic.typeId(), v3.typeId());
    QCOMPARE(classic.data(), v3.data());
    QCOMPARE(findService(classic, QStringLiteral("43")).value(QStringLiteral("status")).toInt(-1), 1);
}

void TestEkoSandboxTools::classicServicesEnquiryRefusesAnUnknownAgent()
{
    QCOMPARE(classicServices(QStringLiteral("99999999")).status(), 1297);
    const HttpResult noInitiator = m_client->get(QStringLiteral("/v1/user/services/user_code:") + kUserCode, {}, false);
    QCOMPARE(noInitiator.status(), 97);
}

void TestEkoSandboxTools::classicActivationHasTheGenericEffect()
{
    // Form-encoded, no latlong (optional on the classic route): the same registry change as the v3 activation.
    const HttpResult r = classicActivate({{QStringLiteral("service_code"), QStringLiteral("39")},
                                          {QStringLiteral("initiator_id"), m_client->initiatorId},
                                          {QStringLiteral("user_code"), kUserCode}});
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.status(), 0);
    QCOMPARE(r.typeId(), 1299);
    QCOMPARE(r.dataText(QStringLiteral("service_code")), QStringLiteral("39"));
    QCOMPARE(r.dataText(QStringLiteral("service_status")), QStringLiteral("2"));
    const HttpResult v3 = m_client->get(QStringLiteral("/v3/user/account/services"));
    QCOMPARE(findService(v3, QStringLiteral("39")).value(QStringLiteral("status")).toInt(-1), 2);

    // Once requested, either route says it exists, as the v3 one always did.
    const HttpResult again = classicActivate({{QStringLiteral("service_code"), QStringLiteral("39")},
                                              {QStringLiteral("initiator_id"), m_client->initiatorId},
                                              {QStringLiteral("user_code"), kUserCode},
                                              {QStringLiteral("latlong"), QStringLiteral("12.97,77.59")}});
    QCOMPARE(again.status(), 1295);
    QCOMPARE(m_client->json("PUT", QStringLiteral("/v3/admin/network/agent/%1/service/39/activate").arg(kUserCode), {})
                 .status(),
             1295);
    m_clock.advanceMs(m_sandbox->config().activationDelayMs);
    QCOMPARE(findService(classicServices(kUserCode), QStringLiteral("39")).value(QStringLiteral("status")).toInt(-1),
             1);
}

void TestEkoSandboxTools::classicActivationNeedsItsFormFields()
{
    const HttpResult noCode = classicActivate(
        {{QStringLiteral("initiator_id"), m_client->initiatorId}, {QStringLiteral("user_code"), kUserCode}});
    QCOMPARE(noCode.status(), 97);
    QVERIFY(noCode.invalidParams().contains(QStringLiteral("service_code")));
    const HttpResult noUser = classicActivate({{QStringLiteral("service_code"), QStringLiteral("39")},
                                               {QStringLiteral("initiator_id"), m_client->initiatorId}});
    QCOMPARE(noUser.status(), 97);
    QVERIFY(noUser.invalidParams().contains(QStringLiteral("user_code")));
    const HttpResult unknownUser = classicActivate({{QStringLiteral("service_code"), QStringLiteral("39")},
                                                    {QStringLiteral("initiator_id"), m_client->initiatorId},
                                                    {QStringLiteral("user_code"), QStringLiteral("99999999")}});
    QCOMPARE(unknownUser.status(), 1297);
}

QTEST_GUILESS_MAIN(TestEkoSandboxTools)
#include "TestEkoSandboxTools.moc"
