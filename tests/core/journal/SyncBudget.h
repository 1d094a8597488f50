// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// The fsync budget of a money transaction (security.md R2, issue #13): N cash withdrawals through the counter's real
// flow (CashWithdrawalFlow, the Eko client against the in-process sandbox, the RD simulator, JournalService) while
// SyncCounter counts every sync the process makes. Shared by TestJournalSyncBudget (asserts) and
// bench_journal_syncs (prints).
#include "SyncCounter.h"

#include <QList>

namespace saathi::test {

struct WithdrawalSyncs
{
    int transactions = 0; // withdrawals that reached Success
    QList<int> perTransaction; // syncs from submit to the outcome, each
    SyncCounts money; // all of those together, by file
    SyncCounts idle; // the journal's housekeeping between transactions (checkpoints), by file
    SyncCounts startUp; // opening the counter: journal, settings
};

// `idleCheckpointEvery`: after every k-th withdrawal the test waits for the journal to be idle and checkpoint.
WithdrawalSyncs runWithdrawals(int count, int idleCheckpointEvery);

// One saathi-cli transaction's journal work — open, prepare, markSent, outcome, close — as CliJournal does it, in
// the steady state (the file exists); the syncs it costs. `checkpointOnClose`: the store's option (the CLI's is false).
int syncsPerCliTransaction(bool checkpointOnClose);

// The baseline: syncs per single-row commit of a bare WAL + synchronous=FULL SQLite file (security.md X8 says 1).
double syncsPerBareFullCommit(int commits);

} // namespace saathi::test
