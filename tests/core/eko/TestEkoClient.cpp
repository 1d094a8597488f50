// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CannedHttpServer.h"
#include "TestKeys.h"
#include "core/crypto/EkoSigner.h"
#include "core/eko/AepsOperations.h"
#include "core/eko/AgentOperations.h"
#include "core/eko/EkoClient.h"
#include "core/eko/OneShotBody.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::eko;
using test::CannedHttpServer;

namespace {
const QString kAccessKey = QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
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
AepsCustomerRequest withdrawal(qint64 rupees)
{
    return AepsCustomerRequest {QStringLiteral("9876543210"), QStringLiteral("SBIN"),
                                SecureBytes(QByteArray(test::kTestAadhaar)), SecureBytes(kPid),
                                Paise::fromRupees(rupees)};
}
} // namespace

class TestEkoClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<CannedHttpServer>();
        m_keys = test::makeRsaKeyPair(1024);
        EkoConfig config;
        config.baseUrl = QUrl(QString::fromLatin1(m_server->baseUrl()));
        config.credentials = {QStringLiteral("becbbce45f79c6f5109f848acd540567"), kAccessKey,
                              QStringLiteral("9962981729"), QStringLiteral("20810200")};
        config.latLong = QStringLiteral("28.6139,77.2090");
        config.aadhaarCipher = AadhaarCipher::fromPublicKey(m_keys.publicPem).value();
        config.timeoutMs = 1500;
        config.retryBaseDelayMs = 20;
        m_clock = std::make_unique<ManualClock>(1700000000000);
        m_client = std::make_unique<EkoClient>(&m_nam, EndpointCatalogue::builtIn().value(), config, *m_clock);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void getCarriesSignatureAndQuery()
    {
        m_server->enqueueJson(R"({"status":0,"response_type_id":1299,"message":"ok","data":{"service_status_list":[
            {"service_code":"43","status":"2","status_desc":"PENDING"},{"status":1}]}})");
        AgentOperations agent(*m_client);
        const EkoResponse r = waitFor(agent.services());
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(m_server->received().size(), 1);
        const auto& req = m_server->received().first();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.target, QByteArray("/ekoapi/v3/user/account/services?initiator_id=9962981729&user_code=20810200"));
        QCOMPARE(req.headers.value("developer_key"), QByteArray("becbbce45f79c6f5109f848acd540567"));
        QCOMPARE(req.headers.value("secret-key-timestamp"), QByteArray("1700000000000"));
        QCOMPARE(req.headers.value("secret-key"), EkoSigner::secretKey(kAccessKey, 1700000000000));
        const auto services = AgentOperations::parseServices(r.envelope);
        QCOMPARE(services.size(), 1); // the entry without a code is skipped
        QCOMPARE(services.first().status, 2);
    }

    void cashWithdrawalSendsEncryptedAadhaarAndVerbatimPid()
    {
        m_server->enqueueJson(
            R"({"status":0,"response_status_id":0,"response_type_id":1463,"message":"Transaction Successful",
            "data":{"tx_status":"0","tid":"9001","amount":"2500.00","bank_ref_num":"611122223333","balance":"12.50"}})");
        AepsOperations aeps(*m_client);
        const AepsCustomerRequest req = withdrawal(2500);
        const EkoResponse r = waitFor(aeps.cashWithdrawal(req, QStringLiteral("REF123")));
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(r.clientRefId, QStringLiteral("REF123"));
        const auto& wire = m_server->received().first();
        QCOMPARE(wire.method, QByteArray("POST"));
        QCOMPARE(wire.target, QByteArray("/ekoapi/v3/customer/collection/aeps-fingpay/cash-withdrawl/9876543210"));
        QCOMPARE(wire.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(!wire.body.contains(test::kTestAadhaar));
        const QJsonObject body = QJsonDocument::fromJson(wire.body).object();
        QCOMPARE(body.value(QStringLiteral("amount")).toString(), QStringLiteral("2500"));
        QCOMPARE(body.value(QStringLiteral("client_ref_id")).toString(), QStringLiteral("REF123"));
        QCOMPARE(body.value(QStringLiteral("piddata")).toString().toUtf8(), kPid);
        QCOMPARE(body.value(QStringLiteral("user_code")).toString(), QStringLiteral("20810200"));
        QCOMPARE(body.value(QStringLiteral("latlong")).toString(), QStringLiteral("28.6139,77.2090"));
        const QByteArray aadhar = body.value(QStringLiteral("aadhar")).toString().toLatin1();
        QCOMPARE(test::rsaDecrypt(m_keys.privatePem, QByteArray::fromBase64(aadhar)), QByteArray(test::kTestAadhaar));
        QVERIFY(!r.redactedBody.isEmpty());
    }

    void aadhaarPayCarriesRequestHash()
    {
        m_server->enqueueJson(R"({"status":0,"data":{"tx_status":"0","tid":"1"}})");
        AepsOperations aeps(*m_client);
        AepsCustomerRequest req {QStringLiteral("9876543210"), QStringLiteral("HDFC"),
                                 SecureBytes(QByteArray(test::kTestAadhaar)), SecureBytes(kPid),
                                 Paise::fromRupees(100)};
        QCOMPARE(waitFor(aeps.aadhaarPay(req, QStringLiteral("AP1"))).outcome, Outcome::Success);
        const auto& wire = m_server->received().first();
        QCOMPARE(wire.target, QByteArray("/ekoapi/v2/aeps"));
        // The reference vector of eko-api.md §2.3 for (999941057058, 100, 20810200) at ts 1700000000000.
        QCOMPARE(wire.headers.value("request_hash"), QByteArray("FUQIqIItOk1ebIxBHWyk0EaKlAP43zP8z+ery5+iVhQ="));
        QCOMPARE(QJsonDocument::fromJson(wire.body).object().value(QStringLiteral("service_type")).toString(),
                 QStringLiteral("5"));
    }

    void dailyKycSendsExactlyTheDocumentedFields()
    {
        m_server->enqueueJson(
            R"({"status":0,"response_type_id":1713,"message":"KYC sucess","data":{"user_code":"20810200"}})");
        AepsOperations aeps(*m_client);
        AgentIdentity agent {QStringLiteral("9962981729"), SecureBytes(QByteArray(test::kTestAadhaar2)),
                             QStringLiteral("SBIN")};
        QCOMPARE(waitFor(aeps.dailyKyc(agent, SecureBytes(kPid))).outcome, Outcome::Success);
        QStringList keys = QJsonDocument::fromJson(m_server->received().first().body).object().keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("aadhar"), QStringLiteral("bank_code"), QStringLiteral("customer_id"),
                               QStringLiteral("initiator_id"), QStringLiteral("latlong"), QStringLiteral("piddata"),
                               QStringLiteral("user_code")}));
    }

    void pidTextInAFieldIsRefusedBeforeSending()
    {
        // security.md A4/K4: the PID stays in EkoRequest::pid, a wiped buffer, until the body is written. A request
        // that carries it as text (the QString copy the old pidText() made) never leaves.
        for (const QString& field : {QStringLiteral("piddata"), QStringLiteral("note")}) {
            EkoRequest r;
            r.operation = QStringLiteral("aeps.daily_kyc");
            r.fields.insert(field, QString::fromUtf8(kPid));
            const EkoResponse answer = waitFor(m_client->call(std::move(r)));
            QCOMPARE(answer.outcome, Outcome::Failed);
            QCOMPARE(answer.error.code, QStringLiteral("eko.pid_as_text"));
        }
        QCOMPARE(m_server->received().size(), 0);
    }

    void pidIsSplicedIntoTheBodyByteForByte()
    {
        // Characters JSON must escape, and UTF-8, arrive exactly as the device wrote them.
        const QByteArray pid = "<PidData><Resp errCode=\"0\"/>\n<Data type=\"X\">a\\b\tc \xE2\x9C\x93</Data></PidData>";
        m_server->enqueueJson(R"({"status":0,"response_type_id":1713,"data":{"user_code":"20810200"}})");
        AepsOperations aeps(*m_client);
        const AgentIdentity agent {QStringLiteral("9962981729"), SecureBytes(QByteArray(test::kTestAadhaar2)),
                                   QStringLiteral("SBIN")};
        QCOMPARE(waitFor(aeps.dailyKyc(agent, SecureBytes(pid))).outcome, Outcome::Success);
        const QJsonObject body = QJsonDocument::fromJson(m_server->received().first().body).object();
        QCOMPARE(body.value(QStringLiteral("piddata")).toString().toUtf8(), pid);
        QCOMPARE(body.value(QStringLiteral("bank_code")).toString(), QStringLiteral("SBIN"));
    }

    void aPidIsNeverResentOnAClosedConnection()
    {
        // One capture, one request (security.md A5): QNAM's silent re-send would repeat the PID (UIDAI 563), so a
        // PID goes in a body QNAM cannot rewind, even on a call that moves no money.
        CannedHttpServer::Reply close;
        close.closeSilently = true;
        m_server->enqueue(close);
        m_server->enqueueJson(R"({"status":0,"data":{"user_code":"20810200"}})");
        AepsOperations aeps(*m_client);
        const AgentIdentity agent {QStringLiteral("9962981729"), SecureBytes(QByteArray(test::kTestAadhaar2)),
                                   QStringLiteral("SBIN")};
        const EkoResponse r = waitFor(aeps.dailyKyc(agent, SecureBytes(kPid)));
        QCOMPARE(r.outcome, Outcome::Failed);
        QTest::qWait(200);
        QCOMPARE(m_server->received().size(), 1);
    }

    void oneShotBodyWipesItsBytesOnceRead()
    {
        QByteArray body(kPid.constData(), kPid.size());
        const char* raw = body.constData();
        OneShotBody device(std::move(body));
        QCOMPARE(device.read(10), kPid.left(10));
        QCOMPARE(QByteArray(raw, 10), kPid.left(10)); // still needed: not all of it was read
        QCOMPARE(device.readAll(), kPid.mid(10));
        QVERIFY(std::all_of(raw, raw + kPid.size(), [](char c) { return c == 0; }));
        QCOMPARE(device.size(), kPid.size());
    }

    void getIsRetriedOnServerErrorAndResigned()
    {
        m_server->enqueueJson("oops", 500);
        m_server->enqueueJson(R"({"status":0,"data":{"balance":"100.00"}})");
        AgentOperations agent(*m_client);
        const EkoResponse r = waitFor(agent.walletBalance());
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(m_server->received().size(), 2);
        QVERIFY(m_server->received().at(1).headers.contains("secret-key"));
    }

    void moneyPostIsNeverRetriedAndA500IsUnknown()
    {
        m_server->enqueueJson("internal error", 500);
        m_server->enqueueJson(R"({"status":0,"data":{"tx_status":"0"}})");
        AepsOperations aeps(*m_client);
        const AepsCustomerRequest req = withdrawal(500);
        const EkoResponse r = waitFor(aeps.cashWithdrawal(req, QStringLiteral("R500")));
        QCOMPARE(r.outcome, Outcome::Unknown);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(m_server->received().size(), 1);
    }

    void aClosedConnectionIsNeverAnsweredByResendingMoney()
    {
        // QNAM re-sends a request whose connection closed before any answer; for a withdrawal that would be a
        // second debit. The client must send it once and report Unknown.
        CannedHttpServer::Reply close;
        close.closeSilently = true;
        m_server->enqueue(close);
        m_server->enqueueJson(R"({"status":0,"data":{"tx_status":"0"}})");
        AepsOperations aeps(*m_client);
        const AepsCustomerRequest req = withdrawal(500);
        const EkoResponse r = waitFor(aeps.cashWithdrawal(req, QStringLiteral("RCLOSE")));
        QCOMPARE(r.outcome, Outcome::Unknown);
        QTest::qWait(200);
        QCOMPARE(m_server->received().size(), 1);
        QVERIFY(!m_server->received().first().body.isEmpty());
    }

    void moneyPostTimeoutIsUnknownNotFailed()
    {
        CannedHttpServer::Reply hang;
        hang.hang = true;
        m_server->enqueue(hang);
        AepsOperations aeps(*m_client);
        const AepsCustomerRequest req = withdrawal(500);
        const EkoResponse r = waitFor(aeps.cashWithdrawal(req, QStringLiteral("RHANG")));
        QCOMPARE(r.outcome, Outcome::Unknown);
        QCOMPARE(r.error.code, QStringLiteral("eko.outcome_unknown"));
        QVERIFY(r.error.userMessage.contains(QStringLiteral("Do not repeat")));
    }

    void hostileAnswers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("10 MB body") << 0 << QStringLiteral("eko.response_too_large");
        QTest::newRow("html page") << 1 << QStringLiteral("eko.html_response");
        QTest::newRow("truncated json") << 2 << QStringLiteral("eko.malformed_response");
        QTest::newRow("connection closed mid-body") << 3 << QString();
    }
    void hostileAnswers()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        CannedHttpServer::Reply reply;
        if (kind == 0) {
            reply.body = QByteArray(10 * 1024 * 1024, 'x');
        } else if (kind == 1) {
            reply.contentType = "text/html";
            reply.body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        } else if (kind == 2) {
            reply.body = "{\"status\":0,\"data\":{\"tx_status\":\"0\",\"ti";
        } else {
            reply.body = R"({"status":0,"data":{"tx_status":"0"}})";
            reply.closeEarly = true;
        }
        m_server->enqueue(reply);
        AgentOperations agent(*m_client);
        const EkoResponse r = waitFor(agent.banks());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY(!r.error.userMessage.isEmpty());
        if (!code.isEmpty()) {
            QCOMPARE(r.error.code, code);
        }
    }

    void txStatusDecidesTheOutcome_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome");
        QTest::newRow("success") << QByteArray(R"({"status":0,"data":{"tx_status":"0"}})") << int(Outcome::Success);
        QTest::newRow("failed") << QByteArray(
            R"({"status":0,"data":{"tx_status":"1","reason":"Transaction Not Completed"}})")
                                << int(Outcome::Failed);
        QTest::newRow("pending 2") << QByteArray(
            R"({"status":0,"response_status_id":2,"response_type_id":1465,"data":{"tx_status":"2"}})")
                                   << int(Outcome::Pending);
        QTest::newRow("hold 5") << QByteArray(R"({"status":0,"data":{"tx_status":5}})") << int(Outcome::Pending);
        QTest::newRow("no tx_status on money") << QByteArray(R"({"status":0,"data":{}})") << int(Outcome::Pending);
        QTest::newRow("business failure")
            << QByteArray(R"({"status":1464,"data":{"tx_status":"1"}})") << int(Outcome::Failed);
        QTest::newRow("no key for response")
            << QByteArray(R"({"message":"No key for Response"})") << int(Outcome::Failed);
    }
    void txStatusDecidesTheOutcome()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        m_server->enqueueJson(body);
        AepsOperations aeps(*m_client);
        const AepsCustomerRequest req = withdrawal(500);
        QCOMPARE(int(waitFor(aeps.cashWithdrawal(req, QStringLiteral("RX"))).outcome), outcome);
    }

    void httpRejectionsAreFailures_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {402, 403, 404, 405, 415}) {
            QTest::newRow(qPrintable(QString::number(s))) << s;
        }
    }
    void httpRejectionsAreFailures()
    {
        QFETCH(int, status);
        m_server->enqueueJson(R"({"message":"denied"})", status);
        AepsOperations aeps(*m_client);
        const AepsCustomerRequest req = withdrawal(500);
        const EkoResponse r = waitFor(aeps.cashWithdrawal(req, QStringLiteral("R4")));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.error.code, QStringLiteral("eko.http_%1").arg(status));
    }

    void inquiryByClientRefIdUsesThePrefix()
    {
        m_server->enqueueJson(R"({"status":0,"response_type_id":1472,"data":{"tx_status":"0","client_ref_id":"ABC"}})");
        AepsOperations aeps(*m_client);
        QCOMPARE(waitFor(aeps.inquiryByClientRefId(QStringLiteral("ABC"))).outcome, Outcome::Success);
        QVERIFY(m_server->received().first().target.startsWith(
            "/ekoapi/v3/tools/reference/transaction/client_ref_id%3AABC?"));
    }

    void cancellingAMoneyRequestInFlightIsUnknown()
    {
        CannedHttpServer::Reply hang;
        hang.hang = true;
        m_server->enqueue(hang);
        AepsOperations aeps(*m_client);
        const AepsCustomerRequest req = withdrawal(500);
        EkoJob* job = aeps.cashWithdrawal(req, QStringLiteral("RC"));
        QSignalSpy spy(job, &EkoJob::finished);
        QTRY_COMPARE(m_server->received().size(), 1);
        job->cancel();
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<EkoResponse>().outcome, Outcome::Unknown);
    }

    void invalidKeyFailsBeforeSending()
    {
        EkoConfig config = m_client->config();
        config.aadhaarCipher = AadhaarCipher();
        m_client->setConfig(config);
        AepsOperations aeps(*m_client);
        const AepsCustomerRequest req = withdrawal(500);
        const EkoResponse r = waitFor(aeps.cashWithdrawal(req, QStringLiteral("RK")));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.error.code, QStringLiteral("crypto.encrypt_failed"));
        QCOMPARE(m_server->received().size(), 0);
    }

    void activationSendsOneFormDataJsonPartAndRefusesPng()
    {
        m_server->enqueueJson(R"({"status":0,"response_type_id":1259,"message":"AePS Registration Successful"})");
        AgentOperations agent(*m_client);
        AepsActivation a;
        a.modelName = QStringLiteral("MFS110");
        a.deviceNumber = QStringLiteral("1234567");
        a.account = QStringLiteral("50100012345678");
        a.ifsc = QStringLiteral("HDFC0001234");
        a.aadhaarPlain = QStringLiteral("999977788890");
        a.shopType = QStringLiteral("5411");
        a.officeAddress = {QStringLiteral("1 Main Rd"), QStringLiteral("Delhi"),  QStringLiteral("Delhi"),
                           QStringLiteral("7"),         QStringLiteral("110001"), {}};
        a.addressAsPerProof = a.officeAddress;
        a.documents = {
            {QStringLiteral("pan_card"), QStringLiteral("pan.jpg"), "image/jpeg", QByteArray("\xFF\xD8\xFF\xE0 jpeg")},
            {QStringLiteral("aadhar_front"), QStringLiteral("f.pdf"), "application/pdf", QByteArray("%PDF-1.4 x")}};
        QCOMPARE(waitFor(agent.activateAeps(a)).outcome, Outcome::Success);
        const auto& wire = m_server->received().first();
        QCOMPARE(wire.method, QByteArray("PUT"));
        QCOMPARE(wire.target, QByteArray("/ekoapi/v3/admin/network/agent/20810200/aeps-fingpay/activate"));
        QVERIFY(wire.headers.value("content-type").startsWith("multipart/form-data; boundary="));
        QVERIFY(wire.body.contains("name=\"form-data\""));
        QVERIFY(wire.body.contains("\"office_address\":{"));
        QVERIFY(wire.body.contains("name=\"pan_card\"; filename=\"pan.jpg\""));

        a.documents = {{QStringLiteral("pan_card"), QStringLiteral("pan.png"), "image/png", QByteArray("\x89PNG\r\n")}};
        const EkoResponse png = waitFor(agent.activateAeps(a));
        QCOMPARE(png.error.code, QStringLiteral("aeps.document_png"));
        QCOMPARE(m_server->received().size(), 1);
    }

    void catalogueOverrideChangesEncodingWithoutRecompiling()
    {
        const QByteArray json
            = R"({"operations":{"agent.services":{"method":"POST","version":"v1","path":"/user/services/user_code:{user_code}","body":"form"}}})";
        auto catalogue = EndpointCatalogue::fromJson(json);
        QVERIFY(catalogue.ok());
        EkoClient client(&m_nam, catalogue.value(), m_client->config(), *m_clock);
        m_server->enqueueJson(R"({"status":0})");
        EkoRequest r;
        r.operation = QStringLiteral("agent.services");
        r.pathParams.insert(QStringLiteral("user_code"), QStringLiteral("20810200"));
        r.fields.insert(QStringLiteral("note"), QStringLiteral("a+b c"));
        QCOMPARE(waitFor(client.call(r)).outcome, Outcome::Success);
        const auto& wire = m_server->received().first();
        QCOMPARE(wire.target, QByteArray("/ekoapi/v1/user/services/user_code:20810200"));
        QCOMPARE(wire.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(wire.body.contains("note=a%2Bb%20c"));
    }

    void clockSkewIsReported()
    {
        CannedHttpServer::Reply reply;
        reply.body = R"({"status":0})";
        // Our ManualClock says 2023-11-14 22:13:20 UTC; the server's Date is 5 minutes later.
        reply.headers.insert("Date", "Tue, 14 Nov 2023 22:18:20 GMT");
        m_server->enqueue(reply);
        QSignalSpy skew(m_client.get(), &EkoClient::clockSkewDetected);
        AgentOperations agent(*m_client);
        const EkoResponse r = waitFor(agent.states());
        QCOMPARE(r.clockSkewMs, qint64(300000));
        QCOMPARE(skew.size(), 1);
    }

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<CannedHttpServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EkoClient> m_client;
    test::TestKeyPair m_keys;
};

QTEST_GUILESS_MAIN(TestEkoClient)
#include "TestEkoClient.moc"
