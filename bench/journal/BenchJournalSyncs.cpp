// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// fsyncs per money transaction (security.md R2, issue #13): N cash withdrawals through the counter's real flow
// against the in-process sandbox, every sync of the whole process counted (tests/core/journal/SyncCounter), split into
// the money path (submit → outcome), the journal's idle checkpoints and start-up. Prints figures and the ratio to a
// bare WAL + FULL commit measured in the same process; asserts nothing.   bench_journal_syncs [N] [checkpoint-every]
#include "SyncBudget.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace saathi::test;

namespace {
void printByFile(const char* what, const SyncCounts& counts)
{
    std::printf("  %-22s %4d", what, counts.total);
    for (auto it = counts.byFile.cbegin(); it != counts.byFile.cend(); ++it) {
        std::printf("  %s: %d", qPrintable(it.key()), it.value());
    }
    std::printf("\n");
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int n = args.size() > 1 ? args.at(1).toInt() : 100;
    const int every = args.size() > 2 ? args.at(2).toInt() : 25;
    const double bare = syncsPerBareFullCommit(100);
    const WithdrawalSyncs run = runWithdrawals(n, every);
    if (run.transactions == 0) {
        std::fprintf(stderr, "no withdrawal went through\n");
        return 1;
    }
    int worst = 0;
    for (int s : run.perTransaction) {
        worst = std::max(worst, s);
    }
    const double perTx = double(run.money.total) / run.transactions;
    const double withIdle = double(run.money.total + run.idle.total) / run.transactions;
    std::printf("fsync budget: %d cash withdrawals through CashWithdrawalFlow, checkpoint every %d when idle\n",
                run.transactions, every);
    printByFile("money path", run.money);
    printByFile("idle checkpoints", run.idle);
    printByFile("start-up", run.startUp);
    std::printf("  fsyncs per transaction: %.2f (goal <= 2.0), worst single transaction %d\n", perTx, worst);
    std::printf("  with idle checkpoints:  %.2f per transaction\n", withIdle);
    std::printf("  baseline: %.2f syncs per bare WAL+FULL commit -> a transaction costs %.2f FULL commits\n", bare,
                bare > 0 ? perTx / bare : 0.0);
    std::printf("  saathi-cli (one process per transaction): %d syncs, %d with the old checkpoint on close\n",
                syncsPerCliTransaction(false), syncsPerCliTransaction(true));
    return 0;
}
