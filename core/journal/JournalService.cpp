// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/JournalService.h"

#include "core/journal/Reconciler.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace saathi::journal {

// Lives on the worker thread; owns what must be created, used and destroyed there (the SQLite connection).
class JournalService::Worker : public QObject
{
public:
    std::unique_ptr<JournalStore> store;
    std::unique_ptr<Reconciler> reconciler;
    LegacyMigrationReport migration;
    int idleDelayMs = 5000;

    // After each task: the checkpoint waits until the journal has been idle for the delay.
    void scheduleHousekeeping()
    {
        if (!store || idleDelayMs <= 0) {
            return;
        }
        if (!m_idle) {
            m_idle = new QTimer(this);
            m_idle->setSingleShot(true);
            QObject::connect(m_idle, &QTimer::timeout, this, [this] { housekeep(); });
        }
        m_idle->start(idleDelayMs);
    }

    void stopHousekeeping()
    {
        delete m_idle; // on the worker's own thread, before it stops
        m_idle = nullptr;
    }

private:
    void housekeep()
    {
        if (!store) {
            return;
        }
        if (store->hasMoneyInFlight()) {
            scheduleHousekeeping(); // never between a prepare and its outcome
            return;
        }
        store->checkpointIdle();
    }

    QTimer* m_idle = nullptr;
};

JournalService::JournalService(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("saathi-journal"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

JournalService::~JournalService()
{
    shutdown();
    delete m_worker;
}

void JournalService::shutdown()
{
    if (m_stopping.fetchAndStoreOrdered(true)) {
        return;
    }
    // Everything queued before this runs first (one worker, FIFO): its writes are made and its futures finish,
    // without continuations (deliver()). Then the connection is closed on its own thread and the thread stops.
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->stopHousekeeping();
            worker->reconciler.reset();
            worker->store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Error JournalService::notOpenError()
{
    return Error {QStringLiteral("journal.not_open"),
                  QCoreApplication::translate("Journal", "The transaction journal is not open. Restart Saathi."),
                  QStringLiteral("JournalService used before open()")};
}

void JournalService::post(std::function<void(JournalStore*)> task)
{
    postToWorker([task = std::move(task)](Worker& w) {
        task(w.store.get());
        w.scheduleHousekeeping();
    });
}

void JournalService::postToWorker(std::function<void(Worker&)> task)
{
    if (isShuttingDown()) {
        return; // the worker takes nothing new; callers holding a future have already been answered
    }
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, task = std::move(task)] { task(*worker); }, Qt::QueuedConnection);
}

QFuture<Result<bool>> JournalService::open(const QString& path, const JournalStore::Options& options,
                                           std::optional<LegacyMigrationRequest> migration)
{
    QFutureInterface<Result<bool>> promise;
    promise.reportStarted();
    QFuture<Result<bool>> future = promise.future();
    if (isShuttingDown()) {
        deliver(promise, Result<bool>(notOpenError()));
        return future;
    }
    const Clock* clock = &m_clock;
    JournalStore::Options storeOptions = options;
    storeOptions.autoCheckpoint = false; // the worker checkpoints when idle (Worker::scheduleHousekeeping)
    postToWorker([this, promise, path, options = storeOptions, clock, migration](Worker& w) mutable {
        w.reconciler.reset();
        w.store.reset();
        if (migration) {
            auto report = LegacyJournalMigration::run(*migration, *clock);
            if (!report) {
                Q_EMIT storeFailed(report.error()); // queued to the service's thread
            } else {
                w.migration = report.value();
                if (!w.migration.toSettleByHand.isEmpty()) {
                    Q_EMIT rowsToSettleByHand(w.migration.toSettleByHand);
                }
            }
        }
        auto opened = JournalStore::open(path, *clock, options);
        if (opened) {
            w.store = std::move(opened.value());
            w.store->checkpointIdle(); // what an earlier run left in the WAL; the WAL's first syncs are paid here
            deliver(promise, Result<bool>(true));
        } else {
            deliver(promise, Result<bool>(opened.error()));
        }
    });
    return future;
}

QFuture<LegacyMigrationReport> JournalService::migrationReport()
{
    QFutureInterface<LegacyMigrationReport> promise;
    promise.reportStarted();
    QFuture<LegacyMigrationReport> future = promise.future();
    if (isShuttingDown()) {
        deliver(promise, LegacyMigrationReport());
        return future;
    }
    postToWorker([this, promise](Worker& w) mutable { deliver(promise, LegacyMigrationReport(w.migration)); });
    return future;
}

QFuture<QList<TransactionRecord>> JournalService::settleByHandRows()
{
    return migrationReport().then([](const LegacyMigrationReport& r) { return r.toSettleByHand; });
}

QFuture<Result<JournalStore::PrepareResult>> JournalService::prepare(const PrepareRequest& request)
{
    const bool wasInFlight = hasMoneyInFlight();
    ++m_preparesQueued; // in flight from now: the worker's answer below settles it
    if (!wasInFlight) {
        Q_EMIT moneyInFlightChanged(true);
    }
    auto f = run([request](JournalStore& s) { return s.prepare(request); });
    post([this](JournalStore* s) { reportInFlight(s, true); });
    refreshReconciler();
    return f;
}

QFuture<Result<TransactionRecord>> JournalService::markSent(const QString& clientRefId)
{
    return run([this, clientRefId](JournalStore& s) {
        auto r = s.markSent(clientRefId);
        reportInFlight(&s, false);
        return r;
    });
}

QFuture<Result<TransactionRecord>> JournalService::recordOutcome(const QString& clientRefId, const Outcome& outcome)
{
    auto f = run([this, clientRefId, outcome](JournalStore& s) {
        auto r = s.recordOutcome(clientRefId, outcome);
        reportInFlight(&s, false);
        return r;
    });
    refreshReconciler();
    return f;
}

QFuture<Result<HistoryPage>> JournalService::history(const HistoryFilter& filter, int limit, const HistoryCursor& after)
{
    return run([filter, limit, after](JournalStore& s) { return history::page(s, filter, limit, after); });
}

QFuture<Result<DailySummary>> JournalService::dailySummary(const QDate& istDay)
{
    return run([istDay](JournalStore& s) { return summary::forIstDay(s, istDay); });
}

QFuture<Result<int>> JournalService::checkpointNow()
{
    return run([](JournalStore& s) { return s.checkpointIdle(); });
}

void JournalService::setIdleCheckpointDelay(int ms)
{
    postToWorker([ms](Worker& w) { w.idleDelayMs = ms; });
}

void JournalService::startReconciler(TransactionInquirer* inquirer)
{
    const Clock* clock = &m_clock;
    QPointer<TransactionInquirer> target(inquirer);
    postToWorker([this, clock, target](Worker& w) {
        if (!w.store) {
            Q_EMIT storeFailed(notOpenError());
            return;
        }
        w.reconciler = std::make_unique<Reconciler>(*w.store, target.data(), *clock);
        Reconciler* r = w.reconciler.get();
        // Signal-to-signal across threads: queued, delivered on the service's thread.
        connect(r, &Reconciler::unresolvedChanged, this, &JournalService::unresolvedChanged);
        connect(r, &Reconciler::rowChanged, this, &JournalService::rowChanged);
        connect(r, &Reconciler::rowResolved, this, &JournalService::rowResolved);
        connect(r, &Reconciler::storeFailed, this, &JournalService::storeFailed);
        r->start();
    });
}

void JournalService::reconcileNow(bool everyOpenRow)
{
    postToWorker([everyOpenRow](Worker& w) {
        if (w.reconciler) {
            w.reconciler->reconcileNow(everyOpenRow);
        }
    });
}

void JournalService::reportInFlight(JournalStore* store, bool fromPrepare)
{
    const bool inFlight = store && store->hasMoneyInFlight();
    QMetaObject::invokeMethod(
        this, [this, inFlight, fromPrepare] { setStoreInFlight(inFlight, fromPrepare); }, Qt::QueuedConnection);
}

void JournalService::setStoreInFlight(bool inFlight, bool fromPrepare)
{
    const bool before = hasMoneyInFlight();
    if (fromPrepare && m_preparesQueued > 0) {
        --m_preparesQueued;
    }
    m_storeInFlight = inFlight;
    if (hasMoneyInFlight() != before) {
        Q_EMIT moneyInFlightChanged(hasMoneyInFlight());
    }
}

void JournalService::refreshReconciler()
{
    postToWorker([](Worker& w) {
        if (w.reconciler) {
            w.reconciler->refresh();
        }
    });
}

} // namespace saathi::journal
