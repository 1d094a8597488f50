// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SyncBudget.h"

#include "AepsFixture.h"
#include "FlowRunner.h"
#include "core/aeps/CashWithdrawalFlow.h"
#include "core/journal/JournalService.h"
#include "core/journal/JournalStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace saathi::test {

namespace {
void add(SyncCounts* sum, const SyncCounts& part)
{
    sum->total += part.total;
    for (auto it = part.byFile.cbegin(); it != part.byFile.cend(); ++it) {
        sum->byFile[it.key()] += it.value();
    }
}

// A round trip through the journal's worker: every write queued before it has been made.
bool drainJournal(journal::JournalService& journal)
{
    auto barrier = journal.run([](journal::JournalStore& s) { return s.unresolvedCount(); });
    return QTest::qWaitFor([&barrier] { return barrier.isFinished(); }, 10000);
}
} // namespace

WithdrawalSyncs runWithdrawals(int count, int idleCheckpointEvery)
{
    WithdrawalSyncs result;
    const SyncCounts beforeStart = syncCounts();
    CounterTestbed bed; // no customer tokens: NPCI's five-a-day rule would stop a long run of one test customer
    if (!bed.isReady()) {
        return result;
    }
    sandbox::EkoSandboxConfig config = bed.sandbox().config();
    config.maxWithdrawalsPerDay = count + 1; // one test customer, many withdrawals: NPCI's daily five aside
    config.defaultCustomerBalance = Paise::fromRupees(100LL * (count + 1));
    bed.sandbox().setConfig(config);
    bed.journal().setIdleCheckpointDelay(0); // housekeeping only where this run asks for it
    if (!drainJournal(bed.journal())) {
        return result;
    }
    result.startUp = syncsSince(beforeStart);
    aeps::CashWithdrawalFlow flow(bed.services());
    QSignalSpy outcome(&flow, &aeps::AepsCustomerFlow::outcomeReady);
    for (int i = 0; i < count; ++i) {
        flow.startNewTransaction();
        outcome.clear();
        const SyncCounts before = syncCounts();
        // ₹100 from a new mobile each time: N5's "same mobile, same amount" question never comes up.
        if (!flow.submit(
                filledForm(QStringLiteral("100"), QStringLiteral("98765%1").arg(i, 5, 10, QLatin1Char('0'))))) {
            qWarning("withdrawal %d was not submitted", i);
            break;
        }
        if (!outcome.wait(20000) || flow.state() != aeps::AepsCustomerFlow::State::Success) {
            qWarning("withdrawal %d ended in state %d: %s", i, int(flow.state()),
                     qPrintable(flow.lastError().code + QLatin1Char(' ') + flow.lastError().detail));
            break;
        }
        if (!drainJournal(bed.journal())) { // the outcome's commit has returned: the transaction's syncs are all in
            break;
        }
        const SyncCounts spent = syncsSince(before);
        result.perTransaction.append(spent.total);
        add(&result.money, spent);
        ++result.transactions;
        if (idleCheckpointEvery > 0 && (i + 1) % idleCheckpointEvery == 0) {
            const SyncCounts idleBefore = syncCounts();
            auto done = bed.journal().checkpointNow();
            if (!QTest::qWaitFor([&done] { return done.isFinished(); }, 10000)) {
                break;
            }
            add(&result.idle, syncsSince(idleBefore));
        }
    }
    return result;
}

int syncsPerCliTransaction(bool checkpointOnClose)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.sqlite"));
    ManualClock clock;
    int syncs = -1;
    for (int run = 0; run < 3; ++run) { // the first run makes the file; the last one is measured
        const SyncCounts before = syncCounts();
        {
            journal::JournalStore::Options options;
            options.environment = EkoEnvironment::Training;
            options.checkpointOnClose = checkpointOnClose;
            auto store = journal::JournalStore::open(path, clock, options);
            if (!store) {
                return -1;
            }
            journal::PrepareRequest r;
            r.clientRefId = QStringLiteral("CLI%1").arg(run);
            r.submissionKey = r.clientRefId;
            r.amount = Paise::fromRupees(100);
            r.agentUserCode = QStringLiteral("20810200");
            journal::Outcome o;
            o.state = journal::TxState::Success;
            if (!store.value()->prepare(r) || !store.value()->markSent(r.clientRefId)
                || !store.value()->recordOutcome(r.clientRefId, o)) {
                return -1;
            }
        }
        syncs = syncsSince(before).total;
    }
    return syncs;
}

double syncsPerBareFullCommit(int commits)
{
    QTemporaryDir dir;
    const QString connection = QStringLiteral("saathi.bench.bare");
    int syncs = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.filePath(QStringLiteral("bare.sqlite")));
        if (!db.open()) {
            return -1;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"));
        q.exec(QStringLiteral("INSERT INTO t (v) VALUES ('warm-up')")); // the WAL's header and directory entry
        const SyncCounts before = syncCounts();
        for (int i = 0; i < commits; ++i) {
            q.exec(QStringLiteral("INSERT INTO t (v) VALUES ('row')"));
        }
        syncs = syncsSince(before).total;
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return commits > 0 ? double(syncs) / commits : 0;
}

} // namespace saathi::test
