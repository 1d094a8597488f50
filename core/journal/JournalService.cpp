// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "journal/JournalService.h"

#include "journal/Reconciler.h"

#include <QCoreApplication>
#include <QPointer>

namespace saathi::journal {

// Lives on the worker thread; owns what must be created, used and destroyed there (the SQLite connection).
class JournalService::Worker : public QObject
{
public:
    std::unique_ptr<JournalStore> store;
    std::unique_ptr<Reconciler> reconciler;
    LegacyMigrationReport migration;
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
    // Shutdown only: wait for queued work and close the connection on its own thread.
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->reconciler.reset();
            worker->store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
}

Error JournalService::notOpenError()
{
    return Error {QStringLiteral("journal.not_open"),
                  QCoreApplication::translate("Journal", "The transaction journal is not open. Restart Saathi."),
                  QStringLiteral("JournalService used before open()")};
}

void JournalService::post(std::function<void(JournalStore*)> task)
{
    postToWorker([task = std::move(task)](Worker& w) { task(w.store.get()); });
}

void JournalService::postToWorker(std::function<void(Worker&)> task)
{
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, task = std::move(task)] { task(*worker); }, Qt::QueuedConnection);
}

QFuture<Result<bool>> JournalService::open(const QString& path, const JournalStore::Options& options,
                                           std::optional<LegacyMigrationRequest> migration)
{
    auto promise = std::make_shared<QPromise<Result<bool>>>();
    QFuture<Result<bool>> future = promise->future();
    promise->start();
    const Clock* clock = &m_clock;
    postToWorker([this, promise, path, options, clock, migration](Worker& w) {
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
            promise->addResult(Result<bool>(true));
        } else {
            promise->addResult(Result<bool>(opened.error()));
        }
        promise->finish();
    });
    return future;
}

QFuture<LegacyMigrationReport> JournalService::migrationReport()
{
    auto promise = std::make_shared<QPromise<LegacyMigrationReport>>();
    QFuture<LegacyMigrationReport> future = promise->future();
    promise->start();
    postToWorker([promise](Worker& w) {
        promise->addResult(w.migration);
        promise->finish();
    });
    return future;
}

QFuture<QList<TransactionRecord>> JournalService::settleByHandRows()
{
    return migrationReport().then([](const LegacyMigrationReport& r) { return r.toSettleByHand; });
}

QFuture<Result<JournalStore::PrepareResult>> JournalService::prepare(const PrepareRequest& request)
{
    auto f = run([request](JournalStore& s) { return s.prepare(request); });
    refreshReconciler();
    return f;
}

QFuture<Result<TransactionRecord>> JournalService::markSent(const QString& clientRefId)
{
    return run([clientRefId](JournalStore& s) { return s.markSent(clientRefId); });
}

QFuture<Result<TransactionRecord>> JournalService::recordOutcome(const QString& clientRefId, const Outcome& outcome)
{
    auto f = run([clientRefId, outcome](JournalStore& s) { return s.recordOutcome(clientRefId, outcome); });
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

void JournalService::refreshReconciler()
{
    postToWorker([](Worker& w) {
        if (w.reconciler) {
            w.reconciler->refresh();
        }
    });
}

} // namespace saathi::journal
