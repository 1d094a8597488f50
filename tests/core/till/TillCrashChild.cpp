// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Helper for TestTillCrash: works the till in a loop (open a shift, three manual moves, a close — every other one a
// hand-over) and reports each step on stdout: "- STEP KEY" just before it, "STEP KEY" only after TillBook returned,
// i.e. after the commit. STEP is O (open), M (move) or C (close). The test kills it with SIGKILL at a random moment.
//   till_crash_child DB RUN
#include "TillCrashSteps.h"
#include "core/journal/JournalStore.h"
#include "core/till/TillBook.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

#include <cstdio>

using namespace saathi;
using namespace saathi::till;

namespace {

void say(const char* prefix, const char* step, const QString& key)
{
    std::printf("%s%s %s\n", prefix, step, qPrintable(key));
    std::fflush(stdout);
}

bool failed(const Error& e)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(e.code), qPrintable(e.detail));
    return false;
}

// One step of the loop; `i` numbers the steps of this run (the keys), `moves` the moves made in the open shift.
bool step(TillBook& book, const QString& run, int i, int* moves)
{
    const QString key = run + QLatin1Char('.') + QString::number(i);
    auto current = book.currentShift();
    if (!current) {
        return failed(current.error());
    }
    if (!current.value()) {
        say("- ", "O", key);
        auto opened = book.openShift(test::crash::open(key, i));
        if (!opened) {
            return failed(opened.error());
        }
        *moves = 0;
        say("", "O", key);
    } else if (*moves < 3) {
        say("- ", "M", key);
        if (auto moved = book.move(test::crash::move(key, i)); !moved) {
            return failed(moved.error());
        }
        ++*moves;
        say("", "M", key);
    } else {
        say("- ", "C", key);
        if (auto closed = book.close(test::crash::close(key, i)); !closed) {
            return failed(closed.error());
        }
        *moves = 0;
        say("", "C", key);
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        return 2;
    }
    journal::JournalStore::Options options;
    options.environment = EkoEnvironment::Training;
    auto opened = journal::JournalStore::open(args.at(1), SystemClock::instance(), options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        return 1;
    }
    TillBook book(*opened.value(), CashDirections::defaults());
    int moves = 3; // a shift left open by the last run: close it first
    for (int i = 0;; ++i) {
        if (!step(book, args.at(2), i, &moves)) {
            return 1;
        }
    }
}
