// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The practice scenarios' judge, from journal rows alone: what counts as done right, what earns "next time", and
// what is still in progress.
#include "PracticeSamples.h"
#include "core/training/PracticeScenario.h"

#include <QTest>

using namespace saathi;
using namespace saathi::training;
using journal::TransactionRecord;
using journal::TxKind;
using journal::TxState;
using Status = Verdict::Status;

namespace {

Samples samples()
{
    return test::practiceSamples();
}

TransactionRecord row(TxKind kind, qint64 rupees, TxState state, qint64 createdAtMs = 0, qint64 updatedAtMs = 0)
{
    TransactionRecord r;
    r.kind = kind;
    r.amount = Paise::fromRupees(rupees);
    r.state = state;
    r.aadhaarLast4 = QStringLiteral("7058");
    r.createdAtMs = createdAtMs;
    r.updatedAtMs = updatedAtMs ? updatedAtMs : createdAtMs;
    return r;
}

// A row whose final answer came from a transaction inquiry (the reconciler, Check again).
TransactionRecord inquired(TransactionRecord r)
{
    r.attempts = 1;
    return r;
}

Status judge(Scenario scenario, const QList<TransactionRecord>& rows)
{
    return PracticeScenario::judge(scenario, samples(), rows).status;
}

} // namespace

class TestPracticeScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyScenarioHasATitleInstructionsAndASetup()
    {
        QCOMPARE(PracticeScenario::all().size(), 5);
        for (Scenario s : PracticeScenario::all()) {
            QVERIFY(!PracticeScenario::title(s).isEmpty());
            QVERIFY(PracticeScenario::instructions(s, samples()).startsWith(QStringLiteral("Practice: ")));
        }
        QCOMPARE(PracticeScenario::setup(Scenario::FingerMismatch), Setup::FingerMismatchOnce);
        QCOMPARE(PracticeScenario::setup(Scenario::PendingThenSuccess), Setup::None); // the amount scripts it
        QVERIFY(
            PracticeScenario::instructions(Scenario::PendingThenSuccess, samples()).contains(QStringLiteral("7,050")));
        QVERIFY(PracticeScenario::instructions(Scenario::DmtSplit, samples()).contains(QStringLiteral("15,000")));
        QVERIFY(PracticeScenario::instructions(Scenario::Refund, samples()).contains(QStringLiteral("4,321")));
    }

    void aFailedFingerThenASuccessIsRightAndThreeFailuresWarnAboutTheBlock()
    {
        QCOMPARE(judge(Scenario::FingerMismatch, {}), Status::InProgress);
        QCOMPARE(judge(Scenario::FingerMismatch, {row(TxKind::AepsWithdrawal, 1000, TxState::Failed)}),
                 Status::InProgress);
        QCOMPARE(judge(Scenario::FingerMismatch,
                       {row(TxKind::AepsWithdrawal, 1000, TxState::Failed),
                        row(TxKind::AepsWithdrawal, 1000, TxState::Success)}),
                 Status::Right);
        const auto blocked = PracticeScenario::judge(Scenario::FingerMismatch, samples(),
                                                     {row(TxKind::AepsWithdrawal, 1000, TxState::Failed),
                                                      row(TxKind::AepsWithdrawal, 1000, TxState::Failed),
                                                      row(TxKind::BalanceEnquiry, 0, TxState::Failed)});
        QCOMPARE(blocked.status, Status::NextTime);
        QVERIFY(blocked.message.contains(QStringLiteral("NPCI")));
        // A money transfer is no finger: it does not count.
        QCOMPARE(judge(Scenario::FingerMismatch, {row(TxKind::DmtTransfer, 1000, TxState::Failed)}),
                 Status::InProgress);
    }

    void aBankThatIsDownIsRightOnceAndRepeatingItIsNextTime()
    {
        QCOMPARE(judge(Scenario::BankDown, {row(TxKind::AepsWithdrawal, 1000, TxState::Success)}), Status::InProgress);
        QCOMPARE(judge(Scenario::BankDown, {row(TxKind::AepsWithdrawal, 7600, TxState::Failed)}), Status::Right);
        QCOMPARE(judge(Scenario::BankDown,
                       {row(TxKind::AepsWithdrawal, 7600, TxState::Failed),
                        row(TxKind::AepsWithdrawal, 7600, TxState::Failed)}),
                 Status::NextTime);
    }

    void aPendingWithdrawalResolvedWithoutRepeatingIsRight()
    {
        QCOMPARE(judge(Scenario::PendingThenSuccess, {row(TxKind::AepsWithdrawal, 7050, TxState::Pending, 10)}),
                 Status::InProgress);
        QCOMPARE(judge(Scenario::PendingThenSuccess,
                       {inquired(row(TxKind::AepsWithdrawal, 7050, TxState::Success, 10, 50))}),
                 Status::Right);
        // A new withdrawal for the same customer while the first had no answer: paid twice, perhaps.
        QCOMPARE(judge(Scenario::PendingThenSuccess,
                       {row(TxKind::AepsWithdrawal, 7050, TxState::Pending, 10),
                        row(TxKind::AepsWithdrawal, 7050, TxState::Success, 20)}),
                 Status::NextTime);
        QCOMPARE(judge(Scenario::PendingThenSuccess,
                       {inquired(row(TxKind::AepsWithdrawal, 7050, TxState::Success, 10, 50)),
                        row(TxKind::AepsWithdrawal, 1000, TxState::Success, 20)}),
                 Status::NextTime);
        // After the answer, the next customer's withdrawal is fine.
        QCOMPARE(judge(Scenario::PendingThenSuccess,
                       {inquired(row(TxKind::AepsWithdrawal, 7050, TxState::Success, 10, 50)),
                        row(TxKind::AepsWithdrawal, 1000, TxState::Success, 60)}),
                 Status::Right);
    }

    // A withdrawal the bank refused at once (e.g. "do the daily login first") never was pending: no verdict from it,
    // and trying again after the login is not "a second withdrawal while the first was pending".
    void aWithdrawalAnsweredAtOnceIsNotTheScenarios()
    {
        QCOMPARE(judge(Scenario::PendingThenSuccess, {row(TxKind::AepsWithdrawal, 7050, TxState::Failed, 10)}),
                 Status::InProgress);
        QCOMPARE(judge(Scenario::PendingThenSuccess,
                       {row(TxKind::AepsWithdrawal, 7050, TxState::Failed, 10),
                        inquired(row(TxKind::AepsWithdrawal, 7050, TxState::Success, 20, 50))}),
                 Status::Right);
    }

    void aTransferInThreePartsIsRightWhenAllThreeWent()
    {
        const auto part = [](TxState state) { return row(TxKind::DmtTransfer, 5000, state); };
        QCOMPARE(judge(Scenario::DmtSplit, {part(TxState::Success), part(TxState::Success)}), Status::InProgress);
        const auto done = PracticeScenario::judge(
            Scenario::DmtSplit, samples(), {part(TxState::Success), part(TxState::Success), part(TxState::Success)});
        QCOMPARE(done.status, Status::Right);
        QVERIFY(done.message.contains(QStringLiteral("15,000")));
        QCOMPARE(judge(Scenario::DmtSplit, {part(TxState::Success), part(TxState::Failed)}), Status::NextTime);
    }

    void aRefundIsRightWhenTheTransferIsRefunded()
    {
        QCOMPARE(judge(Scenario::Refund, {row(TxKind::DmtTransfer, 4321, TxState::RefundPending)}), Status::InProgress);
        QCOMPARE(judge(Scenario::Refund, {row(TxKind::DmtTransfer, 4321, TxState::Refunded)}), Status::Right);
        QCOMPARE(judge(Scenario::Refund,
                       {row(TxKind::DmtTransfer, 4321, TxState::RefundPending),
                        row(TxKind::Refund, 4321, TxState::Success)}),
                 Status::Right);
    }
};

QTEST_GUILESS_MAIN(TestPracticeScenario)
#include "TestPracticeScenario.moc"
