// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #19's proof: a full training day at the counter through the real flows, the real journal file and the
// in-process sandbox. The till opens with ₹20,000; withdrawals, a DMT transfer and manual moves go through; the cash
// is counted at the close, and the report's expected cash is the journal's own arithmetic to the paisa. A pending
// withdrawal is carried into the next day's report and cleared once it reconciles, and its claim slip carries every
// dispute key with the deadline the rule data gives.
#include "AepsFixture.h"
#include "DmtFixture.h"
#include "FlowRunner.h"
#include "core/aeps/CashWithdrawalFlow.h"
#include "core/claims/ClaimRules.h"
#include "core/claims/ClaimSlip.h"
#include "core/dayclose/DayCloser.h"
#include "core/dmt/DmtTransferFlow.h"
#include "core/dmt/TransferPlan.h"
#include "core/journal/JournalService.h"
#include "core/journal/JournalStore.h"
#include "core/receipt/Receipt.h"
#include "core/till/TillBook.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace saathi;
using aeps::AepsCustomerFlow;
using aeps::CashWithdrawalFlow;
using journal::TxKind;
using journal::TxState;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    for (int i = 0; i < 20000 && !future.isFinished(); ++i) {
        QTest::qWait(1);
    }
    return future.result();
}

class Day : public test::CounterTestbed
{
public:
    Day()
        : test::CounterTestbed(
            {.agentWallet = Paise::fromRupees(100000), .customerTokens = true, .dmtRail = dmt::Rail::Fino})
    {
    }

    template<typename Fn>
    auto onJournal(Fn fn)
    {
        return await(journal().run(std::move(fn)));
    }
    Result<till::Shift> open(const QString& key, const QString& who, Paise cash)
    {
        return onJournal([=](journal::JournalStore& store) {
            return till::TillBook(store, till::CashDirections::defaults()).openShift({key, who, cash, std::nullopt});
        });
    }
    Result<till::TillMove> move(const QString& key, Paise amount, const QString& reason)
    {
        return onJournal([=](journal::JournalStore& store) {
            return till::TillBook(store, till::CashDirections::defaults()).move({key, amount, reason});
        });
    }
    Result<till::ShiftReport> report()
    {
        return onJournal([](journal::JournalStore& store) {
            return till::TillBook(store, till::CashDirections::defaults()).report();
        });
    }
    Result<till::CloseResult> close(const QString& key, Paise counted)
    {
        return onJournal([=](journal::JournalStore& store) {
            return till::TillBook(store, till::CashDirections::defaults()).close({key, counted, std::nullopt, {}});
        });
    }
    Result<dayclose::DayCloseReport> closeDay(const QDate& day)
    {
        return onJournal([=](journal::JournalStore& store) { return dayclose::DayCloser(store).close(day); });
    }
    // The drawer's arithmetic done by hand from the journal file: the opening, every move, and each successful
    // withdrawal (out) and transfer (in) created since the shift opened.
    Paise journalArithmetic(const till::Shift& shift)
    {
        Paise cash = shift.openingCash;
        for (const journal::TransactionRecord& row : rows()) {
            if (row.state != TxState::Success || row.createdAtMs < shift.openedAtMs) {
                continue;
            }
            if (row.kind == TxKind::AepsWithdrawal) {
                cash = cash - row.amount;
            } else if (row.kind == TxKind::DmtTransfer) {
                cash = cash + row.amount;
            }
        }
        return cash + onJournal([id = shift.id](journal::JournalStore& store) -> Result<Paise> {
                          QSqlQuery q(store.database());
                          q.prepare(QStringLiteral("SELECT coalesce(sum(amount_paise), 0) FROM till_moves "
                                                   "WHERE shift_id = ?"));
                          q.addBindValue(id);
                          if (!q.exec() || !q.next()) {
                              return Error {QStringLiteral("test.sql"), {}, {}};
                          }
                          return Paise {q.value(0).toLongLong()};
                      }).value();
    }

    QString withdraw(const QString& rupees, const QString& mobile)
    {
        CashWithdrawalFlow flow(services());
        QSignalSpy outcome(&flow, &AepsCustomerFlow::outcomeReady);
        if (!flow.submit(test::filledForm(rupees, mobile)) || !outcome.wait(20000)) {
            return {};
        }
        return flow.record().clientRefId;
    }
};

} // namespace

class TestTrainingDay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFullDayBalancesToThePaisaAndCarriesThePendingWithdrawal()
    {
        Day f;
        QVERIFY(f.isReady());
        const QDate day1 = f.clock().istDate();

        // Morning: the till opens with ₹20,000.
        const auto shift = f.open(QStringLiteral("open-1"), QStringLiteral("Ravi"), Paise::fromRupees(20000));
        QVERIFY2(shift.ok(), qPrintable(shift.error().detail));

        // Two withdrawals go through, one is declined, one stays pending at the bank.
        QVERIFY(!f.withdraw(QStringLiteral("2500"), QStringLiteral("9876543210")).isEmpty());
        QVERIFY(!f.withdraw(QStringLiteral("1000"), QStringLiteral("9876543211")).isEmpty());
        f.sandbox().armFault(sandbox::Fault::BankDeclineNotCompleted, QStringLiteral("cash-withdrawal"));
        const QString declined = f.withdraw(QStringLiteral("300"), QStringLiteral("9876543212"));
        QCOMPARE(f.row(declined)->state, TxState::Failed);
        f.sandbox().armFault(sandbox::Fault::PendingThenSuccess, QStringLiteral("cash-withdrawal"));
        const QString pending = f.withdraw(QStringLiteral("700"), QStringLiteral("9876543213"));
        QCOMPARE(f.row(pending)->state, TxState::Pending);

        // A DMT transfer takes ₹3,000 of the customer's cash in.
        {
            const dmt::Customer customer
                = test::DmtFixture::wait(f.dmt().lookupCustomer(QStringLiteral("9822200001"))).customer;
            const dmt::Recipient recipient
                = test::DmtFixture::wait(f.dmt().recipients(QStringLiteral("9822200001"))).recipients.value(0);
            dmt::DmtTransferFlow flow(f.services(), f.dmt());
            QObject::connect(&flow, &dmt::DmtTransferFlow::otpRequired, &flow,
                             [&flow](int, Paise) { flow.submitOtp(QStringLiteral("123456")); });
            QSignalSpy finished(&flow, &dmt::DmtTransferFlow::finished);
            QVERIFY(flow.start(dmt::TransferPlan::make(Paise::fromRupees(3000), customer, recipient).value()));
            QVERIFY(finished.wait(20000));
            QCOMPARE(flow.state(), dmt::DmtTransferFlow::State::Done);
        }

        // Manual moves: change from the bank in, the electricity bill out.
        QVERIFY(f.move(QStringLiteral("m1"), Paise::fromRupees(1000), QStringLiteral("Change from the bank")).ok());
        QVERIFY(f.move(QStringLiteral("m2"), Paise {-45050}, QStringLiteral("Electricity bill")).ok());
        QCOMPARE(f.move(QStringLiteral("m2"), Paise {-45050}, QStringLiteral("Electricity bill")).value().id,
                 f.move(QStringLiteral("m2"), Paise {-45050}, QStringLiteral("Electricity bill")).value().id);

        // The report's expected cash is the journal's arithmetic, to the paisa:
        // 20,000 − 2,500 − 1,000 + 3,000 + 1,000 − 450.50 = 20,049.50
        const auto report = f.report();
        QVERIFY(report.ok());
        QCOMPARE(report.value().expectedCash, f.journalArithmetic(shift.value()));
        QCOMPARE(report.value().expectedCash, Paise {2004950});

        // The agent counts ₹20,000 at the close: ₹49.50 short, recorded.
        const auto closed = f.close(QStringLiteral("close-1"), Paise::fromRupees(20000));
        QVERIFY(closed.ok());
        QCOMPARE(closed.value().closed.expectedCash, Paise {2004950});
        QCOMPARE(closed.value().closed.countedCash, Paise::fromRupees(20000));
        QCOMPARE(closed.value().closed.difference, Paise {-4950});
        QCOMPARE(f.close(QStringLiteral("close-1"), Paise::fromRupees(20000)).value().closed.id,
                 closed.value().closed.id); // a retried close records nothing twice

        // Day 1 closes: number 1, the pending withdrawal listed.
        const auto r1 = f.closeDay(day1);
        QVERIFY2(r1.ok(), qPrintable(r1.ok() ? QString() : r1.error().detail));
        QCOMPARE(r1.value().number, 1);
        QCOMPARE(r1.value().cashExpected, Paise {2004950});
        QCOMPARE(r1.value().cashCounted, Paise::fromRupees(20000));
        QCOMPARE(r1.value().cashDifference, Paise {-4950});
        const auto kindLine = [](const dayclose::DayCloseReport& r, TxKind kind) {
            for (const dayclose::KindLine& line : r.kinds) {
                if (line.kind == kind) {
                    return line;
                }
            }
            return dayclose::KindLine();
        };
        QCOMPARE(kindLine(r1.value(), TxKind::AepsWithdrawal).count, 2);
        QCOMPARE(kindLine(r1.value(), TxKind::AepsWithdrawal).total, Paise {350000});
        QCOMPARE(kindLine(r1.value(), TxKind::AepsWithdrawal).attempted, 4);
        QCOMPARE(kindLine(r1.value(), TxKind::DmtTransfer).count, 1);
        QCOMPARE(kindLine(r1.value(), TxKind::DmtTransfer).total, Paise::fromRupees(3000));
        Paise fees;
        Paise commission;
        for (const journal::TransactionRecord& row : f.rows()) {
            fees = fees + row.fee.value_or(Paise());
            commission = commission + row.commission.value_or(Paise());
        }
        QCOMPARE(r1.value().fees, fees);
        QCOMPARE(r1.value().commission, commission);
        QCOMPARE(r1.value().unresolved.size(), 1);
        QCOMPARE(r1.value().unresolved.first().clientRefId, pending);
        QCOMPARE(r1.value().unresolved.first().ageDays, 0);

        // Day 2: the pending withdrawal is carried, a day old.
        f.clock().advanceMs(24 * 3600 * 1000);
        const QDate day2 = f.clock().istDate();
        QVERIFY(f.open(QStringLiteral("open-2"), QStringLiteral("Ravi"), Paise::fromRupees(20000)).ok());
        QVERIFY(f.close(QStringLiteral("close-2"), Paise::fromRupees(20000)).ok());
        const auto r2 = f.closeDay(day2);
        QVERIFY(r2.ok());
        QCOMPARE(r2.value().number, 2);
        QCOMPARE(r2.value().unresolved.size(), 1);
        QCOMPARE(r2.value().unresolved.first().clientRefId, pending);
        QVERIFY(r2.value().unresolved.first().carried);
        QCOMPARE(r2.value().unresolved.first().ageDays, 1);

        // Its claim slip: every dispute key, and the deadline the rule data gives (T + reversal_days).
        const claims::ClaimRules rules = claims::ClaimRules::builtIn();
        const journal::TransactionRecord stuck = *f.row(pending);
        const claims::ClaimRule* rule = rules.ruleFor(stuck);
        QVERIFY(rule);
        const auto slip
            = claims::ClaimSlip::build(stuck, *rule, f.services().identity, QStringLiteral("en"), f.clock().nowMs());
        const QString text = slip.plainText();
        for (const QString& key :
             {stuck.clientRefId, stuck.tid, f.services().identity.userCode,
              receipt::Receipt::formatRupees(stuck.amount), receipt::Receipt::istDateTime(stuck.createdAtMs)}) {
            QVERIFY2(!key.isEmpty() && text.contains(key), qPrintable(key + QStringLiteral(" in\n") + text));
        }
        for (const QString& label : {QStringLiteral("RRN"), QStringLiteral("STAN")}) {
            QVERIFY2(text.contains(label), qPrintable(label));
        }
        QCOMPARE(slip.clock().deadline, day1.addDays(rule->reversalDays));
        QVERIFY(text.contains(slip.clock().deadline.toString(QStringLiteral("dd/MM/yyyy"))));
        QCOMPARE(slip.clock().daysSince, 1);

        // It reconciles; day 3's report no longer lists it and says it was cleared.
        f.sandbox().resolvePending();
        f.journal().reconcileNow(true);
        QTRY_COMPARE_WITH_TIMEOUT(f.row(pending)->state, TxState::Success, 20000);
        f.clock().advanceMs(24 * 3600 * 1000);
        QVERIFY(f.open(QStringLiteral("open-3"), QStringLiteral("Ravi"), Paise::fromRupees(20000)).ok());
        QVERIFY(f.close(QStringLiteral("close-3"), Paise::fromRupees(20000)).ok());
        const auto r3 = f.closeDay(f.clock().istDate());
        QVERIFY(r3.ok());
        QCOMPARE(r3.value().number, 3);
        QVERIFY(r3.value().unresolved.isEmpty());
        QCOMPARE(r3.value().clearedSinceLastClose, QList<QString> {pending});
        // Closing day 1 again gives back the first report, recorded once.
        const auto again = f.closeDay(day1);
        QVERIFY(again.ok());
        QVERIFY(again.value().alreadyClosed);
        QCOMPARE(again.value().number, 1);
    }
};

QTEST_MAIN(TestTrainingDay)
#include "TestTrainingDay.moc"
