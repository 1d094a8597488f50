// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The practice scenarios' judge, from journal rows alone: what counts as done right, what earns "next time", and
// what is still in progress.
#include "PracticeSamples.h"
#include "core/training/Practice.h"
#include "core/training/PracticeScenario.h"
#include "core/util/Clock.h"

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
        QCOMPARE(PracticeScenario::all().size(), 10); // five money situations and five pre-flight checks (#18)
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
        // The pre-flight scenarios (issue #18) name the practice world's values too.
        const QString notLinked = PracticeScenario::instructions(Scenario::BankNotLinked, samples());
        QVERIFY(notLinked.contains(QStringLiteral("9999 6262 6262")));
        QVERIFY(notLinked.contains(QStringLiteral("SBIN")) && notLinked.contains(QStringLiteral("BARB")));
        QVERIFY(PracticeScenario::instructions(Scenario::BankLimitToday, samples()).contains(QStringLiteral("7,700")));
        QCOMPARE(PracticeScenario::setup(Scenario::BankNotLinked), Setup::None); // the one-bank customer scripts it
        QCOMPARE(PracticeScenario::setup(Scenario::WeakCapture), Setup::WeakCaptureOnce);
        QCOMPARE(PracticeScenario::setup(Scenario::AgentStrikes), Setup::AgentFingerFailsTwice);
    }

    // (a) "Not linked" at the bank the customer named; the next attempt at the bank their Aadhaar is linked to is
    // right; the same bank again (past the form's warning) is for next time.
    void notLinkedThenTheLinkedBankIsRight()
    {
        const auto at = [](const QString& bank, TxState state) {
            TransactionRecord r = row(TxKind::AepsWithdrawal, 1000, state);
            r.aadhaarLast4 = QStringLiteral("6262");
            r.bankCode = bank;
            return r;
        };
        const TransactionRecord refused = at(QStringLiteral("SBIN"), TxState::Failed);
        QCOMPARE(judge(Scenario::BankNotLinked, {}), Status::InProgress);
        QCOMPARE(judge(Scenario::BankNotLinked, {refused}), Status::InProgress);
        QCOMPARE(judge(Scenario::BankNotLinked, {refused, at(QStringLiteral("BARB"), TxState::Success)}),
                 Status::Right);
        QCOMPARE(judge(Scenario::BankNotLinked, {refused, at(QStringLiteral("SBIN"), TxState::Failed)}),
                 Status::NextTime);
        // Another customer's rows say nothing about this one.
        QCOMPARE(judge(Scenario::BankNotLinked, {refused, row(TxKind::AepsWithdrawal, 1000, TxState::Success)}),
                 Status::InProgress);
    }

    // (b) "Limit exhausted" today at one bank: another bank of the customer's is right, the same bank again is not.
    void aBankLimitUsedUpTodayIsAvoided()
    {
        const auto at = [](qint64 rupees, const QString& bank, TxState state) {
            TransactionRecord r = row(TxKind::AepsWithdrawal, rupees, state);
            r.bankCode = bank;
            return r;
        };
        const TransactionRecord refused = at(7700, QStringLiteral("SBIN"), TxState::Failed);
        QCOMPARE(judge(Scenario::BankLimitToday, {refused}), Status::InProgress);
        QCOMPARE(judge(Scenario::BankLimitToday, {refused, at(1000, QStringLiteral("HDFC"), TxState::Success)}),
                 Status::Right);
        QCOMPARE(judge(Scenario::BankLimitToday, {refused, at(1000, QStringLiteral("SBIN"), TxState::Success)}),
                 Status::NextTime);
    }

    // (c) The 6th withdrawal of the day leaves no row: the pre-flight step's stop is the evidence.
    void theSixthWithdrawalIsStoppedBeforeTheFinger()
    {
        QList<TransactionRecord> five;
        for (int i = 0; i < 5; ++i) {
            five << row(TxKind::AepsWithdrawal, 1000, TxState::Success);
        }
        QCOMPARE(judge(Scenario::DailyLimit, five), Status::InProgress);
        PracticeEvent warned {PracticeEvent::Kind::PreflightWarning, preflight::Check::BankNotLinked, {}, 10};
        QCOMPARE(PracticeScenario::judge(Scenario::DailyLimit, samples(), five, {warned}).status, Status::InProgress);
        PracticeEvent stopped {PracticeEvent::Kind::PreflightStop, preflight::Check::CustomerDailyCount, {}, 20};
        QCOMPARE(PracticeScenario::judge(Scenario::DailyLimit, samples(), five, {warned, stopped}).status,
                 Status::Right);
    }

    // (d) A weak capture is never sent; a withdrawal that succeeds after it is right.
    void aWeakCaptureThenACarefulRetryIsRight()
    {
        const PracticeEvent weak {PracticeEvent::Kind::CaptureTooWeak, preflight::Check::AmountLimit, {}, 100};
        const TransactionRecord before = row(TxKind::AepsWithdrawal, 1000, TxState::Success, 50);
        const TransactionRecord after = row(TxKind::AepsWithdrawal, 1000, TxState::Success, 150);
        QCOMPARE(PracticeScenario::judge(Scenario::WeakCapture, samples(), {after}, {}).status, Status::InProgress);
        QCOMPARE(PracticeScenario::judge(Scenario::WeakCapture, samples(), {before}, {weak}).status,
                 Status::InProgress);
        QCOMPARE(PracticeScenario::judge(Scenario::WeakCapture, samples(), {before, after}, {weak}).status,
                 Status::Right);
    }

    // (e) The strike guard: two failed logins, the device test, then a login that passes is right; a third
    // failure in a row is for next time.
    void theAgentTestsTheDeviceAfterTwoFailedLogins()
    {
        using K = PracticeEvent::Kind;
        const auto e = [](K kind) { return PracticeEvent {kind, preflight::Check::AgentStrikes, {}, 1}; };
        const auto verdict = [](const QList<PracticeEvent>& events) {
            return PracticeScenario::judge(Scenario::AgentStrikes, samples(), {}, events);
        };
        QCOMPARE(verdict({e(K::AgentAuthFailed), e(K::AgentAuthFailed)}).status, Status::InProgress);
        const Verdict done
            = verdict({e(K::AgentAuthFailed), e(K::AgentAuthFailed), e(K::DeviceTestPassed), e(K::AgentAuthPassed)});
        QCOMPARE(done.status, Status::Right);
        QVERIFY(done.message.contains(QStringLiteral("tested the device")));
        QCOMPARE(verdict({e(K::AgentAuthFailed), e(K::AgentAuthFailed), e(K::AgentAuthFailed)}).status,
                 Status::NextTime);
        // A login that passed at once is not the practice yet.
        QCOMPARE(verdict({e(K::AgentAuthPassed)}).status, Status::InProgress);
    }

    // Practice keeps what the counter notes while a scenario runs and judges it: the strike scenario arms its setup,
    // ends on the events alone and disarms.
    void practiceJudgesTheNotedEvents()
    {
        ManualClock clock {1700000000000};
        QList<Setup> armed;
        Practice practice(Guide(samples()), clock, [&armed](Setup s) { armed << s; });
        using K = PracticeEvent::Kind;
        practice.note({K::AgentAuthFailed, preflight::Check::AgentStrikes, {}, 0}); // no scenario yet: ignored
        practice.start(Scenario::AgentStrikes);
        QCOMPARE(armed, QList<Setup> {Setup::AgentFingerFailsTwice});
        for (K kind : {K::AgentAuthFailed, K::AgentAuthFailed, K::DeviceTestPassed}) {
            practice.note({kind, preflight::Check::AgentStrikes, {}, 0});
        }
        QVERIFY(practice.current().has_value());
        practice.note({K::AgentAuthPassed, preflight::Check::AgentStrikes, {}, 0});
        QVERIFY(!practice.current().has_value());
        QCOMPARE(practice.finishedScenario(), std::optional<Scenario>(Scenario::AgentStrikes));
        QCOMPARE(practice.verdict().status, Status::Right);
        QCOMPARE(armed.last(), Setup::None);
        // A new start forgets the earlier events.
        practice.start(Scenario::AgentStrikes);
        practice.note({K::AgentAuthPassed, preflight::Check::AgentStrikes, {}, 0});
        QVERIFY(practice.current().has_value());
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
