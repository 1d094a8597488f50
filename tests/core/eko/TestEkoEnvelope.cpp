// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/AepsTransaction.h"
#include "core/eko/EkoEnvelope.h"
#include "core/eko/EkoErrors.h"
#include "core/eko/EndpointCatalogue.h"

#include <QTest>

using namespace saathi;
using namespace saathi::eko;

class TestEkoEnvelope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbersAsStringsAndJavaExponentsAreRead()
    {
        const auto e = parseEnvelope(R"({"status":"0","response_status_id":"0","response_type_id":1463,
            "message":"Transaction successful Last_used_OkeyKey: 233",
            "data":{"tx_status":"0","amount":2500,"balance":"2.20834002375E9","customer_balance":"10500.50",
                    "bank_ref_num":"234123412341","aadhar":"XXXX XXXX 7058","tid":3131313,
                    "mini_statement_list":[{"date":"01/11","amount":"100.00","narration":"ATM","txnType":"Dr"}]}})");
        QVERIFY(e.ok());
        QVERIFY(e.value().isSuccess());
        QCOMPARE(e.value().message, QStringLiteral("Transaction successful"));
        QCOMPARE(e.value().responseTypeId, 1463);
        const AepsTransaction t = AepsTransaction::fromEnvelope(e.value());
        QCOMPARE(t.txStatus, 0);
        QCOMPARE(t.amount.value, qint64(250000));
        QCOMPARE(t.agentBalance.value, qint64(220834002375));
        QVERIFY(t.hasCustomerBalance);
        QCOMPARE(t.customerBalance.value, qint64(1050050));
        QCOMPARE(t.tid, QStringLiteral("3131313"));
        QCOMPARE(t.maskedAadhaar, QStringLiteral("XXXX XXXX 7058"));
        QCOMPARE(t.miniStatement.size(), 1);
        QCOMPARE(t.miniStatement.first().amount.value, qint64(10000));
        QVERIFY(!t.miniStatement.first().credit);
    }

    void anUnmaskedAadhaarFromTheServerIsMasked()
    {
        const auto e = parseEnvelope(R"({"status":0,"data":{"aadhar":"999941057058"}})");
        QVERIFY(e.ok());
        QCOMPARE(AepsTransaction::fromEnvelope(e.value()).maskedAadhaar, QStringLiteral("XXXX XXXX 7058"));
    }

    void wrongTypesDoNotCrashAndReadAsMissing()
    {
        const auto e = parseEnvelope(R"({"status":[1,2],"message":{"a":1},"data":[1,2,3],"invalid_params":"bad"})");
        QVERIFY(e.ok() || !e.error().userMessage.isEmpty());
        const auto f = parseEnvelope(R"({"status":0,"data":{"tx_status":{"x":1},"amount":"lots","balance":null}})");
        QVERIFY(f.ok());
        const AepsTransaction t = AepsTransaction::fromEnvelope(f.value());
        QCOMPARE(t.txStatus, -1);
        QCOMPARE(t.amount.value, qint64(0));
    }

    void hostileBodiesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("eko.malformed_response");
        QTest::newRow("truncated") << QByteArray(
            "{\"status\":0,\"data\":{\"tx_st") /* unbalanced on purpose; no raw string: moc miscounts braces in one */
                                   << QStringLiteral("eko.malformed_response");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                              << QStringLiteral("eko.html_response");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("eko.malformed_response");
        QTest::newRow("deep nesting") << QByteArray(2000, '[') << QStringLiteral("eko.malformed_response");
        QTest::newRow("no status no message") << QByteArray(R"({"foo":1})") << QStringLiteral("eko.malformed_response");
    }
    void hostileBodiesGiveClearErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const auto e = parseEnvelope(body);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, code);
        QVERIFY(!e.error().userMessage.isEmpty());
    }

    void businessCodesMapToAdvice_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("2fa") << QByteArray(
            R"({"status":1467,"response_type_id":1467,"message":"Transaction Fail","data":{"comment":"Please do 2fa before initiating transaction"}})")
                             << QStringLiteral("eko.2fa_required") << QStringLiteral("biometric login");
        QTest::newRow("ekyc") << QByteArray(
            R"({"status":1714,"message":"KYC Fail","data":{"reason":"Please complete bank eKYC to process the transaction."}})")
                              << QStringLiteral("eko.ekyc_required") << QStringLiteral("eKYC");
        QTest::newRow("biometric") << QByteArray(
            R"({"status":1714,"message":"KYC Fail","data":{"reason":"Authentication Failed. Invalid Biometric data."}})")
                                   << QStringLiteral("eko.biometric_failed") << QStringLiteral("capture again");
        QTest::newRow("not activated") << QByteArray(R"({"status":346,"message":"Agent not allowed"})")
                                       << QStringLiteral("eko.service_not_active") << QStringLiteral("not activated");
        QTest::newRow("wallet") << QByteArray(R"({"status":347,"message":"Insufficient balance"})")
                                << QStringLiteral("eko.insufficient_funds") << QStringLiteral("balance");
        QTest::newRow("invalid params") << QByteArray(
            R"({"status":97,"response_type_id":-1,"message":"Please provide the value of the field","invalid_params":{"aadhar":"Invalid aadhar"}})")
                                        << QStringLiteral("eko.invalid_params")
                                        << QStringLiteral("aadhar: Invalid aadhar");
        QTest::newRow("frozen") << QByteArray(
            R"({"status":1464,"message":"Transaction Fail","data":{"tx_status":"1","reason":"Customer Bank account is Frozen"}})")
                                << QStringLiteral("eko.account_frozen") << QStringLiteral("frozen");
        QTest::newRow("not linked") << QByteArray(
            R"({"status":1467,"message":"Transaction Fail","data":{"tx_status":"1","reason":"Aadhaar number not linked with the selected bank"}})")
                                    << QStringLiteral("eko.aadhaar_not_linked") << QStringLiteral("not linked");
        QTest::newRow("do 2fa is not 'not linked'") << QByteArray(
            R"({"status":1467,"message":"Transaction Fail","data":{"tx_status":"1","comment":"Please do 2fa before initiating transaction"}})")
                                                    << QStringLiteral("eko.2fa_required")
                                                    << QStringLiteral("biometric login");
        QTest::newRow("bank limit") << QByteArray(
            R"({"status":1464,"message":"Transaction Fail","data":{"tx_status":"1","reason":"Exceeds withdrawal frequency limit"}})")
                                    << QStringLiteral("eko.bank_limit_reached") << QStringLiteral("limit for today");
        QTest::newRow("no key") << QByteArray(R"({"message":"No key for Response"})")
                                << QStringLiteral("eko.no_key_for_response") << QStringLiteral("No key for Response");
        QTest::newRow("tid unknown") << QByteArray(R"({"status":168,"message":"TID does not exist"})")
                                     << QStringLiteral("eko.tid_unknown") << QStringLiteral("no transaction");
        QTest::newRow("other") << QByteArray(R"({"status":544,"message":"Bank not available now"})")
                               << QStringLiteral("eko.declined") << QStringLiteral("Bank not available now");
    }
    void businessCodesMapToAdvice()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        const auto e = parseEnvelope(body);
        QVERIFY(e.ok());
        QVERIFY(!e.value().isSuccess());
        const Error error = businessError(e.value());
        QCOMPARE(error.code, code);
        QVERIFY2(error.userMessage.contains(messagePart, Qt::CaseInsensitive), qPrintable(error.userMessage));
    }

    void httpStatusesMapToAdvice_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("402") << 402 << QStringLiteral("developer key");
        QTest::newRow("403") << 403 << QStringLiteral("date and time");
        QTest::newRow("404") << 404 << QStringLiteral("environment");
        QTest::newRow("405") << 405 << QStringLiteral("405");
        QTest::newRow("415") << 415 << QStringLiteral("415");
        QTest::newRow("500") << 500 << QStringLiteral("Wait a minute");
    }
    void httpStatusesMapToAdvice()
    {
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        const Error e = httpError(status, QString());
        QVERIFY(e.code.startsWith(QStringLiteral("eko.http_")));
        QVERIFY2(e.userMessage.contains(messagePart), qPrintable(e.userMessage));
    }

    void redactedBodyDropsAadhaarAndPid()
    {
        const QByteArray body
            = R"({"data":{"aadhar":"999941057058","piddata":"<PidData><Skey>x</Skey></PidData>","rrn":"1"}})";
        const QByteArray clean = redactedBody(body);
        QVERIFY(!clean.contains("999941057058"));
        QVERIFY(!clean.contains("<Skey"));
        QVERIFY(clean.contains("\"rrn\""));
    }

    void builtInCatalogueHasEveryOperation()
    {
        const auto catalogue = EndpointCatalogue::builtIn();
        QVERIFY2(catalogue.ok(), qPrintable(catalogue.error().detail));
        for (const char* op :
             {"agent.onboard", "agent.activate_service", "agent.activate_aeps", "agent.services",
              "agent.wallet_balance", "aeps.states", "aeps.mcc_categories", "tools.banks", "aeps.ekyc_send_otp",
              "aeps.ekyc_verify_otp", "aeps.ekyc_biometric", "aeps.daily_kyc", "aeps.cash_withdrawal",
              "aeps.balance_enquiry", "aeps.mini_statement", "aeps.aadhaar_pay", "tx.inquiry"}) {
            QVERIFY2(catalogue.value().find(QString::fromLatin1(op)), op);
        }
        const Endpoint* cw = catalogue.value().find(QStringLiteral("aeps.cash_withdrawal"));
        QVERIFY(cw->moneyMoving);
        QCOMPARE(cw->method, QByteArray("POST"));
        QVERIFY(!catalogue.value().find(QStringLiteral("aeps.balance_enquiry"))->moneyMoving);
        QCOMPARE(catalogue.value().baseUrl(EkoEnvironment::Uat), QUrl(QStringLiteral("https://staging.eko.in/ekoapi")));
        QCOMPARE(catalogue.value().baseUrl(EkoEnvironment::Production),
                 QUrl(QStringLiteral("https://api.eko.in:25002/ekoicici")));
        QCOMPARE(
            catalogue.value().find(QStringLiteral("aeps.aadhaar_pay"))->requestHashFields,
            (QStringList {QStringLiteral("aadhaar_plain"), QStringLiteral("amount"), QStringLiteral("user_code")}));
    }

    void resolveFillsAndEncodesPathParameters()
    {
        const auto catalogue = EndpointCatalogue::builtIn();
        const Endpoint* inquiry = catalogue.value().find(QStringLiteral("tx.inquiry"));
        const auto url = EndpointCatalogue::resolve(*inquiry, QUrl(QStringLiteral("https://staging.eko.in/ekoapi/")),
                                                    {{QStringLiteral("ref"), QStringLiteral("client_ref_id:ABC123")}},
                                                    QStringLiteral("initiator_id=1"));
        QVERIFY(url.ok());
        QCOMPARE(
            url.value().toString(QUrl::FullyEncoded),
            QStringLiteral(
                "https://staging.eko.in/ekoapi/v3/tools/reference/transaction/client_ref_id%3AABC123?initiator_id=1"));
        const auto missing = EndpointCatalogue::resolve(*inquiry, QUrl(QStringLiteral("https://x.in/e")), {});
        QVERIFY(!missing.ok());
        const auto noBase
            = EndpointCatalogue::resolve(*inquiry, QUrl(), {{QStringLiteral("ref"), QStringLiteral("1")}});
        QCOMPARE(noBase.error().code, QStringLiteral("eko.no_base_url"));
    }

    void badCataloguesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("nope");
        QTest::newRow("no operations") << QByteArray(R"({"operations":{}})");
        QTest::newRow("bad version") << QByteArray(
            R"({"operations":{"x":{"method":"GET","version":"3","path":"/a"}}})");
        QTest::newRow("bad body") << QByteArray(
            R"({"operations":{"x":{"method":"GET","version":"v3","path":"/a","body":"xml"}}})");
        QTest::newRow("bad env") << QByteArray(
            R"({"environments":{"mars":{}},"operations":{"x":{"method":"GET","version":"v3","path":"/a"}}})");
    }
    void badCataloguesAreRejected()
    {
        QFETCH(QByteArray, json);
        const auto c = EndpointCatalogue::fromJson(json);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("eko.bad_catalogue"));
    }
};

QTEST_GUILESS_MAIN(TestEkoEnvelope)
#include "TestEkoEnvelope.moc"
