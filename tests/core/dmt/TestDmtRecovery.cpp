// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// When a transfer does not simply succeed, on both rails: refund pending → refunded with the customer's OTP; a
// dropped answer halts the plan and is reconciled to exactly one debit; NEFT "initiated" → pending → success.
#include "DmtFixture.h"
#include "core/dmt/DmtRefundFlow.h"
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

struct Fixed
{
    Customer customer;
    Recipient recipient;
};

// The sandbox's seeded customer with one recipient on each rail.
Fixed seeded(DmtFixture& f, const QString& mobile = {})
{
    const QString m = !mobile.isEmpty() ? mobile
        : f.rail() == Rail::Classic     ? QStringLiteral("9811100001")
                                        : QStringLiteral("9822200001");
    return Fixed {DmtFixture::wait(f.dmt().lookupCustomer(m)).customer,
                  DmtFixture::wait(f.dmt().recipients(m)).recipients.value(0)};
}

void answerOtps(DmtTransferFlow& flow)
{
    QObject::connect(&flow, &DmtTransferFlow::otpRequired, &flow, [&flow](int, Paise) { flow.submitOtp(kOtp); });
}

void railColumn()
{
    QTest::addColumn<int>("rail");
    QTest::newRow("classic") << int(Rail::Classic);
    QTest::newRow("dmt-fino") << int(Rail::Fino);
}

} // namespace

class TestDmtRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refundPendingTransferIsRefundedWithTheCustomersOtp_data() { railColumn(); }
    void refundPendingTransferIsRefundedWithTheCustomersOtp()
    {
        QFETCH(int, rail);
        DmtFixture f(static_cast<Rail>(rail));
        QVERIFY(f.isReady());
        const Fixed c = seeded(f);
        QVERIFY(!c.recipient.id.isEmpty());
        const Paise before = f.wallet();

        DmtTransferFlow flow(f.services(), f.dmt());
        answerOtps(flow);
        QSignalSpy finished(&flow, &DmtTransferFlow::finished);
        QVERIFY(flow.start(TransferPlan::make(Paise::fromRupees(4321), c.customer, c.recipient).value())); // magic
        QVERIFY(finished.wait(15000));
        QCOMPARE(flow.state(), State::Failed);
        QCOMPARE(flow.lastError().code, QStringLiteral("dmt.refund_pending"));
        const QString ref = flow.parts().first().clientRefId;
        auto transfer = f.row(ref);
        QVERIFY(transfer);
        QCOMPARE(transfer->state, journal::TxState::RefundPending);
        QCOMPARE(transfer->txStatus, 3);
        QCOMPARE(f.wallet(), before - Paise {432100 + 4321}); // debited until the refund

        DmtRefundFlow refund(f.services(), f.dmt());
        QSignalSpy asked(&refund, &DmtRefundFlow::otpRequired);
        QSignalSpy done(&refund, &DmtRefundFlow::finished);
        QVERIFY(refund.start(*transfer));
        QVERIFY(asked.size() == 1 || asked.wait(10000));
        QVERIFY(!refund.submitOtp(QStringLiteral("1"))); // malformed: refused locally, nothing journaled
        QVERIFY(refund.submitOtp(QStringLiteral("654321"))); // wrong: Eko refuses, the transfer stays as it was
        QTRY_COMPARE_WITH_TIMEOUT(refund.state(), DmtRefundFlow::State::AwaitingOtp, 10000);
        QCOMPARE(fieldOf(refund.lastError()), QStringLiteral("otp"));
        QCOMPARE(f.row(ref)->state, journal::TxState::RefundPending);
        QVERIFY(refund.submitOtp(kOtp));
        QVERIFY(done.wait(10000));
        QVERIFY2(refund.state() == DmtRefundFlow::State::Refunded, qPrintable(refund.lastError().userMessage));

        QCOMPARE(f.row(ref)->state, journal::TxState::Refunded);
        QCOMPARE(f.row(ref)->txStatus, 4);
        const auto refundRow = f.row(refund.refundRecord().clientRefId);
        QVERIFY(refundRow);
        QCOMPARE(refundRow->kind, journal::TxKind::Refund);
        QCOMPARE(refundRow->state, journal::TxState::Success);
        QCOMPARE(refundRow->relatedClientRefId, ref);
        QCOMPARE(refund.refundedAmount(), Paise {432100 + 4321});
        QCOMPARE(f.wallet(), before); // amount + fee credited back
        QCOMPARE(f.sandbox().dmtDebitCount(ref), 0);
        const auto receipt = receipt::DmtReceipt::forRefund(refund.transfer(), refund.refundRecord(), refund.result(),
                                                            f.services().identity);
        QVERIFY(receipt.notes().join(QLatin1Char(' ')).contains(QStringLiteral("returned to the customer in cash")));
        // Refunding again is refused before anything is sent.
        DmtRefundFlow again(f.services(), f.dmt());
        QVERIFY(!again.start(*f.row(ref)));
        QCOMPARE(again.lastError().code, QStringLiteral("dmt.not_refundable"));
    }

    void droppedResponseHaltsThePlanAndIsReconciledToOneDebit_data() { railColumn(); }
    void droppedResponseHaltsThePlanAndIsReconciledToOneDebit()
    {
        QFETCH(int, rail);
        DmtFixture f(static_cast<Rail>(rail));
        QVERIFY(f.isReady());
        const Fixed c = seeded(f);
        f.sandbox().armFault(sandbox::Fault::DropResponse,
                             f.rail() == Rail::Classic ? QStringLiteral("dmt-transfer")
                                                       : QStringLiteral("fino-transfer"));
        DmtTransferFlow flow(f.services(), f.dmt());
        answerOtps(flow);
        QSignalSpy finished(&flow, &DmtTransferFlow::finished);
        QSignalSpy resolved(&flow, &DmtTransferFlow::partResolved);
        QVERIFY(flow.start(TransferPlan::make(Paise::fromRupees(7000), c.customer, c.recipient).value()));
        QVERIFY(finished.wait(20000));
        QCOMPARE(flow.state(), State::Halted); // no answer for part 1: part 2 waits
        QCOMPARE(flow.lastError().code, QStringLiteral("dmt.unknown"));
        const QString first = flow.parts().at(0).clientRefId;
        QCOMPARE(f.row(first)->state, journal::TxState::Unknown);
        QVERIFY(!flow.parts().at(1).isSent());
        QCOMPARE(f.sandbox().dmtLedger().size(), 1); // the dropped one happened; nothing else was sent
        QVERIFY(!flow.canResume());

        f.journal().reconcileNow(true);
        QVERIFY(resolved.wait(15000));
        QCOMPARE(f.row(first)->state, journal::TxState::Success);
        QCOMPARE(f.sandbox().dmtDebitCount(first), 1);
        QVERIFY(flow.canResume());
        QVERIFY(flow.resume());
        QVERIFY(finished.wait(15000));
        QCOMPARE(flow.state(), State::Done);
        QCOMPARE(f.sandbox().dmtLedger().size(), 2);
        QCOMPARE(f.sandbox().dmtDebitCount(flow.parts().at(1).clientRefId), 1);
        QCOMPARE(f.rows().size(), 2);
    }

    void neftInitiatedIsPendingThenSuccessAfterReconciliation()
    {
        DmtFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        const Fixed c = seeded(f, QStringLiteral("9811100002")); // Sunita Devi, full KYC, IOBA recipient
        QVERIFY(!c.recipient.imps && c.recipient.neft);
        QCOMPARE(c.customer.stage, CustomerStage::FullKyc);
        const auto plan = TransferPlan::make(Paise::fromRupees(3000), c.customer, c.recipient);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().channel(), Channel::Neft);
        DmtTransferFlow flow(f.services(), f.dmt());
        QSignalSpy finished(&flow, &DmtTransferFlow::finished);
        QVERIFY(flow.start(plan.value()));
        QVERIFY(finished.wait(15000));
        QCOMPARE(flow.state(), State::PartlyPending);
        const QString ref = flow.parts().first().clientRefId;
        QCOMPARE(f.row(ref)->state, journal::TxState::Pending);
        QCOMPARE(f.row(ref)->txStatus, 2);
        QCOMPARE(f.row(ref)->channel, QStringLiteral("neft"));

        f.sandbox().resolvePending();
        QSignalSpy resolved(&flow, &DmtTransferFlow::partResolved);
        f.journal().reconcileNow(true);
        QVERIFY(resolved.wait(15000));
        QCOMPARE(flow.state(), State::Done);
        QCOMPARE(f.row(ref)->state, journal::TxState::Success);
        QCOMPARE(f.sandbox().dmtDebitCount(ref), 1);
    }
};

QTEST_GUILESS_MAIN(TestDmtRecovery)
#include "TestDmtRecovery.moc"
