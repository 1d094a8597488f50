// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Helper for TestJournalPowerCut: journals withdrawals through the real JournalStore on the "lazy" VFS (writes
// reach the file only when SQLite syncs) and reports each step after the store returned. The test kills it: a
// power cut.   powercut_child DB full|normal PREFIX
#include "JournalChild.h"
#include "LazyVfs.h"
#include "core/journal/JournalStore.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace saathi;
using namespace saathi::journal;

int main(int argc, char* argv[])
{
    if (!test::installLazyVfs()) {
        std::fprintf(stderr, "cannot install the lazy VFS\n");
        return 1;
    }
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        return 2;
    }
    const auto opened = test::openChildJournal(args.at(1));
    if (!opened) {
        return 1;
    }
    JournalStore& store = *opened;
    // The control run: what the journal would lose if it trusted WAL + NORMAL (security.md X8). markSent puts
    // FULL back after its own NORMAL commit, so the control sets NORMAL again after every step.
    const bool control = args.at(2) == QLatin1String("normal");
    const auto weaken = [&store, control] {
        return !control || QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    };
    if (!weaken()) {
        return 1;
    }
    std::printf("READY\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        const PrepareRequest r = test::childWithdrawal(args.at(3), i);
        const QString& ref = r.clientRefId;
        if (!store.prepare(r)) {
            return 1;
        }
        std::printf("P %s\n", qPrintable(ref)); // committed: the request could leave now
        std::fflush(stdout);
        if (!store.markSent(ref) || !weaken()) {
            return 1;
        }
        Outcome o;
        o.state = TxState::Success;
        o.tid = QStringLiteral("T") + ref;
        if (!store.recordOutcome(ref, o)) {
            return 1;
        }
        std::printf("F %s\n", qPrintable(ref));
        std::fflush(stdout);
    }
}
