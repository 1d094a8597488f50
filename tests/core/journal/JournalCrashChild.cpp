// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Helper for TestJournalCrash: journals money transactions in a loop and reports each step on stdout only after
// the store returned, i.e. after the commit. The test kills it with SIGKILL at a random moment.
//   journal_crash_child DB PREFIX
#include "JournalChild.h"
#include "core/journal/JournalStore.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

#include <cstdio>

using namespace saathi;
using namespace saathi::journal;

namespace {
void say(const char* step, const QString& ref)
{
    std::printf("%s %s\n", step, qPrintable(ref));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        return 2;
    }
    const auto opened = test::openChildJournal(args.at(1));
    if (!opened) {
        return 1;
    }
    JournalStore& store = *opened;
    for (int i = 0;; ++i) {
        const PrepareRequest r = test::childWithdrawal(args.at(2), i);
        const QString& ref = r.clientRefId;
        if (!store.prepare(r)) {
            return 1;
        }
        say("P", ref); // committed: the request could leave now
        if (!store.markSent(ref)) {
            return 1;
        }
        say("S", ref);
        Outcome o;
        o.state = (i % 2) ? TxState::Unknown : TxState::Success;
        o.tid = QStringLiteral("T") + ref;
        if (!store.recordOutcome(ref, o)) {
            return 1;
        }
        say(o.state == TxState::Success ? "F" : "U", ref);
    }
}
