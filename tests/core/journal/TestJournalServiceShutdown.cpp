// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// JournalService's shutdown with work in flight. Built with QT_FORCE_ASSERTS (CMakeLists.txt), so Qt's own
// `Q_ASSERT(context)` in `QFuture::then(context, …)` is live here as in a Debug build: a continuation that reached a
// destroyed context would abort this test.
#include "JournalTestData.h"
#include "core/journal/JournalService.h"

#include <QDeadlineTimer>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

class TestJournalServiceShutdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void destroyingTheServiceWithWorkInFlightMakesTheWritesAndRunsNoContinuation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shutdown.sqlite"));
        ManualClock clock;
        auto service = std::make_unique<JournalService>(clock);
        QVERIFY(waitFor(service->open(path, storeOptions())).ok());

        // The worker is held until shutdown has begun, so everything below is still queued when the service goes.
        JournalService* raw = service.get();
        auto gate = service->run([raw](JournalStore& s) {
            while (!raw->isShuttingDown()) {
                QThread::msleep(1);
            }
            return s.unresolvedCount();
        });
        constexpr int kQueued = 20;
        int continuations = 0;
        auto page = std::make_unique<QObject>(); // a page that consumes the answers
        QList<QFuture<Result<JournalStore::PrepareResult>>> futures;
        for (int i = 0; i < kQueued; ++i) {
            auto f = service->prepare(withdrawal(QStringLiteral("k%1").arg(i), QStringLiteral("SHUT%1").arg(i)));
            futures.append(f);
            f.then(page.get(), [&continuations](const Result<JournalStore::PrepareResult>&) { ++continuations; });
        }
        page.reset(); // the window goes first, as at the end of a day …
        service.reset(); // … and the journal after it, its queue full

        QCOMPARE(continuations, 0);
        QVERIFY(gate.isFinished());
        for (const auto& f : futures) {
            QVERIFY(f.isFinished()); // nobody waits forever: each future finished with its answer
            QVERIFY(f.result().ok());
        }
        auto store = JournalStore::open(path, clock, storeOptions());
        QVERIFY(store);
        QCOMPARE(store.value()->unresolvedCount().value(), kQueued); // every queued prepare was made
    }

    void callsAfterShutdownAreAnsweredAtOnce()
    {
        QTemporaryDir dir;
        ManualClock clock;
        JournalService service(clock);
        QVERIFY(waitFor(service.open(dir.filePath(QStringLiteral("after.sqlite")), storeOptions())).ok());
        service.shutdown();
        service.shutdown(); // idempotent
        auto late = service.prepare(withdrawal(QStringLiteral("late"), QStringLiteral("LATE1")));
        QVERIFY(late.isFinished());
        QCOMPARE(late.result().error().code, QStringLiteral("journal.not_open"));
        QObject context;
        bool answered = false;
        service.markSent(QStringLiteral("LATE1")).then(&context, [&answered](const Result<TransactionRecord>& r) {
            answered = !r.ok();
        });
        QTRY_VERIFY(answered); // a live context still gets its (error) answer
    }
};

QTEST_GUILESS_MAIN(TestJournalServiceShutdown)
#include "TestJournalServiceShutdown.moc"
