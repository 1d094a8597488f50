// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Fault scenarios over real HTTP: pending outcomes, dropped answers reconciled by inquiry to exactly one debit,
// transport errors, hostile bodies, magic amounts, TLS, and logs without Aadhaar numbers.
#include "LogCapture.h"
#include "SandboxTestClient.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"
#include "sandbox/eko/FaultPlan.h"
#include "sandbox/eko/Fixtures.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace saathi;
using namespace saathi::sandbox;
using saathi::test::HttpResult;
using saathi::test::SandboxTestClient;

namespace {
const QString kCustomer = QStringLiteral("999941057058");
const QString kAgentAadhaar = QStringLiteral("999977788890");
const QString kCw = QStringLiteral("cash-withdrawal");
} // namespace

class TestEkoSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pendingThenSuccessResolvesOnInquiry();
    void pendingThenFailureReversesTheDebit();
    void withdrawalDroppedResponseIsReconciledToOneDebit();
    void closedConnectionStillCommitsOnce();
    void http500AndHtmlPageDoNotCommit();
    void slowResponseArrivesLate();
    void noKeyForResponseAndInsufficientBalance();
    void bankDeclinesCarryEkoReasons_data();
    void bankDeclinesCarryEkoReasons();
    void notLinkedAnswers1467AndNothingMoves();
    void aCustomerLinkedToOneBankIsNotLinkedElsewhere();
    void biometricMismatchFailsDailyKyc();
    void fp069AsksForDailyKycAgain();
    void hostileBodies();
    void magicAmountsScriptTraining();
    void tlsServesWithTheSandboxCa();
    void logsAndLedgerNeverHoldTheAadhaar();

private:
    HttpResult cw(const QString& ref, const QString& amount = QStringLiteral("1000"));
    HttpResult cwAt(const QString& ref, const QString& aadhaar, const QString& bank,
                    const QString& amount = QStringLiteral("1000"));
    HttpResult inquire(const QString& ref);

    ManualClock m_clock {1700000000000};
    std::unique_ptr<EkoSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestEkoSandboxFaults::initTestCase()
{
    saathi::test::LogCapture::install(); // no redactor in front: the sandbox itself must not log secrets
}

void TestEkoSandboxFaults::init()
{
    m_clock.setNowMs(1700000000000);
    m_sandbox = std::make_unique<EkoSandbox>(EkoSandboxConfig(), &m_clock);
    QVERIFY(m_sandbox->listen());
    m_sandbox->markEkycDone(QStringLiteral("20810200"), kAgentAadhaar);
    m_sandbox->markDailyKycDone(QStringLiteral("20810200"));
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl(), m_clock);
}

void TestEkoSandboxFaults::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

HttpResult TestEkoSandboxFaults::cw(const QString& ref, const QString& amount)
{
    return cwAt(ref, kCustomer, QStringLiteral("SBIN"), amount);
}

HttpResult TestEkoSandboxFaults::cwAt(const QString& ref, const QString& aadhaar, const QString& bank,
                                      const QString& amount)
{
    return m_client->json("POST", QStringLiteral("/v3/customer/collection/aeps-fingpay/cash-withdrawl/9876543210"),
                          {{QStringLiteral("client_ref_id"), ref},
                           {QStringLiteral("bank_code"), bank},
                           {QStringLiteral("amount"), amount},
                           {QStringLiteral("aadhar"), m_client->encryptAadhaar(aadhaar)},
                           {QStringLiteral("latlong"), QStringLiteral("12.97,77.59")},
                           {QStringLiteral("piddata"), SandboxTestClient::pid(false)}});
}

HttpResult TestEkoSandboxFaults::inquire(const QString& ref)
{
    return m_client->get(QStringLiteral("/v3/tools/reference/transaction/client_ref_id:") + ref);
}

void TestEkoSandboxFaults::pendingThenSuccessResolvesOnInquiry()
{
    m_sandbox->armFault(Fault::PendingThenSuccess, kCw);
    const auto r = cw(QStringLiteral("p1"));
    QCOMPARE(r.status(), 0);
    QCOMPARE(r.typeId(), 1465);
    QCOMPARE(r.json.value(QStringLiteral("response_status_id")).toInt(), 2);
    QCOMPARE(r.dataText(QStringLiteral("tx_status")), QStringLiteral("2"));
    QCOMPARE(m_sandbox->ledgerEntry(QStringLiteral("p1"))->state, TxState::Pending);
    const auto q = inquire(QStringLiteral("p1"));
    QCOMPARE(q.typeId(), 1472);
    QCOMPARE(q.dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("p1")), 1);
    QCOMPARE(m_sandbox->agent(QStringLiteral("20810200"))->wallet.value,
             m_sandbox->config().defaultAgentWallet.value + 100392);
}

void TestEkoSandboxFaults::pendingThenFailureReversesTheDebit()
{
    EkoSandboxConfig config = m_sandbox->config();
    config.pendingResolveDelayMs = 60000;
    m_sandbox->setConfig(config);
    m_sandbox->armFault(Fault::PendingThenFailure, QStringLiteral("financial"));
    QCOMPARE(cw(QStringLiteral("p2")).typeId(), 1465);
    QCOMPARE(m_sandbox->customerBalance(kCustomer, QStringLiteral("SBIN"))->value, Paise::fromRupees(24000).value);
    QCOMPARE(inquire(QStringLiteral("p2")).dataText(QStringLiteral("tx_status")), QStringLiteral("2")); // too early
    m_clock.advanceMs(60000);
    const auto q = inquire(QStringLiteral("p2"));
    QCOMPARE(q.dataText(QStringLiteral("tx_status")), QStringLiteral("1"));
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("p2")), 0);
    QVERIFY(m_sandbox->ledgerEntry(QStringLiteral("p2"))->reversed);
    QCOMPARE(m_sandbox->customerBalance(kCustomer, QStringLiteral("SBIN"))->value, Paise::fromRupees(25000).value);
}

void TestEkoSandboxFaults::withdrawalDroppedResponseIsReconciledToOneDebit()
{
    m_sandbox->armFault(Fault::DropResponse, kCw);
    m_client->timeoutMs = 800;
    const auto r = cw(QStringLiteral("drop1"));
    QVERIFY(r.httpStatus == 0);
    QVERIFY(r.body.isEmpty());
    // The money moved although the client never heard: exactly one debit, and inquiry finds it.
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("drop1")), 1);
    m_client->timeoutMs = 5000;
    const auto q = inquire(QStringLiteral("drop1"));
    QCOMPARE(q.dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
    QCOMPARE(q.dataText(QStringLiteral("amount")), QStringLiteral("1000.00"));
    // A careless retry with the same client_ref_id is refused and moves nothing.
    QCOMPARE(cw(QStringLiteral("drop1")).status(), 97);
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("drop1")), 1);
    QCOMPARE(m_sandbox->customerBalance(kCustomer, QStringLiteral("SBIN"))->value, Paise::fromRupees(24000).value);
}

void TestEkoSandboxFaults::closedConnectionStillCommitsOnce()
{
    m_sandbox->armFault(Fault::CloseConnection, kCw);
    const auto r = cw(QStringLiteral("close1"));
    // QNAM may resend once on a closed connection; the resend is a duplicate and moves nothing.
    QVERIFY(r.httpStatus == 0 || r.status() == 97);
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("close1")), 1);
    QCOMPARE(inquire(QStringLiteral("close1")).dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
}

void TestEkoSandboxFaults::http500AndHtmlPageDoNotCommit()
{
    m_sandbox->armFault(Fault::Http500, kCw);
    QCOMPARE(cw(QStringLiteral("e500")).httpStatus, 500);
    QCOMPARE(inquire(QStringLiteral("e500")).status(), 168);
    m_sandbox->armFault(Fault::HtmlErrorPage, QStringLiteral("*"));
    const auto html = cw(QStringLiteral("html"));
    QCOMPARE(html.httpStatus, 502);
    QVERIFY(html.body.startsWith("<html>"));
    QVERIFY(m_sandbox->ledger().isEmpty());
}

void TestEkoSandboxFaults::slowResponseArrivesLate()
{
    EkoSandboxConfig config = m_sandbox->config();
    config.slowResponseMs = 1200;
    m_sandbox->setConfig(config);
    m_sandbox->armFault(Fault::SlowResponse, QStringLiteral("banks"));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/banks")).status(), 0);
    QVERIFY(timer.elapsed() >= 1100);
}

void TestEkoSandboxFaults::noKeyForResponseAndInsufficientBalance()
{
    m_sandbox->armFault(Fault::NoKeyForResponse, kCw);
    const auto r = cw(QStringLiteral("nk"));
    QCOMPARE(r.body, QByteArray(R"({"message":"No key for Response"})"));
    m_sandbox->armFault(Fault::InsufficientWalletBalance, kCw);
    const auto poor = cw(QStringLiteral("ib"));
    QCOMPARE(poor.status(), 347);
    QCOMPARE(poor.json.value(QStringLiteral("message")).toString(), QStringLiteral("Insufficient balance"));
    QVERIFY(m_sandbox->ledger().isEmpty());
}

void TestEkoSandboxFaults::bankDeclinesCarryEkoReasons_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("frozen") << int(Fault::BankDeclineFrozen)
                            << QStringLiteral("Customer Bank account is Frozen or Frozen Account");
    QTest::newRow("disabled") << int(Fault::BankDeclineDebitDisabled)
                              << QStringLiteral("AePS debit transactions are disabled by customer bank");
    QTest::newRow("not completed") << int(Fault::BankDeclineNotCompleted)
                                   << QStringLiteral("Transaction Not Completed");
    QTest::newRow("finger") << int(Fault::BiometricMismatch)
                            << QStringLiteral("Authentication Failed. Invalid Biometric data.");
    QTest::newRow("limit exhausted") << int(Fault::BankLimitExhausted)
                                     << QStringLiteral("Exceeds withdrawal frequency limit");
}

// Issue #18: Eko's "not linked" answer reuses 1467 (also its "do 2fa first" code), with its own reason text.
void TestEkoSandboxFaults::notLinkedAnswers1467AndNothingMoves()
{
    m_sandbox->armFault(Fault::BankNotLinked, kCw);
    const auto r = cw(QStringLiteral("nl1"));
    QCOMPARE(r.status(), 1467);
    QCOMPARE(r.typeId(), 1467);
    QCOMPARE(r.dataText(QStringLiteral("tx_status")), QStringLiteral("1"));
    QCOMPARE(r.dataText(QStringLiteral("reason")), QStringLiteral("Aadhaar number not linked with the selected bank"));
    QCOMPARE(r.dataText(QStringLiteral("comment")), QStringLiteral("Aadhaar number not linked with the selected bank"));
    QVERIFY(!r.dataText(QStringLiteral("tid")).isEmpty());
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("nl1")), 0);
    QCOMPARE(cw(QStringLiteral("nl2")).typeId(), 1463); // armed once: the next one goes through

    QCOMPARE(faultName(Fault::BankNotLinked), QStringLiteral("bank_not_linked"));
    QCOMPARE(faultName(Fault::BankLimitExhausted), QStringLiteral("bank_limit_exhausted"));
    QVERIFY(allFaultNames().contains(QStringLiteral("bank_not_linked")));
}

void TestEkoSandboxFaults::aCustomerLinkedToOneBankIsNotLinkedElsewhere()
{
    const QString oneBank = QString::fromLatin1(fixtures::kOneBankAadhaar);
    const auto elsewhere = cwAt(QStringLiteral("ob1"), oneBank, QStringLiteral("SBIN"));
    QCOMPARE(elsewhere.status(), 1467);
    QCOMPARE(elsewhere.dataText(QStringLiteral("reason")),
             QStringLiteral("Aadhaar number not linked with the selected bank"));
    QVERIFY(!m_sandbox->customerBalance(oneBank, QStringLiteral("SBIN"))); // no account was opened there
    const auto linked = cwAt(QStringLiteral("ob2"), oneBank, QStringLiteral("BARB"));
    QCOMPARE(linked.typeId(), 1463);
    QCOMPARE(m_sandbox->customerBalance(oneBank, QStringLiteral("BARB")).value_or(Paise {}), Paise::fromRupees(8000));
}

void TestEkoSandboxFaults::bankDeclinesCarryEkoReasons()
{
    QFETCH(int, fault);
    QFETCH(QString, reason);
    m_sandbox->armFault(static_cast<Fault>(fault), kCw);
    const auto r = cw(QStringLiteral("decl"));
    QCOMPARE(r.status(), 1464);
    QCOMPARE(r.typeId(), 1464);
    QCOMPARE(r.dataText(QStringLiteral("tx_status")), QStringLiteral("1"));
    QCOMPARE(r.dataText(QStringLiteral("reason")), reason);
    QVERIFY(!r.dataText(QStringLiteral("tid")).isEmpty());
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("decl")), 0);
}

void TestEkoSandboxFaults::biometricMismatchFailsDailyKyc()
{
    m_sandbox->armFault(Fault::BiometricMismatch, QStringLiteral("daily-kyc"));
    const auto r = m_client->json("PUT", QStringLiteral("/v3/user/collection/aeps-fingpay/kyc/biometric/daily"),
                                  {{QStringLiteral("aadhar"), m_client->encryptAadhaar(kAgentAadhaar)},
                                   {QStringLiteral("customer_id"), QStringLiteral("9962981729")},
                                   {QStringLiteral("latlong"), QStringLiteral("12.97,77.59")},
                                   {QStringLiteral("piddata"), SandboxTestClient::pid(false)},
                                   {QStringLiteral("bank_code"), QStringLiteral("KARB")}});
    QCOMPARE(r.status(), 1714);
    QCOMPARE(r.dataText(QStringLiteral("reason")), QStringLiteral("Authentication Failed. Invalid Biometric data."));
}

void TestEkoSandboxFaults::fp069AsksForDailyKycAgain()
{
    m_sandbox->armFault(Fault::Fp069, QStringLiteral("financial"));
    QCOMPARE(cw(QStringLiteral("fp1")).status(), 1467);
    QCOMPARE(cw(QStringLiteral("fp2")).status(), 1467); // stays until the agent's next daily KYC
    m_sandbox->markDailyKycDone(QStringLiteral("20810200"));
    QCOMPARE(cw(QStringLiteral("fp3")).typeId(), 1463);
}

void TestEkoSandboxFaults::hostileBodies()
{
    m_sandbox->armFault(Fault::TruncatedJson, kCw);
    const auto truncated = cw(QStringLiteral("h1"));
    QCOMPARE(truncated.httpStatus, 200);
    QVERIFY(truncated.json.isEmpty());
    QVERIFY(truncated.body.startsWith("{"));
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("h1")), 1); // committed: the client must inquire

    m_sandbox->armFault(Fault::HugeBody, QStringLiteral("banks"));
    QVERIFY(m_client->get(QStringLiteral("/v3/tools/reference/banks")).body.size() > 10 * 1024 * 1024);

    m_sandbox->armFault(Fault::WrongTypes, kCw);
    const auto wrong = cw(QStringLiteral("h2"));
    QVERIFY(wrong.json.value(QStringLiteral("status")).isString());
    QVERIFY(wrong.data().value(QStringLiteral("tx_status")).isDouble());
    QVERIFY(wrong.data().value(QStringLiteral("aadhar")).isArray());

    m_sandbox->armFault(Fault::ArrayInsteadOfObject, kCw);
    QVERIFY(cw(QStringLiteral("h3")).json.value(QStringLiteral("data")).isArray());
}

void TestEkoSandboxFaults::magicAmountsScriptTraining()
{
    QCOMPARE(cw(QStringLiteral("m1"), QStringLiteral("7050")).typeId(), 1465);
    QCOMPARE(inquire(QStringLiteral("m1")).dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
    QCOMPARE(cw(QStringLiteral("m2"), QStringLiteral("7250")).httpStatus, 500);
    QCOMPARE(cw(QStringLiteral("m3"), QStringLiteral("7450")).dataText(QStringLiteral("reason")),
             QStringLiteral("Customer Bank account is Frozen or Frozen Account"));
    QCOMPARE(cw(QStringLiteral("m6"), QStringLiteral("7650")).status(), 1467);
    QCOMPARE(cw(QStringLiteral("m7"), QStringLiteral("7700")).dataText(QStringLiteral("reason")),
             QStringLiteral("Exceeds withdrawal frequency limit"));
    QVERIFY(!FaultPlan::forMagicAmount(Paise::fromRupees(7750)));
    m_client->timeoutMs = 600;
    QCOMPARE(cw(QStringLiteral("m4"), QStringLiteral("7150")).httpStatus, 0);
    QCOMPARE(m_sandbox->debitCount(QStringLiteral("m4")), 1);
    EkoSandboxConfig config = m_sandbox->config();
    config.magicAmounts = false;
    m_sandbox->setConfig(config);
    m_client->timeoutMs = 5000;
    QCOMPARE(cw(QStringLiteral("m5"), QStringLiteral("7050")).typeId(), 1463);
}

void TestEkoSandboxFaults::tlsServesWithTheSandboxCa()
{
    EkoSandbox tlsSandbox(EkoSandboxConfig(), &m_clock);
    tlsSandbox.setTlsEnabled(true);
    QVERIFY2(tlsSandbox.listen(), qPrintable(tlsSandbox.errorString()));
    QCOMPARE(tlsSandbox.baseUrl().scheme(), QStringLiteral("https"));
    SandboxTestClient untrusting(tlsSandbox.baseUrl(), m_clock);
    const auto refused = untrusting.get(QStringLiteral("/v3/tools/reference/banks"));
    QCOMPARE(refused.httpStatus, 0);
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(tlsSandbox.requestLog().isEmpty()); // nothing was sent before the handshake failed
    SandboxTestClient trusting(tlsSandbox.baseUrl(), m_clock);
    trusting.trustedCas = {EkoSandbox::caCertificate()};
    const auto ok = trusting.get(QStringLiteral("/v3/tools/reference/banks"));
    QCOMPARE(ok.httpStatus, 200);
    QCOMPARE(ok.status(), 0);
    QCOMPARE(tlsSandbox.requestLog().size(), 1);
}

void TestEkoSandboxFaults::logsAndLedgerNeverHoldTheAadhaar()
{
    saathi::test::LogCapture::clear();
    QCOMPARE(cw(QStringLiteral("log1")).typeId(), 1463);
    QUrl url = m_sandbox->serverUrl();
    url.setPath(QStringLiteral("/sandbox/ledger"));
    const auto ledger = m_client->raw("GET", url, {}, {});
    QCOMPARE(ledger.json.value(QStringLiteral("ledger")).toArray().size(), 1);
    QVERIFY(!ledger.body.contains(kCustomer.toLatin1()));
    QVERIFY(ledger.body.contains("XXXX XXXX 7058"));
    QVERIFY(!saathi::test::LogCapture::lines().isEmpty());
    const QString leak = saathi::test::LogCapture::firstLineContaining(
        {kCustomer, kAgentAadhaar, QStringLiteral("PidData"), QStringLiteral("d2fe1d99")});
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
}

QTEST_GUILESS_MAIN(TestEkoSandboxFaults)
#include "TestEkoSandboxFaults.moc"
