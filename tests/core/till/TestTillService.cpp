// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The till for the UI thread: TillBook on the journal's worker, the open shift kept, and the signals screens follow.
#include "FakeInquirer.h"
#include "TillTestData.h"
#include "core/journal/JournalService.h"
#include "core/till/TillService.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::till;
using namespace saathi::test;

namespace {
template<typename T>
T settle(QFuture<T> future)
{
    QDeadlineTimer deadline(10000);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QTest::qWait(1);
    }
    return future.isFinished() ? future.result() : T(Error {QStringLiteral("test.timeout"), QString(), QString()});
}
} // namespace

class TestTillService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theOpenShiftFollowsOpenHandOverAndClose()
    {
        QTemporaryDir dir;
        ManualClock clock(kTillDayMs);
        JournalService journal(clock);
        QVERIFY(settle(journal.open(dir.filePath(QStringLiteral("j.sqlite")), trainingStore())).ok());
        TillService till(journal, CashDirections::defaults());
        QSignalSpy shift(&till, &TillService::shiftChanged);
        QSignalSpy figures(&till, &TillService::figuresChanged);
        till.refresh();
        QTRY_COMPARE(shift.count(), 1);
        QVERIFY(!till.currentShift().has_value());

        auto opened = settle(till.openShift({QStringLiteral("o"), QStringLiteral("Asha"), Paise {500000}, {}}));
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        QTRY_COMPARE(till.currentOperator(), QStringLiteral("Asha")); // the service follows once the step is done
        QCOMPARE(shift.count(), 2);

        figures.clear();
        QVERIFY(settle(till.move({QStringLiteral("m"), Paise {-10000}, QStringLiteral("Change")})).ok());
        QTRY_COMPARE(figures.count(), 1);

        // A journaled transaction moves the figures too: answered at the counter, or settled by the reconciler.
        FakeInquirer inquirer(clock);
        inquirer.fallback = InquiryResult::known(0);
        journal.startReconciler(&inquirer);
        PrepareRequest r;
        r.submissionKey = QStringLiteral("k1");
        r.clientRefId = QStringLiteral("W1");
        r.amount = Paise {20000};
        r.customerMobile = QStringLiteral("9876543210");
        r.agentUserCode = QStringLiteral("20810200");
        QVERIFY(settle(journal.prepare(r)).ok());
        QVERIFY(settle(journal.markSent(QStringLiteral("W1"))).ok());
        Outcome o;
        o.state = TxState::Success;
        figures.clear();
        QVERIFY(settle(journal.recordOutcome(QStringLiteral("W1"), o)).ok());
        QTRY_VERIFY(figures.count() >= 1);
        QCOMPARE(settle(till.report()).value().expectedCash.value, 500000 - 10000 - 20000);
        r.submissionKey = QStringLiteral("k2");
        r.clientRefId = QStringLiteral("W2");
        QVERIFY(settle(journal.prepare(r)).ok());
        QVERIFY(settle(journal.markSent(QStringLiteral("W2"))).ok());
        QCOMPARE(settle(till.report()).value().openRows, 1);
        figures.clear();
        QSignalSpy settled(&journal, &JournalService::rowResolved);
        journal.reconcileNow(true);
        QTRY_COMPARE(settled.count(), 1);
        QTRY_VERIFY(figures.count() >= 1);
        QCOMPARE(settle(till.report()).value().expectedCash.value, 500000 - 10000 - 40000);

        auto handed = settle(till.close({QStringLiteral("c"), Paise {450000}, {}, QStringLiteral("Ravi")}));
        QVERIFY2(handed.ok(), qPrintable(handed.error().detail));
        QCOMPARE(handed.value().closed.difference->value, 0);
        QTRY_COMPARE(till.currentOperator(), QStringLiteral("Ravi"));
        QCOMPARE(till.currentShift()->openingCash.value, 450000);

        QVERIFY(settle(till.close({QStringLiteral("c2"), Paise {450000}, {}, {}})).ok());
        QTRY_VERIFY(!till.currentShift().has_value());
        QCOMPARE(till.currentOperator(), QString());
        QCOMPARE(settle(till.report()).error().code, QStringLiteral("till.no_shift"));
        journal.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestTillService)
#include "TestTillService.moc"
