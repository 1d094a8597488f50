// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Money transfer end to end on both rails: the real Eko client → the in-process sandbox over loopback, a real
// journal file with its reconciler. New customer → OTP (→ Fino sender eKYC) → recipient → ₹12,000 as three
// journaled transfers → receipt; bad input refused before anything is sent; a double submit sends once.
#include "DmtFixture.h"
#include "core/dmt/DmtTransferFlow.h"
#include "core/journal/JournalService.h"
#include "core/receipt/DmtReceipt.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::dmt;
using test::DmtFixture;
using State = DmtTransferFlow::State;

namespace {

const QString kOtp = QStringLiteral("123456");

CustomerRegistration registration(const QString& mobile)
{
    return CustomerRegistration {mobile,
                                 QStringLiteral("Meena Kumari"),
                                 QDate(1990, 4, 12),
                                 QStringLiteral("12 Gandhi Road"),
                                 QStringLiteral("Jaipur"),
                                 QStringLiteral("Rajasthan"),
                                 QStringLiteral("302001")};
}

// Types the customer's OTP whenever the flow asks (DMT-Fino: one per part).
void answerOtps(DmtTransferFlow& flow)
{
    QObject::connect(&flow, &DmtTransferFlow::otpRequired, &flow, [&flow](int, Paise) { flow.submitOtp(kOtp); });
}

bool runToEnd(DmtTransferFlow& flow, const TransferPlan& plan, const QString& key = {})
{
    QSignalSpy finished(&flow, &DmtTransferFlow::finished);
    return flow.start(plan, key) && finished.wait(30000);
}

} // namespace

class TestDmtContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newCustomerSendsTwelveThousandAsThreeJournaledTransfers_data()
    {
        QTest::addColumn<int>("rail");
        QTest::newRow("classic") << int(Rail::Classic);
        QTest::newRow("dmt-fino") << int(Rail::Fino);
    }
    void newCustomerSendsTwelveThousandAsThreeJournaledTransfers()
    {
        QFETCH(int, rail);
        DmtFixture f(static_cast<Rail>(rail));
        QVERIFY(f.isReady());
        const QString mobile = QStringLiteral("9833300077");
        const Paise walletBefore = f.wallet();

        DmtReply r = DmtFixture::wait(f.dmt().lookupCustomer(mobile));
        QVERIFY2(r.ok, qPrintable(r.error.userMessage));
        QCOMPARE(r.customer.stage, CustomerStage::NotRegistered);

        r = DmtFixture::wait(f.dmt().registerCustomer(registration(mobile)));
        QVERIFY2(r.ok, qPrintable(r.error.userMessage + r.error.detail));
        if (f.rail() == Rail::Classic) {
            QCOMPARE(r.customer.stage, CustomerStage::OtpPending);
            QVERIFY(!r.otp.otpRefId.isEmpty());
            r = DmtFixture::wait(f.dmt().verifyCustomerOtp(mobile, kOtp, r.otp.otpRefId));
            QVERIFY2(r.ok, qPrintable(r.error.userMessage));
        } else {
            QCOMPARE(r.customer.stage, CustomerStage::EkycPending);
            QCOMPARE(r.customer.monthlyLimit, Paise::fromRupees(5000)); // before eKYC
            const QByteArray pid = f.ekycPid();
            r = DmtFixture::wait(f.dmt().senderEkyc(mobile, SecureBytes(QByteArray("999941057058")), SecureBytes(pid)));
            QVERIFY2(r.ok, qPrintable(r.error.userMessage + r.error.detail));
            QVERIFY(!r.otp.kycRequestId.isEmpty());
            r = DmtFixture::wait(f.dmt().verifySenderEkyc(mobile, r.otp, kOtp));
            QVERIFY2(r.ok, qPrintable(r.error.userMessage));
        }
        r = DmtFixture::wait(f.dmt().lookupCustomer(mobile));
        QVERIFY(r.ok);
        const Customer customer = r.customer;
        QCOMPARE(customer.stage, CustomerStage::Verified);
        QCOMPARE(customer.name, QStringLiteral("Meena Kumari"));
        QCOMPARE(customer.remainingThisMonth, Paise::fromRupees(25000));

        const NewRecipient to {QStringLiteral("Sita Devi"), QStringLiteral("9876500001"), QStringLiteral("30099887766"),
                               QStringLiteral("sbin0001234")};
        r = DmtFixture::wait(f.dmt().addRecipient(mobile, to));
        QVERIFY2(r.ok, qPrintable(r.error.userMessage));
        QVERIFY(!r.recipient.id.isEmpty());
        r = DmtFixture::wait(f.dmt().addRecipient(mobile, to)); // the same account again: Eko's answer, clearly
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, QStringLiteral("dmt.recipient_exists"));
        r = DmtFixture::wait(f.dmt().recipients(mobile));
        QVERIFY(r.ok);
        QCOMPARE(r.recipients.size(), 1);
        const Recipient recipient = r.recipients.first();
        QCOMPARE(recipient.bankCode, QStringLiteral("SBIN"));
        QVERIFY(recipient.imps && recipient.neft);

        const auto plan = TransferPlan::make(Paise::fromRupees(12000), customer, recipient);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().parts().size(), 3);
        DmtTransferFlow flow(f.services(), f.dmt());
        answerOtps(flow);
        QSignalSpy otps(&flow, &DmtTransferFlow::otpRequired);
        QVERIFY(runToEnd(flow, plan.value()));
        QVERIFY2(flow.state() == State::Done, qPrintable(flow.lastError().userMessage));
        QCOMPARE(otps.size(), f.rail() == Rail::Fino ? 3 : 0);
        QCOMPARE(flow.amountSent(), Paise::fromRupees(12000));

        const auto rows = f.rows();
        QCOMPARE(rows.size(), 3);
        const QString first = flow.parts().first().clientRefId;
        for (const DmtTransferFlow::Part& part : flow.parts()) {
            const auto row = f.row(part.clientRefId);
            QVERIFY(row);
            QCOMPARE(row->kind, journal::TxKind::DmtTransfer);
            QCOMPARE(row->state, journal::TxState::Success);
            QCOMPARE(row->amount, part.plan.amount);
            QCOMPARE(row->relatedClientRefId, part.plan.index == 0 ? QString() : first);
            QCOMPARE(row->channel, QStringLiteral("imps"));
            QVERIFY(!row->rrn.isEmpty());
            QCOMPARE(f.sandbox().dmtDebitCount(part.clientRefId), 1);
        }
        QCOMPARE(f.sandbox().dmtLedger().size(), 3);
        QCOMPARE(f.wallet(), walletBefore - Paise::fromRupees(12000 + 120));

        QList<receipt::DmtReceipt::Part> parts;
        for (const DmtTransferFlow::Part& part : flow.parts()) {
            parts.append({part.record, part.result});
        }
        const auto receipt = receipt::DmtReceipt::forTransfer(customer, recipient, parts, f.services().identity);
        const QString text = receipt.plainText();
        QCOMPARE(receipt.statusText(), QStringLiteral("SUCCESS"));
        QCOMPARE(receipt.totalAmount(), Paise::fromRupees(12000));
        QCOMPARE(receipt.totalFee(), Paise::fromRupees(120));
        QVERIFY(text.contains(QStringLiteral("XXXXXXX7766")));
        QVERIFY(!text.contains(QStringLiteral("30099887766")));
        QVERIFY(text.contains(flow.parts().at(2).record.rrn));
        QVERIFY(text.contains(QStringLiteral("3 of 3")));
    }

    void badInputIsRefusedAtItsFieldAndNothingIsSent()
    {
        DmtFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        f.sandbox().clearRequestLog();
        DmtReply r = DmtFixture::wait(f.dmt().lookupCustomer(QStringLiteral("981110000"))); // 9 digits
        QVERIFY(!r.ok);
        QCOMPARE(r.field(), QStringLiteral("customer_mobile"));
        QVERIFY(!r.sent());
        r = DmtFixture::wait(f.dmt().addRecipient(QStringLiteral("9811100001"),
                                                  {QStringLiteral("Sita Devi"), QStringLiteral("9876500001"),
                                                   QStringLiteral("30099887766"), QStringLiteral("SBIN1001234")}));
        QVERIFY(!r.ok);
        QCOMPARE(r.field(), QStringLiteral("ifsc"));
        QVERIFY(!r.error.userMessage.isEmpty());
        r = DmtFixture::wait(f.dmt().addRecipient(QStringLiteral("9811100001"),
                                                  {QStringLiteral("Sita Devi"), QStringLiteral("987650000"),
                                                   QStringLiteral("30099887766"), QStringLiteral("SBIN0001234")}));
        QCOMPARE(r.field(), QStringLiteral("recipient_mobile"));
        QVERIFY(f.sandbox().requestLog().isEmpty()); // none of it reached Eko

        // ₹24,000 of ₹25,000 used: ₹2,000 is over the limit, named before anything is journaled or sent.
        r = DmtFixture::wait(f.dmt().lookupCustomer(QStringLiteral("9811100003")));
        QVERIFY(r.ok);
        QCOMPARE(r.customer.remainingThisMonth, Paise::fromRupees(1000));
        Recipient any;
        any.id = QStringLiteral("1");
        const auto plan = TransferPlan::make(Paise::fromRupees(2000), r.customer, any);
        QVERIFY(!plan.ok());
        QCOMPARE(fieldOf(plan.error()), QStringLiteral("amount"));
        QVERIFY(plan.error().userMessage.contains(QStringLiteral("₹1000")));
        QCOMPARE(f.rows().size(), 0);
        QVERIFY(f.sandbox().dmtLedger().isEmpty());
    }

    void expiredAndReusedOtpsAreRefusedAtTheOtpField()
    {
        DmtFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        const QString mobile = QStringLiteral("9833300078");
        DmtReply r = DmtFixture::wait(f.dmt().registerCustomer(registration(mobile)));
        QVERIFY(r.ok);
        const QString firstRef = r.otp.otpRefId;
        f.clock().advanceMs(11 * 60 * 1000); // OTPs live 10 minutes
        r = DmtFixture::wait(f.dmt().verifyCustomerOtp(mobile, kOtp, firstRef));
        QVERIFY(!r.ok);
        QCOMPARE(r.field(), QStringLiteral("otp"));
        QVERIFY(r.error.userMessage.contains(QStringLiteral("expired")));
        QCOMPARE(DmtFixture::wait(f.dmt().lookupCustomer(mobile)).customer.stage, CustomerStage::OtpPending);

        r = DmtFixture::wait(f.dmt().resendCustomerOtp(mobile));
        QVERIFY(r.ok);
        const QString ref = r.otp.otpRefId;
        QVERIFY(!ref.isEmpty() && ref != firstRef);
        QVERIFY(DmtFixture::wait(f.dmt().verifyCustomerOtp(mobile, kOtp, ref)).ok);
        r = DmtFixture::wait(f.dmt().verifyCustomerOtp(mobile, kOtp, ref)); // used once already
        QVERIFY(!r.ok);
        QCOMPARE(r.field(), QStringLiteral("otp"));
        QCOMPARE(DmtFixture::wait(f.dmt().verifyCustomerOtp(mobile, QStringLiteral("12"), ref)).sent(), false);
    }

    void finoWrongTransferOtpIsRejectedAndTheRightOneSends()
    {
        DmtFixture f(Rail::Fino);
        QVERIFY(f.isReady());
        const QString mobile = QStringLiteral("9822200001"); // Asha Verma, eKYC done, HDFC recipient
        const Customer customer = DmtFixture::wait(f.dmt().lookupCustomer(mobile)).customer;
        const Recipient recipient = DmtFixture::wait(f.dmt().recipients(mobile)).recipients.value(0);
        QVERIFY(!recipient.id.isEmpty());

        DmtTransferFlow flow(f.services(), f.dmt());
        QSignalSpy rejected(&flow, &DmtTransferFlow::otpRejected);
        QSignalSpy asked(&flow, &DmtTransferFlow::otpRequired);
        QVERIFY(flow.start(TransferPlan::make(Paise::fromRupees(1000), customer, recipient).value()));
        QVERIFY(asked.wait(10000));
        QVERIFY(!flow.submitOtp(QStringLiteral("12"))); // malformed: refused locally
        QCOMPARE(rejected.size(), 1);
        QVERIFY(flow.submitOtp(QStringLiteral("999999"))); // wrong: Eko refuses, no money moves
        QVERIFY(rejected.wait(10000));
        QCOMPARE(flow.state(), State::AwaitingOtp);
        QCOMPARE(fieldOf(flow.lastError()), QStringLiteral("otp"));
        QCOMPARE(f.sandbox().dmtLedger().size(), 0);
        QSignalSpy finished(&flow, &DmtTransferFlow::finished);
        QVERIFY(flow.submitOtp(kOtp)); // the right one for this OTP ticket
        QVERIFY(finished.wait(10000));
        QCOMPARE(flow.state(), State::Done);
        QCOMPARE(f.rows().size(), 2); // the refused attempt and the sent one, linked
        QCOMPARE(f.row(flow.parts().first().clientRefId)->state, journal::TxState::Success);
        QCOMPARE(f.sandbox().dmtLedger().size(), 1);
    }

    void doubleSubmitNeverSendsTwice()
    {
        DmtFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        const QString mobile = QStringLiteral("9811100001");
        const Customer customer = DmtFixture::wait(f.dmt().lookupCustomer(mobile)).customer;
        const Recipient recipient = DmtFixture::wait(f.dmt().recipients(mobile)).recipients.value(0);
        const TransferPlan plan = TransferPlan::make(Paise::fromRupees(2000), customer, recipient).value();
        DmtTransferFlow flow(f.services(), f.dmt());
        QSignalSpy finished(&flow, &DmtTransferFlow::finished);
        QVERIFY(flow.start(plan, QStringLiteral("form-1")));
        QVERIFY(!flow.start(plan, QStringLiteral("form-1"))); // the double click
        QVERIFY(finished.wait(10000));
        QCOMPARE(flow.state(), State::Done);
        // Another window (or a restart) with the same submission: the journaled row is adopted, nothing is sent.
        DmtTransferFlow again(f.services(), f.dmt());
        QVERIFY(runToEnd(again, plan, QStringLiteral("form-1")));
        QCOMPARE(again.state(), State::Done);
        QCOMPARE(again.parts().first().clientRefId, flow.parts().first().clientRefId);
        QCOMPARE(f.rows().size(), 1);
        QCOMPARE(f.sandbox().dmtLedger().size(), 1);
        QCOMPARE(f.sandbox().dmtDebitCount(flow.parts().first().clientRefId), 1);
    }
};

QTEST_GUILESS_MAIN(TestDmtContract)
#include "TestDmtContract.moc"
