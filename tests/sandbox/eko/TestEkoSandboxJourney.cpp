// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The agent's life in the sandbox over real HTTP: the three eKYC steps, daily KYC per IST day, then cash withdrawal,
// balance enquiry and mini statement, with Eko's answers at every wrong turn.
#include "SandboxTestClient.h"
#include "core/crypto/EkoSigner.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace saathi;
using namespace saathi::sandbox;
using saathi::test::HttpResult;
using saathi::test::SandboxTestClient;

namespace {
const QString kAgentAadhaar = QStringLiteral("999977788890");
const QString kCustomer = QStringLiteral("999941057058");
const QString kLatLong = QStringLiteral("12.9716,77.5946");
const QString kDaily = QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/biometric/daily");
} // namespace

class TestEkoSandboxJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void agentJourneyFromEkycToTransactions();
    void nextIstDayNeedsDailyKycAgain();
    void withdrawalLimitsAndDeclines();
    void pidProblemsFailLikeEko();
    void replayedPidIsRejectedUnlessSwitchedOff();
    void serviceNotActivatedIsAgentNotAllowed();
    void legacyV2AepsChecksRequestHash();
    void inquiryByTidAndClientRef();

private:
    HttpResult otp(const QString& aadhaar);
    HttpResult daily(const QString& pidXml, QJsonObject extra = {});
    void completeEkyc();
    HttpResult transact(const QString& op, const QString& clientRef, const QString& aadhaar, const QString& bank,
                        const QString& amount = QString(), const QString& pidXml = QString());

    ManualClock m_clock {1700000000000};
    std::unique_ptr<EkoSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestEkoSandboxJourney::init()
{
    m_clock.setNowMs(1700000000000);
    m_sandbox = std::make_unique<EkoSandbox>(EkoSandboxConfig(), &m_clock);
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl(), m_clock);
}

void TestEkoSandboxJourney::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

HttpResult TestEkoSandboxJourney::otp(const QString& aadhaar)
{
    return m_client->json("POST", QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/otp"),
                          {{QStringLiteral("aadhar"), m_client->encryptAadhaar(aadhaar)},
                           {QStringLiteral("customer_id"), QStringLiteral("9962981729")},
                           {QStringLiteral("latlong"), kLatLong}});
}

HttpResult TestEkoSandboxJourney::daily(const QString& pidXml, QJsonObject extra)
{
    QJsonObject body {{QStringLiteral("aadhar"), m_client->encryptAadhaar(kAgentAadhaar)},
                      {QStringLiteral("customer_id"), QStringLiteral("9962981729")},
                      {QStringLiteral("latlong"), kLatLong},
                      {QStringLiteral("piddata"), pidXml},
                      {QStringLiteral("bank_code"), QStringLiteral("KARB")}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        body.insert(it.key(), it.value());
    }
    return m_client->json("PUT", kDaily, body);
}

void TestEkoSandboxJourney::completeEkyc()
{
    const auto sent = otp(kAgentAadhaar);
    QCOMPARE(sent.typeId(), 1600);
    const auto verified
        = m_client->json("PUT", QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/otp/verify"),
                         {{QStringLiteral("aadhar"), m_client->encryptAadhaar(kAgentAadhaar)},
                          {QStringLiteral("customer_id"), QStringLiteral("9962981729")},
                          {QStringLiteral("otp"), QStringLiteral("123456")},
                          {QStringLiteral("otp_ref_id"), sent.dataText(QStringLiteral("otp_ref_id"))},
                          {QStringLiteral("reference_tid"), sent.dataText(QStringLiteral("reference_tid"))},
                          {QStringLiteral("latlong"), kLatLong}});
    QCOMPARE(verified.typeId(), 1604);
    QVERIFY(verified.dataText(QStringLiteral("otp_ref_id")) != sent.dataText(QStringLiteral("otp_ref_id")));
    QVERIFY(verified.dataText(QStringLiteral("reference_tid")) != sent.dataText(QStringLiteral("reference_tid")));
    auto biometric = [&](const QString& otpRef, const QString& refTid, bool wadh) {
        return m_client->json("PUT", QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/biometric"),
                              {{QStringLiteral("aadhar"), m_client->encryptAadhaar(kAgentAadhaar)},
                               {QStringLiteral("customer_id"), QStringLiteral("9962981729")},
                               {QStringLiteral("latlong"), kLatLong},
                               {QStringLiteral("piddata"), SandboxTestClient::pid(wadh)},
                               {QStringLiteral("bank_code"), QStringLiteral("KARB")},
                               {QStringLiteral("otp_ref_id"), otpRef},
                               {QStringLiteral("reference_tid"), refTid}});
    };
    // The refs of step 1 are stale after verify; a capture without wadh is no eKYC capture.
    QCOMPARE(
        biometric(sent.dataText(QStringLiteral("otp_ref_id")), sent.dataText(QStringLiteral("reference_tid")), true)
            .status(),
        461);
    const auto noWadh = biometric(verified.dataText(QStringLiteral("otp_ref_id")),
                                  verified.dataText(QStringLiteral("reference_tid")), false);
    QCOMPARE(noWadh.status(), 461);
    QCOMPARE(noWadh.dataText(QStringLiteral("reason")),
             QStringLiteral("Authentication Failed. Invalid Biometric data."));
    const auto done = biometric(verified.dataText(QStringLiteral("otp_ref_id")),
                                verified.dataText(QStringLiteral("reference_tid")), true);
    QCOMPARE(done.status(), 0);
    QCOMPARE(done.typeId(), 1605);
}

HttpResult TestEkoSandboxJourney::transact(const QString& op, const QString& clientRef, const QString& aadhaar,
                                           const QString& bank, const QString& amount, const QString& pidXml)
{
    QJsonObject body {{QStringLiteral("client_ref_id"), clientRef},
                      {QStringLiteral("bank_code"), bank},
                      {QStringLiteral("aadhar"), m_client->encryptAadhaar(aadhaar)},
                      {QStringLiteral("latlong"), kLatLong},
                      {QStringLiteral("piddata"), pidXml.isEmpty() ? SandboxTestClient::pid(false) : pidXml}};
    if (!amount.isEmpty()) {
        body[QStringLiteral("amount")] = amount;
    }
    return m_client->json("POST", QStringLiteral("/v3/customer/collection/aeps-fingpay/%1/9876543210").arg(op), body);
}

void TestEkoSandboxJourney::agentJourneyFromEkycToTransactions()
{
    // Daily KYC before eKYC, and a transaction before either.
    const auto early = daily(SandboxTestClient::pid(false));
    QCOMPARE(early.status(), 1714);
    QCOMPARE(early.dataText(QStringLiteral("reason")),
             QStringLiteral("Please complete bank eKYC to process the transaction."));
    const auto tooEarly = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("ref-early"), kCustomer,
                                   QStringLiteral("SBIN"), QStringLiteral("1000"));
    QCOMPARE(tooEarly.status(), 1467);
    QCOMPARE(tooEarly.dataText(QStringLiteral("comment")),
             QStringLiteral("Please do 2fa before initiating transaction"));
    QVERIFY(!tooEarly.dataText(QStringLiteral("tid")).isEmpty());

    completeEkyc();
    const auto again = otp(kAgentAadhaar);
    QCOMPARE(again.status(), 461);
    QCOMPARE(again.dataText(QStringLiteral("reason")),
             QStringLiteral("You have already completed Bank eKYC. Please do daily KYC."));
    // eKYC is not today's 2FA.
    QCOMPARE(transact(QStringLiteral("balance-enquiry"), QStringLiteral("ref-be0"), kCustomer, QStringLiteral("SBIN"))
                 .status(),
             1467);
    QCOMPARE(transact(QStringLiteral("mini-statement"), QStringLiteral("ref-ms0"), kCustomer, QStringLiteral("SBIN"))
                 .status(),
             1528);

    QCOMPARE(daily(SandboxTestClient::pid(true)).status(), 1714); // wadh does not belong on daily KYC
    const auto extra = daily(SandboxTestClient::pid(false), {{QStringLiteral("client_ref_id"), QStringLiteral("x1")}});
    QCOMPARE(extra.httpStatus, 200);
    QCOMPARE(extra.json, QJsonObject({{QStringLiteral("message"), QStringLiteral("No key for Response")}}));
    const auto ok = daily(SandboxTestClient::pid(false));
    QCOMPARE(ok.status(), 0);
    QCOMPARE(ok.typeId(), 1713);
    QCOMPARE(ok.json.value(QStringLiteral("message")).toString(), QStringLiteral("KYC sucess"));

    const auto cw = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("ref-cw1"), kCustomer,
                             QStringLiteral("SBIN"), QStringLiteral("1000"));
    QCOMPARE(cw.typeId(), 1463);
    QCOMPARE(cw.json.value(QStringLiteral("response_status_id")).toInt(), 0);
    QCOMPARE(cw.dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
    QCOMPARE(cw.dataText(QStringLiteral("amount")), QStringLiteral("1000.00"));
    QCOMPARE(cw.dataText(QStringLiteral("aadhar")), QStringLiteral("XXXX XXXX 7058"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{12}$"))
                .match(cw.dataText(QStringLiteral("bank_ref_num")))
                .hasMatch());
    QCOMPARE(cw.dataText(QStringLiteral("commission")), QStringLiteral("4.00")); // 0.40 % of 1,000
    QCOMPARE(cw.dataText(QStringLiteral("tds")), QStringLiteral("0.08"));
    QCOMPARE(cw.dataText(QStringLiteral("balance")), QStringLiteral("51003.92")); // 50,000 + 1,000 + 4 − 0.08
    QCOMPARE(cw.dataText(QStringLiteral("customer_balance")), QStringLiteral("24000.00"));
    QVERIFY(!cw.body.contains("999941057058"));
    QCOMPARE(m_sandbox->customerBalance(kCustomer, QStringLiteral("SBIN"))->value, Paise::fromRupees(24000).value);
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("ref-cw1")), 1);

    const auto be
        = transact(QStringLiteral("balance-enquiry"), QStringLiteral("ref-be1"), kCustomer, QStringLiteral("SBIN"));
    QCOMPARE(be.typeId(), 1466);
    QCOMPARE(be.dataText(QStringLiteral("customer_balance")), QStringLiteral("24000.00"));
    const auto ms
        = transact(QStringLiteral("mini-statement"), QStringLiteral("ref-ms1"), kCustomer, QStringLiteral("SBIN"));
    QCOMPARE(ms.typeId(), 1527);
    const QJsonArray lines = ms.data().value(QStringLiteral("mini_statement_list")).toArray();
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.last().toObject().value(QStringLiteral("txnType")).toString(), QStringLiteral("Dr"));
    QCOMPARE(lines.last().toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("1000.00"));
    QCOMPARE(m_sandbox->ledger().size(), 3);
}

void TestEkoSandboxJourney::nextIstDayNeedsDailyKycAgain()
{
    m_sandbox->markEkycDone(QStringLiteral("20810200"), kAgentAadhaar);
    // 1700000000000 is 03:43 IST; 20:16 later is 23:59 IST the same day, 20:17 later is the next IST day.
    QCOMPARE(daily(SandboxTestClient::pid(false)).typeId(), 1713);
    m_clock.advanceMs((20 * 60 + 16) * 60 * 1000LL);
    m_client->timestampOffsetMs = 0;
    QCOMPARE(
        transact(QStringLiteral("balance-enquiry"), QStringLiteral("d1"), kCustomer, QStringLiteral("SBIN")).typeId(),
        1466);
    m_clock.advanceMs(60 * 1000LL);
    QCOMPARE(
        transact(QStringLiteral("balance-enquiry"), QStringLiteral("d2"), kCustomer, QStringLiteral("SBIN")).status(),
        1467);
    QCOMPARE(daily(SandboxTestClient::pid(false)).typeId(), 1713);
    QCOMPARE(
        transact(QStringLiteral("balance-enquiry"), QStringLiteral("d3"), kCustomer, QStringLiteral("SBIN")).typeId(),
        1466);
}

void TestEkoSandboxJourney::withdrawalLimitsAndDeclines()
{
    m_sandbox->markEkycDone(QStringLiteral("20810200"), kAgentAadhaar);
    m_sandbox->markDailyKycDone(QStringLiteral("20810200"));
    const QString sbin = QStringLiteral("SBIN");
    for (const QString& bad : {QStringLiteral("125"), QStringLiteral("10050"), QStringLiteral("50"),
                               QStringLiteral("abc"), QStringLiteral("100.50")}) {
        const auto r = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("bad-") + bad, kCustomer, sbin, bad);
        QCOMPARE(r.status(), 97);
        QVERIFY(r.invalidParams().contains(QStringLiteral("amount")));
    }
    QCOMPARE(transact(QStringLiteral("cash-withdrawl"), QStringLiteral("max"), kCustomer, sbin, QStringLiteral("10000"))
                 .typeId(),
             1463);
    // Five approved withdrawals per Aadhaar per agent per day; the sixth is declined without a debit.
    for (int i = 2; i <= 5; ++i) {
        QCOMPARE(transact(QStringLiteral("cash-withdrawl"), QStringLiteral("n%1").arg(i), kCustomer, sbin,
                          QStringLiteral("100"))
                     .typeId(),
                 1463);
    }
    const auto sixth
        = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("n6"), kCustomer, sbin, QStringLiteral("100"));
    QCOMPARE(sixth.status(), 1464);
    QCOMPARE(sixth.dataText(QStringLiteral("tx_status")), QStringLiteral("1"));
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("n6")), 0);
    // Another bank account of the same person is another count? No: the count is per Aadhaar.
    QCOMPARE(transact(QStringLiteral("cash-withdrawl"), QStringLiteral("n7"), kCustomer, QStringLiteral("HDFC"),
                      QStringLiteral("100"))
                 .status(),
             1464);

    const auto poor = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("poor"), QStringLiteral("999987654324"),
                               QStringLiteral("ICIC"), QStringLiteral("1000"));
    QCOMPARE(poor.status(), 1464);
    const auto frozen = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("frozen"),
                                 QStringLiteral("999955512345"), QStringLiteral("UBIN"), QStringLiteral("500"));
    QCOMPARE(frozen.dataText(QStringLiteral("reason")),
             QStringLiteral("Customer Bank account is Frozen or Frozen Account"));
    QVERIFY(!frozen.dataText(QStringLiteral("tid")).isEmpty());
    const auto disabled = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("disabled"),
                                   QStringLiteral("999933322213"), QStringLiteral("CNRB"), QStringLiteral("500"));
    QCOMPARE(disabled.dataText(QStringLiteral("reason")),
             QStringLiteral("AePS debit transactions are disabled by customer bank"));
    // An unknown (Aadhaar, bank) opens an account with the default balance, so training always works.
    const auto fresh = transact(QStringLiteral("balance-enquiry"), QStringLiteral("fresh"),
                                QStringLiteral("999971658847"), QStringLiteral("YESB"));
    QCOMPARE(fresh.dataText(QStringLiteral("customer_balance")), QStringLiteral("25000.00"));
    // Unknown bank code: not completed, no tid.
    const auto noBank = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("nobank"), kCustomer,
                                 QStringLiteral("ZZZZ"), QStringLiteral("100"));
    QCOMPARE(noBank.status(), 1464);
    QCOMPARE(noBank.dataText(QStringLiteral("reason")), QStringLiteral("Transaction Not Completed"));
    // A reused client_ref_id is rejected and moves no money.
    const auto dup = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("max"), QStringLiteral("999971658847"),
                              QStringLiteral("PUNB"), QStringLiteral("100"));
    QCOMPARE(dup.status(), 97);
    QVERIFY(dup.invalidParams().contains(QStringLiteral("client_ref_id")));
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("max")), 1);
    QCOMPARE(m_sandbox->customerBalance(QStringLiteral("999971658847"), QStringLiteral("PUNB"))->value,
             Paise::fromRupees(8000).value);
}

void TestEkoSandboxJourney::pidProblemsFailLikeEko()
{
    m_sandbox->markEkycDone(QStringLiteral("20810200"), kAgentAadhaar);
    m_sandbox->markDailyKycDone(QStringLiteral("20810200"));
    const QList<QString> bad
        = {SandboxTestClient::pid(false, QStringLiteral("720")),
           SandboxTestClient::pid(false, QStringLiteral("0"), false),
           SandboxTestClient::pid(false, QStringLiteral("0"), true, 0),
           SandboxTestClient::pid(true),
           QStringLiteral("<!DOCTYPE x [<!ENTITY a \"b\">]><PidData><Resp errCode=\"0\"/></PidData>"),
           QStringLiteral("not xml")};
    int i = 0;
    for (const QString& pidXml : bad) {
        const QString ref = QStringLiteral("pid%1").arg(++i);
        const auto r = transact(QStringLiteral("cash-withdrawl"), ref, kCustomer, QStringLiteral("SBIN"),
                                QStringLiteral("500"), pidXml);
        QCOMPARE(r.status(), 1464);
        QCOMPARE(r.dataText(QStringLiteral("reason")),
                 QStringLiteral("Authentication Failed. Invalid Biometric data."));
        QCOMPARE(m_sandbox->debitCount(ref), 0);
    }
    QCOMPARE(m_sandbox->customerBalance(kCustomer, QStringLiteral("SBIN"))->value, Paise::fromRupees(25000).value);
}

void TestEkoSandboxJourney::replayedPidIsRejectedUnlessSwitchedOff()
{
    m_sandbox->markEkycDone(QStringLiteral("20810200"), kAgentAadhaar);
    m_sandbox->markDailyKycDone(QStringLiteral("20810200"));
    const QString capture = SandboxTestClient::pid(false);
    QCOMPARE(transact(QStringLiteral("cash-withdrawl"), QStringLiteral("r1"), kCustomer, QStringLiteral("SBIN"),
                      QStringLiteral("500"), capture)
                 .typeId(),
             1463);
    const auto replay = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("r2"), kCustomer,
                                 QStringLiteral("SBIN"), QStringLiteral("500"), capture);
    QCOMPARE(replay.status(), 1464);
    QVERIFY(replay.dataText(QStringLiteral("reason")).contains(QStringLiteral("capture the finger again")));
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("r2")), 0);

    EkoSandboxConfig config = m_sandbox->config();
    config.rejectReplayedPid = false;
    m_sandbox->setConfig(config);
    QCOMPARE(transact(QStringLiteral("cash-withdrawl"), QStringLiteral("r3"), kCustomer, QStringLiteral("SBIN"),
                      QStringLiteral("500"), capture)
                 .typeId(),
             1463);
}

void TestEkoSandboxJourney::serviceNotActivatedIsAgentNotAllowed()
{
    m_sandbox->markEkycDone(QStringLiteral("20810200"), kAgentAadhaar);
    m_sandbox->markDailyKycDone(QStringLiteral("20810200"));
    m_sandbox->setServiceStatus(QStringLiteral("20810200"), 43, ServiceStatus::Deactivated);
    const auto r = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("na"), kCustomer, QStringLiteral("SBIN"),
                            QStringLiteral("500"));
    QCOMPARE(r.status(), 346);
    QCOMPARE(r.json.value(QStringLiteral("message")).toString(), QStringLiteral("Agent not allowed"));
    QCOMPARE(daily(SandboxTestClient::pid(false)).status(), 346);
    m_client->userCode = QStringLiteral("20810299");
    QCOMPARE(otp(kAgentAadhaar).status(), 1297);
}

void TestEkoSandboxJourney::legacyV2AepsChecksRequestHash()
{
    m_sandbox->markEkycDone(QStringLiteral("20810200"), kAgentAadhaar);
    m_sandbox->markDailyKycDone(QStringLiteral("20810200"));
    auto v2 = [&](const QString& serviceType, const QString& ref, const QString& amount, const QByteArray& hash) {
        m_client->extraHeaders = {{"request_hash", hash}};
        const auto r
            = m_client->json("POST", QStringLiteral("/v2/aeps"),
                             {{QStringLiteral("service_type"), serviceType},
                              {QStringLiteral("customer_id"), QStringLiteral("9876543210")},
                              {QStringLiteral("bank_code"), QStringLiteral("BARB")},
                              {QStringLiteral("amount"), amount},
                              {QStringLiteral("client_ref_id"), ref},
                              {QStringLiteral("pipe"), QStringLiteral("0")},
                              {QStringLiteral("aadhar"), m_client->encryptAadhaar(QStringLiteral("999971658847"))},
                              {QStringLiteral("notify_customer"), QStringLiteral("0")},
                              {QStringLiteral("piddata"), SandboxTestClient::pid(false)},
                              {QStringLiteral("latlong"), kLatLong},
                              {QStringLiteral("source_ip"), QStringLiteral("127.0.0.1")}});
        m_client->extraHeaders.clear();
        return r;
    };
    // The client signs with the clock's "now" at send time; the ManualClock does not move in between.
    const qint64 ts = m_clock.nowMs();
    const QByteArray good
        = EkoSigner::requestHash(QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"), ts,
                                 {QStringLiteral("999971658847"), QStringLiteral("500"), QStringLiteral("20810200")});
    const auto ap = v2(QStringLiteral("5"), QStringLiteral("ap1"), QStringLiteral("500"), good);
    QCOMPARE(ap.typeId(), 1463);
    QCOMPARE(m_sandbox->ledgerEntry(QStringLiteral("ap1"))->kind, TxKind::AadhaarPay);
    QCOMPARE(v2(QStringLiteral("5"), QStringLiteral("ap2"), QStringLiteral("500"), "bm9wZQ==").status(), 97);
    const QByteArray beHash
        = EkoSigner::requestHash(QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"), ts,
                                 {QStringLiteral("999971658847"), QStringLiteral("0"), QStringLiteral("20810200")});
    QCOMPARE(v2(QStringLiteral("3"), QStringLiteral("be1"), QStringLiteral("0"), beHash).typeId(), 1466);
    QCOMPARE(v2(QStringLiteral("9"), QStringLiteral("x"), QStringLiteral("0"), beHash).status(), 97);
}

void TestEkoSandboxJourney::inquiryByTidAndClientRef()
{
    m_sandbox->markEkycDone(QStringLiteral("20810200"), kAgentAadhaar);
    m_sandbox->markDailyKycDone(QStringLiteral("20810200"));
    const auto cw = transact(QStringLiteral("cash-withdrawl"), QStringLiteral("inq1"), kCustomer,
                             QStringLiteral("SBIN"), QStringLiteral("1500"));
    const QString tid = cw.dataText(QStringLiteral("tid"));
    for (const QString& ref : {tid, QStringLiteral("client_ref_id:inq1"), QStringLiteral("inq1")}) {
        const auto r = m_client->get(QStringLiteral("/v3/tools/reference/transaction/") + ref);
        QCOMPARE(r.typeId(), 1472);
        QCOMPARE(r.dataText(QStringLiteral("tid")), tid);
        QCOMPARE(r.dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
        QCOMPARE(r.dataText(QStringLiteral("client_ref_id")), QStringLiteral("inq1"));
    }
    QUrl withQuery = m_sandbox->baseUrl();
    withQuery.setPath(withQuery.path() + QStringLiteral("/v3/tools/reference/transaction/client_ref_id%3Ainq1"),
                      QUrl::TolerantMode);
    QVERIFY(withQuery.toEncoded().contains("client_ref_id%3Ainq1"));
    withQuery.setQuery(QStringLiteral("initiator_id=9962981729&user_code=20810200"));
    QCOMPARE(m_client->raw("GET", withQuery, {}, {}).typeId(), 1472);
    const auto unknown = m_client->get(QStringLiteral("/v3/tools/reference/transaction/client_ref_id:nope"));
    QCOMPARE(unknown.status(), 168);
    QCOMPARE(unknown.json.value(QStringLiteral("message")).toString(), QStringLiteral("TID does not exist"));
}

QTEST_GUILESS_MAIN(TestEkoSandboxJourney)
#include "TestEkoSandboxJourney.moc"
