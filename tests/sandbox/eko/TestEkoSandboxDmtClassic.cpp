// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Classic DMT (reference §7.1, seed 000) over real HTTP with form-urlencoded bodies: customers and their OTP,
// recipients, transfers within the limits, NEFT settlement, refunds with the customer's OTP, and faults reconciled
// by inquiry to exactly one wallet debit.
#include "SandboxTestClient.h"
#include "core/eko/EndpointCatalogue.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace saathi;
using namespace saathi::sandbox;
using saathi::test::HttpResult;
using saathi::test::SandboxTestClient;

namespace {
using Fields = QList<QPair<QString, QString>>;
const QString kRamesh = QStringLiteral("9811100001"); // non-KYC, one SBIN recipient
const QString kSunita = QStringLiteral("9811100002"); // full KYC, one IOBA (NEFT-only) recipient
const QString kMohan = QStringLiteral("9811100003"); // non-KYC, no recipients
const QString kAddress = QStringLiteral(R"({"line":"4 Temple Street","city":"Mysuru","pincode":"570001"})");
} // namespace

class TestEkoSandboxDmtClassic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newCustomerIsVerifiedWithTheOtp();
    void expiredOtpIsRefusedAndResendWorks();
    void recipientsAreAddedListedAndDeleted();
    void transferOf5000SucceedsAndDebitsAmountPlusFee();
    void transferAbove5000IsRefused();
    void monthlyLimitIsExhaustedAndResetsNextIstMonth();
    void neftIsInitiatedThenSucceeds();
    void impsFailureIsRefundedWithTheCustomerOtp();
    void declinedTransferMovesNothing();
    void duplicateClientRefIdSaysUseInquiry();
    void droppedTransferResponseIsReconciledToOneDebit();
    void http500DoesNotCommitAndPendingFaultResolves();
    void shortWalletIsInsufficientBalance();
    void catalogueDmtOperationsReachSandboxRoutes();

private:
    HttpResult form(const QByteArray& method, const QString& path, Fields fields);
    HttpResult transfer(const QString& ref, const QString& amount, const QString& customer = kRamesh,
                        const QString& channel = QStringLiteral("2"), QString recipientId = QString());
    HttpResult control(const QByteArray& json);
    QString recipientOf(const QString& mobile) const;
    Paise wallet() const { return m_sandbox->agent(QStringLiteral("20810200"))->wallet; }

    ManualClock m_clock {1700000000000};
    std::unique_ptr<EkoSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestEkoSandboxDmtClassic::init()
{
    m_clock.setNowMs(1700000000000);
    m_sandbox = std::make_unique<EkoSandbox>(EkoSandboxConfig(), &m_clock);
    QVERIFY(m_sandbox->listen());
    m_sandbox->setAgentWallet(QStringLiteral("20810200"), Paise::fromRupees(100000));
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl(), m_clock);
}

void TestEkoSandboxDmtClassic::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

HttpResult TestEkoSandboxDmtClassic::form(const QByteArray& method, const QString& path, Fields fields)
{
    fields.prepend({QStringLiteral("user_code"), m_client->userCode});
    fields.prepend({QStringLiteral("initiator_id"), m_client->initiatorId});
    QByteArray body;
    for (const auto& [key, value] : fields) {
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return m_client->raw(method, m_client->url(path), body, "application/x-www-form-urlencoded");
}

QString TestEkoSandboxDmtClassic::recipientOf(const QString& mobile) const
{
    return m_sandbox->dmtCustomer(DmtRail::Classic, mobile)->recipients.value(0).id;
}

HttpResult TestEkoSandboxDmtClassic::transfer(const QString& ref, const QString& amount, const QString& customer,
                                              const QString& channel, QString recipientId)
{
    if (recipientId.isEmpty()) {
        recipientId = recipientOf(customer);
    }
    return form("POST", QStringLiteral("/v2/transactions"),
                {{QStringLiteral("customer_id"), customer},
                 {QStringLiteral("recipient_id"), recipientId},
                 {QStringLiteral("amount"), amount},
                 {QStringLiteral("channel"), channel},
                 {QStringLiteral("state"), QStringLiteral("1")},
                 {QStringLiteral("timestamp"), QStringLiteral("2023-11-15T03:43:20+05:30")},
                 {QStringLiteral("currency"), QStringLiteral("INR")},
                 {QStringLiteral("client_ref_id"), ref},
                 {QStringLiteral("latlong"), QStringLiteral("12.97,77.59")},
                 {QStringLiteral("hold_timeout"), QStringLiteral("10")}});
}

HttpResult TestEkoSandboxDmtClassic::control(const QByteArray& json)
{
    QUrl url = m_sandbox->serverUrl();
    url.setPath(QStringLiteral("/sandbox/control"));
    return m_client->raw("POST", url, json, "application/json");
}

void TestEkoSandboxDmtClassic::newCustomerIsVerifiedWithTheOtp()
{
    const QString mobile = QStringLiteral("9876500001");
    const QString path = QStringLiteral("/v2/customers/mobile_number:") + mobile;
    QCOMPARE(m_client->get(path).status(), 463);
    const auto created = form("PUT", path,
                              {{QStringLiteral("name"), QStringLiteral("Lakshmi Bai")},
                               {QStringLiteral("dob"), QStringLiteral("1988-08-15")},
                               {QStringLiteral("residence_address"), kAddress}});
    QCOMPARE(created.status(), 0);
    QCOMPARE(created.typeId(), 327);
    QCOMPARE(created.dataText(QStringLiteral("state")), QStringLiteral("1"));
    const QString ref = created.dataText(QStringLiteral("otp_ref_id"));
    QVERIFY(!ref.isEmpty());
    QCOMPARE(m_client->get(path).typeId(), 37);
    QCOMPARE(form("PUT", path,
                  {{QStringLiteral("name"), QStringLiteral("Lakshmi Bai")},
                   {QStringLiteral("dob"), QStringLiteral("1988-08-15")},
                   {QStringLiteral("residence_address"), kAddress}})
                 .status(),
             17);
    const Fields verify = {{QStringLiteral("id_type"), QStringLiteral("mobile_number")},
                           {QStringLiteral("id"), mobile},
                           {QStringLiteral("otp_ref_id"), ref}};
    QCOMPARE(form("PUT", QStringLiteral("/v2/customers/verification/otp:654321"), verify).status(), 302);
    const auto ok = form("PUT", QStringLiteral("/v2/customers/verification/otp:123456"), verify);
    QCOMPARE(ok.status(), 0);
    QCOMPARE(ok.dataText(QStringLiteral("state")), QStringLiteral("2"));
    const auto reused = form("PUT", QStringLiteral("/v2/customers/verification/otp:123456"), verify);
    QCOMPARE(reused.status(), 302);
    QCOMPARE(reused.json.value(QStringLiteral("message")).toString(), QStringLiteral("OTP already used"));
    const auto found = m_client->get(path);
    QCOMPARE(found.typeId(), 33);
    QCOMPARE(found.dataText(QStringLiteral("state")), QStringLiteral("2"));
    QCOMPARE(found.dataText(QStringLiteral("total_limit")), QStringLiteral("25000.00"));
    QCOMPARE(found.dataText(QStringLiteral("available_limit")), QStringLiteral("25000.00"));
    QCOMPARE(m_sandbox->dmtCustomer(DmtRail::Classic, mobile)->state, DmtCustomerState::NonKyc);
    // A name with digits is refused with 132; a bad address with 97.
    const auto badName = form("PUT", QStringLiteral("/v2/customers/mobile_number:9876500002"),
                              {{QStringLiteral("name"), QStringLiteral("R2D2")},
                               {QStringLiteral("dob"), QStringLiteral("1988-08-15")},
                               {QStringLiteral("residence_address"), kAddress}});
    QCOMPARE(badName.status(), 132);
    const auto badAddress = form("PUT", QStringLiteral("/v2/customers/mobile_number:9876500002"),
                                 {{QStringLiteral("name"), QStringLiteral("Ravi")},
                                  {QStringLiteral("dob"), QStringLiteral("1988-08-15")},
                                  {QStringLiteral("residence_address"), QStringLiteral("Mysuru")}});
    QCOMPARE(badAddress.status(), 97);
    QVERIFY(badAddress.invalidParams().contains(QStringLiteral("residence_address")));
}

void TestEkoSandboxDmtClassic::expiredOtpIsRefusedAndResendWorks()
{
    const QString mobile = QStringLiteral("9876500003");
    const QString path = QStringLiteral("/v2/customers/mobile_number:") + mobile;
    const auto created = form("PUT", path,
                              {{QStringLiteral("name"), QStringLiteral("Anil Kumar")},
                               {QStringLiteral("dob"), QStringLiteral("1979-02-01")},
                               {QStringLiteral("residence_address"), kAddress}});
    const QString ref = created.dataText(QStringLiteral("otp_ref_id"));
    m_clock.advanceMs(m_sandbox->config().otpValidityMs + 1000);
    const Fields verify = {{QStringLiteral("id_type"), QStringLiteral("mobile_number")},
                           {QStringLiteral("id"), mobile},
                           {QStringLiteral("otp_ref_id"), ref}};
    QCOMPARE(form("PUT", QStringLiteral("/v2/customers/verification/otp:123456"), verify).status(), 303);
    const auto resent = form("POST", path + QStringLiteral("/otp"), {});
    QCOMPARE(resent.status(), 0);
    const QString fresh = resent.dataText(QStringLiteral("otp_ref_id"));
    QVERIFY(!fresh.isEmpty() && fresh != ref);
    const auto ok = form("PUT", QStringLiteral("/v2/customers/verification/otp:123456"),
                         {{QStringLiteral("id_type"), QStringLiteral("mobile_number")},
                          {QStringLiteral("id"), mobile},
                          {QStringLiteral("otp_ref_id"), fresh}});
    QCOMPARE(ok.status(), 0);
    const auto again = form("POST", path + QStringLiteral("/otp"), {});
    QCOMPARE(again.status(), 0);
    QCOMPARE(again.json.value(QStringLiteral("response_status_id")).toInt(), -1); // already verified
    QVERIFY(again.dataText(QStringLiteral("otp_ref_id")).isEmpty());
}

void TestEkoSandboxDmtClassic::recipientsAreAddedListedAndDeleted()
{
    const QString base = QStringLiteral("/v2/customers/mobile_number:") + kRamesh + QStringLiteral("/recipients");
    const Fields who = {{QStringLiteral("recipient_name"), QStringLiteral("Meena Kumari")},
                        {QStringLiteral("recipient_mobile"), QStringLiteral("9811100555")},
                        {QStringLiteral("recipient_type"), QStringLiteral("3")}};
    const auto added = form("PUT", base + QStringLiteral("/acc_ifsc:50100223344_HDFC0000987"), who);
    QCOMPARE(added.status(), 0);
    QCOMPARE(added.typeId(), 43);
    const QString id = added.dataText(QStringLiteral("recipient_id"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(added.data().value(QStringLiteral("available_channel")).toInt(), 0);
    QCOMPARE(form("PUT", base + QStringLiteral("/acc_ifsc:50100223344_HDFC0000987"), who).status(), 342);
    QCOMPARE(form("PUT", base + QStringLiteral("/acc_ifsc:50100223345_HDFC1000987"), who).status(), 136);
    QCOMPARE(form("PUT", base + QStringLiteral("/acc_ifsc:50100223345_ABCD0000987"), who).status(), 521);
    QCOMPARE(form("PUT", base + QStringLiteral("/acc_ifsc:50100223345_HDFC0000000"), who).status(), 41);
    Fields wrongBank = who;
    wrongBank.append({QStringLiteral("bank_id"), QStringLiteral("1")}); // SBIN, not HDFC
    const auto mismatch = form("PUT", base + QStringLiteral("/acc_ifsc:50100223345_HDFC0000987"), wrongBank);
    QCOMPARE(mismatch.status(), 508);
    QVERIFY(mismatch.invalidParams().contains(QStringLiteral("ifsc")));
    QCOMPARE(form("PUT", base + QStringLiteral("/acc_ifsc:12AB_HDFC0000987"), who).status(), 46);
    const auto neftOnly = form("PUT", base + QStringLiteral("/acc_ifsc:11122233344_PSIB0000321"), who);
    QCOMPARE(neftOnly.data().value(QStringLiteral("available_channel")).toInt(), 1);
    const auto list = m_client->get(base);
    QCOMPARE(list.typeId(), 23);
    QCOMPARE(list.data().value(QStringLiteral("recipient_list")).toArray().size(), 3);
    const auto one = m_client->get(base + QStringLiteral("/recipient_id:") + id);
    QCOMPARE(one.dataText(QStringLiteral("ifsc")), QStringLiteral("HDFC0000987"));
    QCOMPARE(form("DELETE", base + QStringLiteral("/recipient_id:") + id, {}).status(), 0);
    QCOMPARE(m_client->get(base).data().value(QStringLiteral("recipient_list")).toArray().size(), 2);
    QCOMPARE(form("DELETE", base + QStringLiteral("/recipient_id:") + id, {}).status(), 313);
    const auto none
        = m_client->get(QStringLiteral("/v2/customers/mobile_number:") + kMohan + QStringLiteral("/recipients"));
    QCOMPARE(none.typeId(), 22);
}

void TestEkoSandboxDmtClassic::transferOf5000SucceedsAndDebitsAmountPlusFee()
{
    const auto r = transfer(QStringLiteral("dmt-ok-1"), QStringLiteral("5000"));
    QCOMPARE(r.status(), 0);
    QCOMPARE(r.typeId(), 325);
    QCOMPARE(r.dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
    QCOMPARE(r.dataText(QStringLiteral("amount")), QStringLiteral("5000.00"));
    QCOMPARE(r.dataText(QStringLiteral("fee")), QStringLiteral("50.00"));
    QCOMPARE(r.dataText(QStringLiteral("bank_ref_num")).size(), 12);
    QCOMPARE(r.dataText(QStringLiteral("channel_desc")), QStringLiteral("IMPS"));
    QCOMPARE(r.dataText(QStringLiteral("balance")), QStringLiteral("94950.00"));
    QCOMPARE(wallet(), Paise::fromRupees(94950));
    QCOMPARE(m_sandbox->dmtDebitCount(QStringLiteral("dmt-ok-1")), 1);
    const QString tid = r.dataText(QStringLiteral("tid"));
    const auto byTid = m_client->get(QStringLiteral("/v2/transactions/") + tid);
    QCOMPARE(byTid.dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
    QCOMPARE(byTid.dataText(QStringLiteral("recipient_id")), recipientOf(kRamesh));
    const auto byRef = m_client->get(QStringLiteral("/v3/tools/reference/transaction/client_ref_id:dmt-ok-1"));
    QCOMPARE(byRef.typeId(), 1472);
    QCOMPARE(byRef.dataText(QStringLiteral("tid")), tid);
    QCOMPARE(byRef.dataText(QStringLiteral("fee")), QStringLiteral("50.00"));
    QCOMPARE(m_client->get(QStringLiteral("/v2/transactions/client_ref_id:nope")).status(), 168);
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/transaction/client_ref_id:nope")).status(), 168);
    const auto used = m_client->get(QStringLiteral("/v2/customers/mobile_number:") + kRamesh);
    QCOMPARE(used.dataText(QStringLiteral("used_limit")), QStringLiteral("5000.00"));
    QUrl url = m_sandbox->serverUrl();
    url.setPath(QStringLiteral("/sandbox/dmt-ledger"));
    const auto ledger = m_client->raw("GET", url, QByteArray(), QByteArray());
    const QJsonArray rows = ledger.json.value(QStringLiteral("dmt_ledger")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("wallet_debit")).toString(), QStringLiteral("5050.00"));
}

void TestEkoSandboxDmtClassic::transferAbove5000IsRefused()
{
    const auto r = transfer(QStringLiteral("dmt-big"), QStringLiteral("5001"));
    QCOMPARE(r.status(), 97);
    QVERIFY(r.invalidParams().contains(QStringLiteral("amount")));
    QCOMPARE(transfer(QStringLiteral("dmt-small"), QStringLiteral("99")).status(), 97);
    QVERIFY(m_sandbox->dmtLedger().isEmpty());
    QCOMPARE(wallet(), Paise::fromRupees(100000));
}

void TestEkoSandboxDmtClassic::monthlyLimitIsExhaustedAndResetsNextIstMonth()
{
    m_clock.setNowMs(QDateTime(QDate(2023, 11, 30), QTime(23, 50), Clock::istZone()).toMSecsSinceEpoch());
    m_sandbox->setDmtMonthlyUsed(DmtRail::Classic, kRamesh, Paise::fromRupees(24000));
    const auto over = transfer(QStringLiteral("lim-1"), QStringLiteral("1001"));
    QCOMPARE(over.status(), 945);
    QCOMPARE(over.dataText(QStringLiteral("available_limit")), QStringLiteral("1000.00"));
    QCOMPARE(transfer(QStringLiteral("lim-2"), QStringLiteral("1000")).status(), 0);
    QCOMPARE(transfer(QStringLiteral("lim-3"), QStringLiteral("100")).status(), 945);
    m_clock.setNowMs(QDateTime(QDate(2023, 12, 1), QTime(0, 0, 30), Clock::istZone()).toMSecsSinceEpoch());
    const auto next = transfer(QStringLiteral("lim-4"), QStringLiteral("100"));
    QCOMPARE(next.status(), 0);
    QCOMPARE(
        m_client->get(QStringLiteral("/v2/customers/mobile_number:") + kRamesh).dataText(QStringLiteral("used_limit")),
        QStringLiteral("100.00"));
}

void TestEkoSandboxDmtClassic::neftIsInitiatedThenSucceeds()
{
    QCOMPARE(transfer(QStringLiteral("neft-imps"), QStringLiteral("2000"), kSunita, QStringLiteral("2")).status(), 344);
    QCOMPARE(transfer(QStringLiteral("neft-bad"), QStringLiteral("2000"), kSunita, QStringLiteral("3")).status(), 460);
    const auto r = transfer(QStringLiteral("neft-1"), QStringLiteral("2000"), kSunita, QStringLiteral("1"));
    QCOMPARE(r.status(), 0);
    QCOMPARE(r.json.value(QStringLiteral("response_status_id")).toInt(), 2);
    QCOMPARE(r.dataText(QStringLiteral("tx_status")), QStringLiteral("2"));
    QCOMPARE(r.dataText(QStringLiteral("txstatus_desc")), QStringLiteral("Initiated"));
    QVERIFY(r.dataText(QStringLiteral("bank_ref_num")).isEmpty());
    QCOMPARE(wallet(), Paise::fromRupees(100000 - 2020));
    QCOMPARE(
        m_client->get(QStringLiteral("/v2/transactions/client_ref_id:neft-1")).dataText(QStringLiteral("tx_status")),
        QStringLiteral("2"));
    QCOMPARE(control(R"({"action":"resolve_pending"})").httpStatus, 200);
    const auto settled = m_client->get(QStringLiteral("/v2/transactions/client_ref_id:neft-1"));
    QCOMPARE(settled.dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
    QCOMPARE(settled.dataText(QStringLiteral("bank_ref_num")).size(), 12);
    // A second NEFT settles on the first inquiry after dmtNeftSettleMs on the clock.
    QCOMPARE(transfer(QStringLiteral("neft-2"), QStringLiteral("1500"), kSunita, QStringLiteral("1"))
                 .dataText(QStringLiteral("tx_status")),
             QStringLiteral("2"));
    m_clock.advanceMs(m_sandbox->config().dmtNeftSettleMs);
    QCOMPARE(m_client->get(QStringLiteral("/v3/tools/reference/transaction/client_ref_id:neft-2"))
                 .dataText(QStringLiteral("tx_status")),
             QStringLiteral("0"));
    QCOMPARE(m_sandbox->dmtDebitCount(QStringLiteral("neft-2")), 1);
}

void TestEkoSandboxDmtClassic::impsFailureIsRefundedWithTheCustomerOtp()
{
    const auto r = transfer(QStringLiteral("ref-1"), QStringLiteral("4321"));
    QCOMPARE(r.status(), 0);
    QCOMPARE(r.dataText(QStringLiteral("tx_status")), QStringLiteral("3"));
    QCOMPARE(r.dataText(QStringLiteral("fee")), QStringLiteral("43.21"));
    const Paise debited = Paise::fromRupees(4321) + Paise {4321};
    QCOMPARE(wallet(), Paise::fromRupees(100000) - debited);
    const QString tid = r.dataText(QStringLiteral("tid"));
    const QString refund = QStringLiteral("/v2/transactions/") + tid + QStringLiteral("/refund");
    const Fields wrong
        = {{QStringLiteral("otp"), QStringLiteral("000000")}, {QStringLiteral("state"), QStringLiteral("1")}};
    const Fields right
        = {{QStringLiteral("otp"), QStringLiteral("123456")}, {QStringLiteral("state"), QStringLiteral("1")}};
    QCOMPARE(form("POST", refund, wrong).status(), 302);
    m_clock.advanceMs(m_sandbox->config().otpValidityMs + 1000);
    QCOMPARE(form("POST", refund, right).status(), 303);
    const auto resent = form("POST", refund + QStringLiteral("/otp"), {});
    QCOMPARE(resent.status(), 0);
    QVERIFY(!resent.dataText(QStringLiteral("otp_ref_id")).isEmpty());
    const auto done = form("POST", refund, right);
    QCOMPARE(done.status(), 0);
    QCOMPARE(done.typeId(), 74);
    QCOMPARE(done.dataText(QStringLiteral("refunded_amount")), QStringLiteral("4364.21"));
    QVERIFY(!done.dataText(QStringLiteral("refund_tid")).isEmpty());
    QCOMPARE(wallet(), Paise::fromRupees(100000));
    const auto q = m_client->get(QStringLiteral("/v2/transactions/") + tid);
    QCOMPARE(q.dataText(QStringLiteral("tx_status")), QStringLiteral("4"));
    QCOMPARE(m_sandbox->dmtDebitCount(QStringLiteral("ref-1")), 0);
    QCOMPARE(m_sandbox->dmtLedgerEntry(QStringLiteral("ref-1"))->state, DmtTxState::Refunded);
    QCOMPARE(form("POST", refund, right).status(), 461); // once only
    QCOMPARE(
        m_client->get(QStringLiteral("/v2/customers/mobile_number:") + kRamesh).dataText(QStringLiteral("used_limit")),
        QStringLiteral("0.00"));
}

void TestEkoSandboxDmtClassic::declinedTransferMovesNothing()
{
    const auto r = transfer(QStringLiteral("decl-1"), QStringLiteral("4322"));
    QCOMPARE(r.status(), 55);
    QCOMPARE(r.dataText(QStringLiteral("tx_status")), QStringLiteral("1"));
    QVERIFY(!r.dataText(QStringLiteral("tid")).isEmpty());
    QCOMPARE(wallet(), Paise::fromRupees(100000));
    QCOMPARE(m_sandbox->dmtDebitCount(QStringLiteral("decl-1")), 0);
    QCOMPARE(m_sandbox->dmtLedger().size(), 1);
}

void TestEkoSandboxDmtClassic::duplicateClientRefIdSaysUseInquiry()
{
    QCOMPARE(transfer(QStringLiteral("dup-1"), QStringLiteral("1000")).status(), 0);
    const auto again = transfer(QStringLiteral("dup-1"), QStringLiteral("1000"));
    QCOMPARE(again.status(), 97);
    QCOMPARE(again.invalidParams().value(QStringLiteral("client_ref_id")).toString(),
             QStringLiteral("Duplicate client_ref_id: use transaction inquiry"));
    QCOMPARE(m_sandbox->dmtDebitCount(QStringLiteral("dup-1")), 1);
}

void TestEkoSandboxDmtClassic::droppedTransferResponseIsReconciledToOneDebit()
{
    m_sandbox->armFault(Fault::DropResponse, QStringLiteral("dmt-transfer"));
    m_client->timeoutMs = 800;
    const auto r = transfer(QStringLiteral("drop-1"), QStringLiteral("2500"));
    QCOMPARE(r.httpStatus, 0);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_sandbox->dmtDebitCount(QStringLiteral("drop-1")), 1);
    m_client->timeoutMs = 5000;
    const auto q = m_client->get(QStringLiteral("/v2/transactions/client_ref_id:drop-1"));
    QCOMPARE(q.dataText(QStringLiteral("tx_status")), QStringLiteral("0"));
    QCOMPARE(q.dataText(QStringLiteral("amount")), QStringLiteral("2500.00"));
    QCOMPARE(transfer(QStringLiteral("drop-1"), QStringLiteral("2500")).status(), 97);
    QCOMPARE(m_sandbox->dmtDebitCount(QStringLiteral("drop-1")), 1);
    QCOMPARE(wallet(), Paise::fromRupees(100000 - 2525));
}

void TestEkoSandboxDmtClassic::http500DoesNotCommitAndPendingFaultResolves()
{
    m_sandbox->armFault(Fault::Http500, QStringLiteral("dmt-transfer"));
    QCOMPARE(transfer(QStringLiteral("e500"), QStringLiteral("1000")).httpStatus, 500);
    QCOMPARE(m_client->get(QStringLiteral("/v2/transactions/client_ref_id:e500")).status(), 168);
    QVERIFY(m_sandbox->dmtLedger().isEmpty());
    m_sandbox->armFault(Fault::PendingThenSuccess, QStringLiteral("financial"));
    const auto pending = transfer(QStringLiteral("pend-1"), QStringLiteral("1000"));
    QCOMPARE(pending.dataText(QStringLiteral("tx_status")), QStringLiteral("2"));
    QCOMPARE(pending.dataText(QStringLiteral("txstatus_desc")), QStringLiteral("Response Awaited"));
    QCOMPARE(
        m_client->get(QStringLiteral("/v2/transactions/client_ref_id:pend-1")).dataText(QStringLiteral("tx_status")),
        QStringLiteral("0"));
    QCOMPARE(m_sandbox->dmtDebitCount(QStringLiteral("pend-1")), 1);
}

void TestEkoSandboxDmtClassic::shortWalletIsInsufficientBalance()
{
    m_sandbox->setAgentWallet(QStringLiteral("20810200"), Paise::fromRupees(1000));
    const auto r = transfer(QStringLiteral("poor-1"), QStringLiteral("1000")); // needs 1,000 + ₹10 fee
    QCOMPARE(r.status(), 347);
    QCOMPARE(r.json.value(QStringLiteral("message")).toString(), QStringLiteral("Insufficient balance"));
    QCOMPARE(transfer(QStringLiteral("poor-2"), QStringLiteral("990")).status(), 0);
    QCOMPARE(wallet(), Paise {});
}

void TestEkoSandboxDmtClassic::catalogueDmtOperationsReachSandboxRoutes()
{
    const auto catalogue = saathi::eko::EndpointCatalogue::builtIn();
    QVERIFY(catalogue);
    const QMap<QString, QString> params = {{QStringLiteral("customer_id"), kRamesh},
                                           {QStringLiteral("otp"), QStringLiteral("123456")},
                                           {QStringLiteral("recipient_id"), QStringLiteral("10001")},
                                           {QStringLiteral("account"), QStringLiteral("30012345678")},
                                           {QStringLiteral("ifsc"), QStringLiteral("SBIN0001234")},
                                           {QStringLiteral("tid"), QStringLiteral("3100000001")},
                                           {QStringLiteral("client_ref_id"), QStringLiteral("x1")}};
    int checked = 0;
    for (const QString& name : catalogue.value().operations()) {
        if (!name.startsWith(QLatin1String("dmt")) && !name.startsWith(QLatin1String("tx.refund"))) {
            continue;
        }
        const saathi::eko::Endpoint* e = catalogue.value().find(name);
        const auto url = saathi::eko::EndpointCatalogue::resolve(*e, m_sandbox->baseUrl(), params);
        QVERIFY2(url, qPrintable(name));
        QByteArray body;
        QByteArray type;
        if (e->body == saathi::eko::BodyEncoding::Form) {
            body = "initiator_id=9962981729&user_code=20810200";
            type = "application/x-www-form-urlencoded";
        } else if (e->body == saathi::eko::BodyEncoding::Json) {
            body = R"({"initiator_id":"9962981729","user_code":"20810200"})";
            type = "application/json";
        }
        QUrl target = url.value();
        if (e->body == saathi::eko::BodyEncoding::None) {
            target.setQuery(QStringLiteral("initiator_id=9962981729&user_code=20810200"));
        }
        const auto r = m_client->raw(e->method, target, body, type);
        QVERIFY2(r.httpStatus == 200, qPrintable(name + QLatin1Char(' ') + QString::number(r.httpStatus)));
        QVERIFY2(r.json.contains(QStringLiteral("status")), qPrintable(name));
        ++checked;
    }
    QCOMPARE(checked, 24);
}

QTEST_GUILESS_MAIN(TestEkoSandboxDmtClassic)
#include "TestEkoSandboxDmtClassic.moc"
