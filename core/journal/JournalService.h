// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/DailySummary.h"
#include "core/journal/HistoryQuery.h"
#include "core/journal/JournalStore.h"
#include "core/journal/LegacyJournalMigration.h"
#include "core/journal/TransactionInquirer.h"

#include <QAtomicInteger>
#include <QFuture>
#include <QFutureInterface>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace saathi::journal {

// The journal for the UI thread, which never waits on the disk: a JournalStore (and its Reconciler) live on one
// worker QThread; every call returns a QFuture at once. Consume results on a context object, e.g.
//   service.prepare(request).then(page, [page](const Result<JournalStore::PrepareResult>& r) { … });
// Results are delivered in call order (one worker, FIFO).
//
// Shutdown is deterministic: shutdown() (the destructor calls it) stops taking work, lets the worker finish what was
// queued — its writes are made, its futures finish with their results — but runs no continuation once shutdown has
// begun, so no `.then(context, …)` ever reaches a context destroyed meanwhile. Call shutdown() before destroying the
// objects that consume its futures (the pages); calls after it fail at once with journal.not_open.
class JournalService : public QObject
{
    Q_OBJECT
public:
    explicit JournalService(const Clock& clock, QObject* parent = nullptr);
    ~JournalService() override; // shutdown()

    // Idempotent; blocks until the worker has finished the queued work and closed the store.
    void shutdown();
    bool isShuttingDown() const { return m_stopping.loadAcquire(); }

    // Opens the journal at `path` for options.environment (issue #12: each environment has its own file,
    // JournalPaths::forEnvironment). With `migration`, the legacy shared journal's rows are first moved into their
    // environments' files on the worker (LegacyJournalMigration); its origin-unknown open rows then come back through
    // rowsToSettleByHand() and settleByHandRows(). A failed migration does not stop the journal from opening (the
    // legacy rows stay where they are, never reconciled): storeFailed() reports it.
    QFuture<Result<bool>> open(const QString& path, const JournalStore::Options& options = JournalStore::Options(),
                               std::optional<LegacyMigrationRequest> migration = std::nullopt);
    // The last migration's report (empty before open() ran one).
    QFuture<LegacyMigrationReport> migrationReport();
    // The rows the agent settles by hand: origin unknown, still open, in the legacy file (as of the last migration).
    QFuture<QList<TransactionRecord>> settleByHandRows();

    QFuture<Result<JournalStore::PrepareResult>> prepare(const PrepareRequest& request);
    QFuture<Result<TransactionRecord>> markSent(const QString& clientRefId);
    QFuture<Result<TransactionRecord>> recordOutcome(const QString& clientRefId, const Outcome& outcome);
    QFuture<Result<HistoryPage>> history(const HistoryFilter& filter, int limit, const HistoryCursor& after = {});
    QFuture<Result<DailySummary>> dailySummary(const QDate& istDay);

    // Anything else: fn(store) runs on the worker; fn must return a Result<T>.
    template<typename Fn>
    auto run(Fn fn) -> QFuture<std::invoke_result_t<Fn, JournalStore&>>
    {
        using R = std::invoke_result_t<Fn, JournalStore&>;
        QFutureInterface<R> promise;
        promise.reportStarted();
        QFuture<R> future = promise.future();
        if (isShuttingDown()) {
            deliver(promise, R(notOpenError()));
            return future;
        }
        post([this, promise, fn = std::move(fn)](JournalStore* store) mutable {
            deliver(promise, store ? fn(*store) : R(notOpenError()));
        });
        return future;
    }

    // Housekeeping (R2): the store runs without SQLite's autocheckpoint; the worker checkpoints once it has been idle
    // for the delay (default 5 s) with no money in flight, and at open. checkpointNow() does it after the queued
    // work, whatever is in flight (tests, the bench). A delay ≤ 0 turns the idle checkpoint off.
    QFuture<Result<int>> checkpointNow();
    void setIdleCheckpointDelay(int ms);

    // Starts reconciling on the worker with `inquirer` (which stays on its own thread, e.g. the Eko client's).
    // Call after open(). The reconciler's signals below arrive on this object's thread.
    void startReconciler(TransactionInquirer* inquirer);
    void reconcileNow(bool everyOpenRow = false);

    QThread* workerThread() { return &m_thread; }

    // True while a money request of this process is journaled and not yet answered (prepared or sent; the store's
    // own bound applies), or a prepare() is still on its way to the worker. The counter asks this, not its pages,
    // before it changes environment; moneyInFlightChanged() says when it may try again.
    bool hasMoneyInFlight() const { return m_preparesQueued > 0 || m_storeInFlight; }

Q_SIGNALS:
    void unresolvedChanged(int count);
    void rowChanged(const saathi::journal::TransactionRecord& record);
    void rowResolved(const saathi::journal::TransactionRecord& record);
    void storeFailed(const saathi::Error& error);
    // After open() ran a migration that left origin-unknown open rows (never reconciled): list them for the agent.
    void rowsToSettleByHand(const QList<saathi::journal::TransactionRecord>& rows);
    void moneyInFlightChanged(bool inFlight);

private:
    class Worker;
    // QFutureInterface's continuation is protected API; dropping it is how a result is delivered without one.
    template<typename T>
    class Delivery : public QFutureInterface<T>
    {
    public:
        explicit Delivery(const QFutureInterface<T>& other)
            : QFutureInterface<T>(other)
        {
        }
        void dropContinuation() { this->cleanContinuation(); }
    };
    // Finishes `promise` with `value`; once shutdown has begun its continuation (if any) is dropped, not run: the
    // context it names may be gone. Waiters still get the result.
    template<typename T>
    void deliver(QFutureInterface<T>& promise, T value)
    {
        if (isShuttingDown()) {
            Delivery<T>(promise).dropContinuation();
        }
        promise.reportAndMoveResult(std::move(value));
        promise.reportFinished();
    }
    void post(std::function<void(JournalStore*)> task);
    void postToWorker(std::function<void(Worker&)> task);
    // After a write the reconciler re-reads the open rows, so the counter's badge follows at once.
    void refreshReconciler();
    static Error notOpenError();
    // On the worker, after a money write: tells this object's thread what the store now has in flight.
    void reportInFlight(JournalStore* store, bool fromPrepare);
    void setStoreInFlight(bool inFlight, bool fromPrepare);

    const Clock& m_clock;
    QThread m_thread;
    Worker* m_worker = nullptr;
    int m_preparesQueued = 0; // this object's thread only
    bool m_storeInFlight = false; // this object's thread only
    QAtomicInteger<bool> m_stopping = false; // set by shutdown(), read by the worker before each delivery
};

} // namespace saathi::journal
