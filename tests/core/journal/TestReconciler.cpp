// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "FakeInquirer.h"
#include "JournalTestData.h"
#include "core/journal/Reconciler.h"

#include <QSignalSpy>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_files)); }

    // Moves the clock and lets the reconciler's short poll notice it.
    static void advance(ManualClock& clock, qint64 ms)
    {
        clock.advanceMs(ms);
        QTest::qWait(30);
    }

    static std::unique_ptr<Reconciler> makeReconciler(JournalStore& store, FakeInquirer* inquirer, const Clock& clock)
    {
        auto r = std::make_unique<Reconciler>(store, inquirer, clock);
        r->setMaxSleepMs(5);
        return r;
    }

    static void prepareUnknown(JournalStore& store, const QString& ref)
    {
        QVERIFY(store.prepare(withdrawal(QStringLiteral("key-") + ref, ref)).ok());
        QVERIFY(store.markSent(ref).ok());
        QVERIFY(store.recordOutcome(ref, answer(TxState::Unknown, Source::Response)).ok());
    }

private Q_SLOTS:
    void unknownRowIsInquiredOnTheBackoffSchedule()
    {
        ManualClock clock;
        SAATHI_OPEN_STORE(store, freshPath(), clock);
        prepareUnknown(*store, QStringLiteral("SCHED1"));
        FakeInquirer inquirer(clock);
        auto rec = makeReconciler(*store, &inquirer, clock);
        rec->start();
        QTest::qWait(30);
        QCOMPARE(inquirer.calls.size(), 0);
        // Expected gaps between inquiries: 30 s, 2 min, 10 min, 1 h, then hourly.
        const QList<qint64> gaps {30 * kSecond, 2 * kMinute, 10 * kMinute, kHour, kHour, kHour};
        qint64 t = clock.nowMs();
        for (int i = 0; i < gaps.size(); ++i) {
            advance(clock, gaps.at(i) - kSecond);
            QCOMPARE(inquirer.calls.size(), i); // not a second early
            advance(clock, kSecond);
            QTRY_COMPARE(inquirer.calls.size(), i + 1);
            t += gaps.at(i);
            QCOMPARE(inquirer.calls.at(i).atMs, t);
        }
        QCOMPARE(store->find(QStringLiteral("SCHED1")).value()->state, TxState::Unknown); // errors never finalise
        QCOMPARE(rec->unresolvedCount(), 1);
    }

    void knownAnswerResolvesTheRow()
    {
        ManualClock clock;
        SAATHI_OPEN_STORE(store, freshPath(), clock);
        prepareUnknown(*store, QStringLiteral("KNOWN1"));
        FakeInquirer inquirer(clock);
        InquiryResult pending = InquiryResult::known(2);
        InquiryResult success = InquiryResult::known(0);
        success.tid = QStringLiteral("TID42");
        success.rrn = QStringLiteral("331500001111");
        success.fee = Paise {0};
        success.commission = Paise {300};
        inquirer.script[QStringLiteral("KNOWN1")] = {pending, success};
        auto rec = makeReconciler(*store, &inquirer, clock);
        QSignalSpy unresolved(rec.get(), &Reconciler::unresolvedChanged);
        QSignalSpy resolved(rec.get(), &Reconciler::rowResolved);
        rec->start();
        QTRY_COMPARE(unresolved.size(), 1);
        QCOMPARE(unresolved.at(0).at(0).toInt(), 1);
        advance(clock, 30 * kSecond);
        QTRY_COMPARE(store->find(QStringLiteral("KNOWN1")).value()->state, TxState::Pending);
        advance(clock, 2 * kMinute);
        QTRY_COMPARE(resolved.size(), 1);
        const auto row = store->find(QStringLiteral("KNOWN1")).value();
        QCOMPARE(row->state, TxState::Success);
        QCOMPARE(row->tid, QStringLiteral("TID42"));
        QCOMPARE(row->commission->value, 300);
        QCOMPARE(row->nextAttemptAtMs, 0);
        QTRY_COMPARE(unresolved.last().at(0).toInt(), 0);
        const auto events = store->events(QStringLiteral("KNOWN1")).value();
        QCOMPARE(events.last().source, Source::Inquiry);
        QCOMPARE(events.last().to, TxState::Success);
    }

    void preparedRowUnknownToEkoBecomesNotSentOnlyAfterGrace()
    {
        ManualClock clock;
        SAATHI_OPEN_STORE(store, freshPath(), clock);
        const QString ref = QStringLiteral("NOTSENT1");
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k-ns"), ref)).ok()); // the app died before sending
        FakeInquirer inquirer(clock);
        inquirer.fallback = InquiryResult::notFound();
        auto rec = makeReconciler(*store, &inquirer, clock);
        rec->start();
        advance(clock, 30 * kSecond);
        QTRY_COMPARE(inquirer.calls.size(), 1);
        QCOMPARE(store->find(ref).value()->state, TxState::Unknown); // R4: not final after one answer
        advance(clock, 2 * kMinute);
        QTRY_COMPARE(inquirer.calls.size(), 2);
        QCOMPARE(store->find(ref).value()->state, TxState::Unknown); // two answers, but only 2 min apart
        advance(clock, 10 * kMinute);
        QTRY_COMPARE(inquirer.calls.size(), 3);
        QCOMPARE(store->find(ref).value()->state, TxState::Unknown); // 12 min < 15 min grace
        advance(clock, kHour);
        QTRY_COMPARE(inquirer.calls.size(), 4);
        QTRY_COMPARE(store->find(ref).value()->state, TxState::NotSent);
        QCOMPARE(store->find(ref).value()->notFoundCount, 4);
        QCOMPARE(store->find(ref).value()->nextAttemptAtMs, 0);
        QTRY_COMPARE(rec->unresolvedCount(), 0);
        advance(clock, 2 * kHour);
        QCOMPARE(inquirer.calls.size(), 4); // final: never asked again
    }

    void restartResumesThePersistedSchedule()
    {
        ManualClock clock;
        const QString file = freshPath();
        const QString ref = QStringLiteral("RESUME1");
        {
            SAATHI_OPEN_STORE(store, file, clock);
            prepareUnknown(*store, ref);
            FakeInquirer inquirer(clock);
            auto rec = makeReconciler(*store, &inquirer, clock);
            rec->start();
            advance(clock, 30 * kSecond);
            advance(clock, 2 * kMinute);
            QTRY_COMPARE(inquirer.calls.size(), 2);
            QTest::qWait(20);
            QCOMPARE(store->find(ref).value()->nextAttemptAtMs, clock.nowMs() + 10 * kMinute);
        } // the app stops
        clock.advanceMs(5 * kMinute);
        SAATHI_OPEN_STORE(store, file, clock);
        FakeInquirer inquirer(clock);
        auto rec = makeReconciler(*store, &inquirer, clock);
        rec->start(); // start-up pass: the row is not due yet
        QTest::qWait(30);
        QCOMPARE(inquirer.calls.size(), 0);
        QCOMPARE(rec->unresolvedCount(), 1);
        advance(clock, 5 * kMinute);
        QTRY_COMPARE(inquirer.calls.size(), 1);
        QCOMPARE(store->find(ref).value()->attempts, 3);
    }

    void staleAnswerStillMovesTheScheduleOn()
    {
        ManualClock clock;
        SAATHI_OPEN_STORE(store, freshPath(), clock);
        const QString ref = QStringLiteral("STALE1");
        prepareUnknown(*store, ref);
        QVERIFY(store->recordOutcome(ref, answer(TxState::RefundPending, Source::Response)).ok());
        FakeInquirer inquirer(clock);
        inquirer.fallback = InquiryResult::known(1); // refund_pending → failed is not allowed
        auto rec = makeReconciler(*store, &inquirer, clock);
        rec->start();
        advance(clock, 30 * kSecond);
        QTRY_COMPARE(inquirer.calls.size(), 1);
        QTest::qWait(30);
        QCOMPARE(inquirer.calls.size(), 1); // no tight loop
        QCOMPARE(store->find(ref).value()->state, TxState::RefundPending);
        QVERIFY(store->find(ref).value()->nextAttemptAtMs > clock.nowMs());
    }

    void withoutAnInquirerRowsWaitAndAreCounted()
    {
        ManualClock clock;
        SAATHI_OPEN_STORE(store, freshPath(), clock);
        prepareUnknown(*store, QStringLiteral("NOINQ1"));
        clock.advanceMs(kMinute);
        auto rec = makeReconciler(*store, nullptr, clock);
        QSignalSpy passes(rec.get(), &Reconciler::passFinished);
        rec->start();
        QTRY_VERIFY(passes.size() >= 1);
        QCOMPARE(rec->unresolvedCount(), 1);
        QCOMPARE(rec->openRows().size(), 1);
        QCOMPARE(store->find(QStringLiteral("NOINQ1")).value()->attempts, 0);
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "TestReconciler.moc"
