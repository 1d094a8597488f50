// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// security.md R2, issue #13: at most two syncs per money transaction, counted over the whole process (every fsync,
// fdatasync, msync, sync_file_range and syncfs, SQLite's or anyone's), by counting — never by timing.
#include "SyncBudget.h"

#include <QTest>

#include <cstdio>

using namespace saathi;
using namespace saathi::test;

class TestJournalSyncBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyWithdrawalCostsAtMostTwoSyncsIncludingTheFirstAfterACheckpoint()
    {
        constexpr int kWithdrawals = 12;
        const WithdrawalSyncs run = runWithdrawals(kWithdrawals, 4); // the journal checkpoints after every 4th
        QCOMPARE(run.transactions, kWithdrawals);
        for (int i = 0; i < run.perTransaction.size(); ++i) {
            QVERIFY2(run.perTransaction.at(i) <= 2,
                     qPrintable(QStringLiteral("withdrawal %1 made %2 syncs").arg(i).arg(run.perTransaction.at(i))));
        }
        // The one before sending is on the journal's WAL (R1); so is the outcome's. Nothing else syncs meanwhile.
        QCOMPARE(run.money.total, 2 * kWithdrawals);
        QCOMPARE(run.money.byFile.value(QStringLiteral("journal.sqlite-wal")), 2 * kWithdrawals);
        QVERIFY(run.idle.total > 0); // the housekeeping did happen, between transactions
        std::printf("syncs: %d withdrawals, %d on the money path, %d in idle checkpoints, %d at start-up\n",
                    run.transactions, run.money.total, run.idle.total, run.startUp.total);
    }

    void aCliTransactionNoLongerPaysForTheCheckpointOnClose()
    {
        const int before = syncsPerCliTransaction(true); // checkpoint on close, as saathi-cli did
        const int now = syncsPerCliTransaction(false);
        std::printf("syncs per saathi-cli transaction: %d (checkpoint on close: %d)\n", now, before);
        // The two commits, plus SQLite's sync of the WAL's directory on a connection's first commit.
        QVERIFY(now <= 3);
        QVERIFY(before > now);
    }

    void theCounterIsCountingSyncs()
    {
        // The baseline the budget is measured against: one sync per FULL commit (security.md X8).
        QCOMPARE(syncsPerBareFullCommit(20), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestJournalSyncBudget)
#include "TestJournalSyncBudget.moc"
