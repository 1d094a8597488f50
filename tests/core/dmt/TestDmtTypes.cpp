// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Reading Eko's DMT answers (both rails), the catalogue's rail per environment, the journal mapping of DMT
// tx_status values and the DMT receipt.
#include "core/dmt/DmtReply.h"
#include "core/eko/EndpointCatalogue.h"
#include "core/receipt/DmtReceipt.h"
#include "core/reconcile/EkoJournalOutcome.h"

#include <QTest>

using namespace saathi;
using namespace saathi::dmt;

namespace {

eko::EkoResponse answer(const QByteArray& body, eko::Outcome outcome = eko::Outcome::Failed)
{
    eko::EkoResponse r;
    const auto parsed = eko::parseEnvelope(body);
    r.hasEnvelope = parsed.ok();
    r.envelope = parsed.value();
    r.outcome = outcome;
    r.attempts = 1;
    r.httpStatus = 200;
    return r;
}

DmtReply read(DmtStep step, Rail rail, const QByteArray& body, eko::Outcome outcome = eko::Outcome::Failed)
{
    return DmtReply::interpret(step, rail, QStringLiteral("9811100001"), answer(body, outcome));
}

} // namespace

class TestDmtTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classicCustomerWithLimits()
    {
        const DmtReply r = read(
            DmtStep::Lookup, Rail::Classic,
            R"({"status":0,"response_type_id":33,"message":"Non-KYC active","data":{"name":"Ramesh Kumar","state":"2","state_desc":"Non-KYC","total_limit":"25000.00","used_limit":"24000.00",
"available_limit":"1000.00"}})");
        QVERIFY(r.ok);
        QCOMPARE(r.customer.stage, CustomerStage::Verified);
        QCOMPARE(r.customer.monthlyLimit, Paise::fromRupees(25000));
        QCOMPARE(r.customer.usedThisMonth, Paise::fromRupees(24000));
        QCOMPARE(r.customer.remainingThisMonth, Paise::fromRupees(1000));
        QVERIFY(r.customer.canSend());
    }

    void notRegisteredIsAnAnswerNotAFailure_data()
    {
        QTest::addColumn<int>("rail");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("classic 463") << int(
            Rail::Classic) << QByteArray(R"({"status":463,"response_type_id":-1,"message":"Customer not found",
"invalid_params":{"customer_id":"Customer not found"},"data":{}})");
        QTest::newRow("fino 308") << int(
            Rail::Fino) << QByteArray(R"({"status":308,"response_type_id":308,"message":"Customer not enrolled"})");
    }
    void notRegisteredIsAnAnswerNotAFailure()
    {
        QFETCH(int, rail);
        QFETCH(QByteArray, body);
        const DmtReply r = read(DmtStep::Lookup, static_cast<Rail>(rail), body);
        QVERIFY(r.ok);
        QCOMPARE(r.customer.stage, CustomerStage::NotRegistered);
        QCOMPARE(r.customer.mobile, QStringLiteral("9811100001"));
    }

    void finoStepAnswersWithNonZeroStatusAreSteps()
    {
        const DmtReply pending = read(DmtStep::Lookup, Rail::Fino,
                                      R"({"status":2134,"response_type_id":2134,"message":"Customer KYC pending",
"data":{"name":"Vijay Singh","kyc_status":"0","total_limit":"5000.00","used_limit":"0.00","available_limit":"5000.00"}})");
        QVERIFY(pending.ok);
        QCOMPARE(pending.customer.stage, CustomerStage::EkycPending);
        QVERIFY(!pending.customer.canSend());
        const DmtReply otp = read(DmtStep::SenderEkyc, Rail::Fino,
                                  R"({"status":2129,"response_type_id":2129,"message":"Validate the OTP",
"data":{"kyc_request_id":"7","otp_ref_id":"abc"}})");
        QVERIFY(otp.ok);
        QCOMPARE(otp.otp.kycRequestId, QStringLiteral("7"));
        QCOMPARE(otp.otp.otpRefId, QStringLiteral("abc"));
        // Eko's samples (reference §7.3): status 0, the step named in response_type_id.
        const DmtReply onboarded
            = read(DmtStep::Register, Rail::Fino,
                   R"({"status":0,"response_type_id":2134,"message":"Customer KYC pending","data":{"kyc_status":"0"}})",
                   eko::Outcome::Success);
        QVERIFY(onboarded.ok);
        QCOMPARE(onboarded.customer.stage, CustomerStage::EkycPending);
        const DmtReply sampleOtp
            = read(DmtStep::SenderEkyc, Rail::Fino,
                   R"({"status":0,"response_type_id":2129,"data":{"kyc_request_id":"8","otp_ref_id":"def"}})",
                   eko::Outcome::Success);
        QVERIFY(sampleOtp.ok);
        QCOMPARE(sampleOtp.otp.kycRequestId, QStringLiteral("8"));
        const DmtReply found
            = read(DmtStep::Lookup, Rail::Fino, R"({"status":0,"response_type_id":309,"data":{"kyc_status":"1"}})",
                   eko::Outcome::Success);
        QCOMPARE(found.customer.stage, CustomerStage::Verified);
        const DmtReply wrong = read(DmtStep::SenderEkycVerify, Rail::Fino,
                                    R"({"status":2131,"response_status_id":303,"response_type_id":2131,
"message":"OTP expired"})");
        QVERIFY(!wrong.ok);
        QCOMPARE(wrong.field(), QStringLiteral("otp"));
        QVERIFY(wrong.error.userMessage.contains(QStringLiteral("expired")));
    }

    void recipientsCarryTheirBanksChannels()
    {
        const DmtReply r = read(DmtStep::Recipients, Rail::Classic,
                                R"({"status":0,"response_type_id":23,"data":{"recipient_list":[
{"recipient_id":"1","recipient_name":"Gopal Rao","account":"10023456789","ifsc":"IOBA0001456","bank":"IOB","available_channel":1},
{"recipient_id":"2","recipient_name":"A","account":"1234567890","ifsc":"airp0000001","available_channel":2},
{"recipient_id":"3","account":"55555555555","ifsc":"SBIN0001234","available_channel":0},
{"recipient_name":"no id"}, 7, "junk"]}})",
                                eko::Outcome::Success);
        QVERIFY(r.ok);
        QCOMPARE(r.recipients.size(), 3);
        QVERIFY(!r.recipients.at(0).imps);
        QVERIFY(r.recipients.at(0).neft);
        QCOMPARE(r.recipients.at(0).preferredChannel(), Channel::Neft);
        QCOMPARE(r.recipients.at(0).maskedAccount(), QStringLiteral("XXXXXXX6789"));
        QCOMPARE(r.recipients.at(1).bankCode, QStringLiteral("AIRP"));
        QVERIFY(r.recipients.at(1).imps && !r.recipients.at(1).neft);
        QVERIFY(r.recipients.at(2).imps && r.recipients.at(2).neft);
    }

    void eachRefusalSaysWhatToDo_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("duplicate recipient")
            << int(DmtStep::AddRecipient)
            << QByteArray(R"({"status":342,"message":"Recipient already registered","data":{"recipient_id":"9"}})")
            << "dmt.recipient_exists";
        QTest::newRow("monthly limit") << int(DmtStep::Transfer)
                                       << QByteArray(R"({"status":945,"message":"Sender monthly limit exhausted",
"data":{"available_limit":"1000.00"}})")
                                       << "dmt.invalid_amount";
        QTest::newRow("wallet") << int(DmtStep::Transfer)
                                << QByteArray(R"({"status":347,"message":"Insufficient balance"})")
                                << "dmt.wallet_short";
        QTest::newRow("bad ifsc") << int(DmtStep::AddRecipient)
                                  << QByteArray(R"({"status":136,"response_type_id":-1,"message":"Invalid IFSC",
"invalid_params":{"ifsc":"Invalid IFSC"}})")
                                  << "dmt.invalid_ifsc";
        QTest::newRow("fino otp used") << int(DmtStep::Transfer)
                                       << QByteArray(R"({"status":55,"message":"OTP already Consumed",
"data":{"reason":"OTP already Consumed"}})")
                                       << "dmt.invalid_otp";
        QTest::newRow("classic otp expired")
            << int(DmtStep::VerifyOtp) << QByteArray(R"({"status":303,"message":"OTP expired"})") << "dmt.invalid_otp";
        QTest::newRow("not refundable") << int(DmtStep::Refund)
                                        << QByteArray(R"({"status":461,"message":"Refund not allowed"})")
                                        << "dmt.not_refundable";
    }
    void eachRefusalSaysWhatToDo()
    {
        QFETCH(int, step);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const DmtReply r = read(static_cast<DmtStep>(step), Rail::Fino, body);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, code);
        QVERIFY(!r.error.userMessage.isEmpty());
    }

    void hostileBodiesNeverCrashAndNeverSucceed()
    {
        for (const QByteArray& body :
             {QByteArray(""), QByteArray("<html>502</html>"), QByteArray(R"({"message":"No key for Response"})"),
              QByteArray(R"({"status":"0","data":[1,2]})"), QByteArray(R"({"status":0,"data":{"recipient_list":{}}})"),
              QByteArray(R"([])")}) {
            const bool parses = eko::parseEnvelope(body).ok();
            for (int step = 0; step <= int(DmtStep::Refund); ++step) {
                const DmtReply r = read(static_cast<DmtStep>(step), Rail::Classic, body);
                QVERIFY(!r.ok || (parses && r.step != DmtStep::Transfer));
                QVERIFY(r.ok || !r.error.userMessage.isEmpty());
            }
        }
        QVERIFY(!read(DmtStep::Transfer, Rail::Classic, "not json").ok);
    }

    void catalogueNamesTheRailPerEnvironment()
    {
        const auto builtIn = eko::EndpointCatalogue::builtIn();
        QVERIFY(builtIn.ok());
        QCOMPARE(builtIn.value().dmtRail(EkoEnvironment::Training), eko::DmtRail::Fino);
        QCOMPARE(builtIn.value().dmtRail(EkoEnvironment::Uat), eko::DmtRail::Classic);
        QCOMPARE(builtIn.value().dmtRail(EkoEnvironment::Production), eko::DmtRail::Fino);
        const QByteArray ops
            = R"("operations":{"tx.inquiry":{"method":"GET","version":"v3","path":"/x","body":"none"}})";
        const auto absent
            = eko::EndpointCatalogue::fromJson("{\"environments\":{\"uat\":{\"base_url\":\"https://a\"}}," + ops + "}");
        QVERIFY(absent.ok());
        QCOMPARE(absent.value().dmtRail(EkoEnvironment::Uat), eko::DmtRail::Fino);
        const auto unknown = eko::EndpointCatalogue::fromJson(
            "{\"environments\":{\"uat\":{\"base_url\":\"https://a\",\"dmt_rail\":\"levin\"}}," + ops + "}");
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("eko.bad_catalogue"));
        QVERIFY(unknown.error().detail.contains(QStringLiteral("levin")));
    }

    void journalReadsDmtTxStatus_data()
    {
        QTest::addColumn<int>("txStatus");
        QTest::addColumn<int>("state");
        QTest::newRow("2 initiated") << 2 << int(journal::TxState::Pending);
        QTest::newRow("5 hold") << 5 << int(journal::TxState::Pending);
        QTest::newRow("3 refund pending") << 3 << int(journal::TxState::RefundPending);
        QTest::newRow("4 refunded") << 4 << int(journal::TxState::Refunded);
    }
    void journalReadsDmtTxStatus()
    {
        QFETCH(int, txStatus);
        QFETCH(int, state);
        const eko::EkoResponse r = answer(QStringLiteral(R"({"status":0,"response_type_id":325,"data":{"tx_status":"%1",
"tid":"123","bank_ref_num":"998877665544","fee":"50.00"}})")
                                              .arg(txStatus)
                                              .toUtf8(),
                                          eko::Outcome::Pending);
        const journal::Outcome o = reconcile::journalOutcome(r);
        QCOMPARE(int(o.state), state);
        QCOMPARE(o.txStatus, txStatus);
        QCOMPARE(o.tid, QStringLiteral("123"));
        QCOMPARE(o.fee.value_or(Paise {}), Paise::fromRupees(50));
    }

    void receiptMasksTheAccountAndRefundSaysCashReturned()
    {
        Customer c;
        c.mobile = QStringLiteral("9811100001");
        c.name = QStringLiteral("Ramesh Kumar");
        Recipient to;
        to.name = QStringLiteral("Sita Kumari");
        to.account = QStringLiteral("30012345678");
        to.ifsc = QStringLiteral("SBIN0001234");
        to.bankName = QStringLiteral("State Bank of India");
        journal::TransactionRecord row;
        row.clientRefId = QStringLiteral("REF1");
        row.kind = journal::TxKind::DmtTransfer;
        row.state = journal::TxState::Success;
        row.amount = Paise::fromRupees(5000);
        row.fee = Paise::fromRupees(50);
        row.channel = QStringLiteral("imps");
        row.rrn = QStringLiteral("612345678901");
        row.tid = QStringLiteral("2000001");
        row.customerMobile = c.mobile;
        const auto receipt = receipt::DmtReceipt::forTransfer(c, to, {{row, {}}}, CounterIdentity {});
        const QString text = receipt.plainText();
        QVERIFY(text.contains(QStringLiteral("XXXXXXX5678")));
        QVERIFY(!text.contains(QStringLiteral("30012345678")));
        QVERIFY(!text.contains(QStringLiteral("9811100001")));
        QVERIFY(text.contains(QStringLiteral("612345678901")));
        QVERIFY(text.contains(QStringLiteral("IMPS")));
        QVERIFY(text.contains(QStringLiteral("₹50.00")));
        QCOMPARE(receipt.statusText(), QStringLiteral("SUCCESS"));
        for (const QString& line : receipt.lines()) {
            QVERIFY2(line.size() <= receipt::DmtReceipt::kWidth, qPrintable(line));
        }
        journal::TransactionRecord refund = row;
        refund.kind = journal::TxKind::Refund;
        refund.clientRefId = QStringLiteral("REF2");
        TransferResult result;
        result.refundedAmount = Paise::fromRupees(5050);
        result.refundTid = QStringLiteral("2000002");
        const auto refundReceipt = receipt::DmtReceipt::forRefund(row, refund, result, CounterIdentity {});
        QVERIFY(refundReceipt.notes()
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("₹5,050.00 was returned to the customer in cash")));
        QCOMPARE(refundReceipt.statusText(), QStringLiteral("REFUNDED"));
    }
};

QTEST_GUILESS_MAIN(TestDmtTypes)
#include "TestDmtTypes.moc"
