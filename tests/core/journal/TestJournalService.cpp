// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "FakeInquirer.h"
#include "JournalTestData.h"
#include "core/journal/JournalService.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

class TestJournalService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diskWorkRunsOnTheWorkerAndResultsComeBackAsFutures()
    {
        QTemporaryDir dir;
        ManualClock clock;
        JournalService service(clock);
        QVERIFY(waitFor(service.open(dir.filePath(QStringLiteral("s.sqlite")), storeOptions())).ok());
        QThread* ranOn = nullptr;
        auto probe = service.run([&ranOn](JournalStore& s) {
            ranOn = QThread::currentThread();
            return s.unresolvedCount();
        });
        QCOMPARE(waitFor(probe).value(), 0);
        QCOMPARE(ranOn, service.workerThread());
        QVERIFY(ranOn != QThread::currentThread());

        const auto request = withdrawal(QStringLiteral("svc-key"), QStringLiteral("SVC1"));
        auto first = service.prepare(request);
        auto second = service.prepare(request); // double click: both calls queued before either ran
        QVERIFY(waitFor(first).value().created);
        QVERIFY(!waitFor(second).value().created);
        QVERIFY(waitFor(service.markSent(QStringLiteral("SVC1"))).ok());
        QVERIFY(!waitFor(service.markSent(QStringLiteral("SVC1"))).ok());

        // A continuation on a context object, as a page would consume it.
        QObject context;
        TxState seen = TxState::Prepared;
        service.recordOutcome(QStringLiteral("SVC1"), answer(TxState::Success))
            .then(&context, [&seen](const Result<TransactionRecord>& r) { seen = r.value().state; });
        QTRY_COMPARE(seen, TxState::Success);
        const auto page = waitFor(service.history(HistoryFilter(), 10));
        QCOMPARE(page.value().rows.size(), 1);
    }

    void reconcilerOnTheWorkerAsksAnInquirerOnThisThread()
    {
        QTemporaryDir dir;
        ManualClock clock;
        JournalService service(clock);
        QVERIFY(waitFor(service.open(dir.filePath(QStringLiteral("r.sqlite")), storeOptions())).ok());
        QVERIFY(waitFor(service.prepare(withdrawal(QStringLiteral("k"), QStringLiteral("SVCR")))).ok());
        QVERIFY(waitFor(service.markSent(QStringLiteral("SVCR"))).ok());
        QVERIFY(waitFor(service.recordOutcome(QStringLiteral("SVCR"), answer(TxState::Unknown))).ok());
        FakeInquirer inquirer(clock); // lives on the test's (UI) thread, like the Eko client
        inquirer.fallback = InquiryResult::known(0);
        QSignalSpy unresolved(&service, &JournalService::unresolvedChanged);
        QSignalSpy resolved(&service, &JournalService::rowResolved);
        service.startReconciler(&inquirer);
        QTRY_COMPARE(unresolved.size(), 1);
        QCOMPARE(unresolved.at(0).at(0).toInt(), 1);
        service.reconcileNow(true);
        QTRY_COMPARE(resolved.size(), 1);
        QCOMPARE(inquirer.calls.size(), 1);
        QTRY_COMPARE(unresolved.last().at(0).toInt(), 0);
        QCOMPARE(resolved.at(0).at(0).value<TransactionRecord>().state, TxState::Success);
    }

    void callsBeforeOpenFailCleanly()
    {
        ManualClock clock;
        JournalService service(clock);
        auto r = waitFor(service.prepare(withdrawal(QStringLiteral("k"), QStringLiteral("X"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("journal.not_open"));
    }
};

QTEST_GUILESS_MAIN(TestJournalService)
#include "TestJournalService.moc"
