// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The counter asks the journal, not its pages, whether money is on the wire (before it changes environment): from
// the prepare() call until the row's answer is recorded, for every kind of money flow.
#include "JournalTestData.h"
#include "core/journal/JournalService.h"

#include <QSignalSpy>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

class TestJournalInFlight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inFlightFromPrepareUntilTheAnswer()
    {
        QTemporaryDir dir;
        ManualClock clock;
        JournalService service(clock);
        QVERIFY(waitFor(service.open(dir.filePath(QStringLiteral("f.sqlite")), storeOptions())).ok());
        QSignalSpy changed(&service, &JournalService::moneyInFlightChanged);
        QVERIFY(!service.hasMoneyInFlight());

        auto prepared = service.prepare(withdrawal(QStringLiteral("k1"), QStringLiteral("FL1")));
        QVERIFY(service.hasMoneyInFlight()); // at once: a switch asked for now must wait
        QVERIFY(waitFor(prepared).ok());
        QVERIFY(waitFor(service.markSent(QStringLiteral("FL1"))).ok());
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(service.hasMoneyInFlight());

        QVERIFY(waitFor(service.recordOutcome(QStringLiteral("FL1"), answer(TxState::Success))).ok());
        QTRY_VERIFY(!service.hasMoneyInFlight());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).toBool(), false);
    }

    void aPendingAnswerIsTheReconcilersAndNotInFlight()
    {
        QTemporaryDir dir;
        ManualClock clock;
        JournalService service(clock);
        QVERIFY(waitFor(service.open(dir.filePath(QStringLiteral("p.sqlite")), storeOptions())).ok());
        QVERIFY(waitFor(service.prepare(withdrawal(QStringLiteral("k2"), QStringLiteral("FL2")))).ok());
        QVERIFY(waitFor(service.markSent(QStringLiteral("FL2"))).ok());
        QVERIFY(waitFor(service.recordOutcome(QStringLiteral("FL2"), answer(TxState::Pending))).ok());
        QTRY_VERIFY(!service.hasMoneyInFlight());
    }

    void aRefusedPrepareLeavesNothingInFlight()
    {
        JournalService service(SystemClock::instance()); // never opened: prepare() fails with journal.not_open
        auto refused = service.prepare(withdrawal(QStringLiteral("k3"), QStringLiteral("FL3")));
        QVERIFY(!waitFor(refused).ok());
        QTRY_VERIFY(!service.hasMoneyInFlight());
    }
};

QTEST_GUILESS_MAIN(TestJournalInFlight)
#include "TestJournalInFlight.moc"
