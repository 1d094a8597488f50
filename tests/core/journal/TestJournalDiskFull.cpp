// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// A full disk is not a damaged journal (issue #13). The disk fills through FullDiskVfs, which answers as SQLite's
// unix VFS does on ENOSPC, at open, at prepare and at the outcome write.
#include "FullDiskVfs.h"
#include "JournalTestData.h"
#include "core/journal/JournalErrors.h"

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

class TestJournalDiskFull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(installFullDiskVfs()); }
    void cleanup() { setDiskFull(false); }

    void openingOnAFullDiskSaysTheDiskIsFullNotDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full-open.sqlite"));
        ManualClock clock;
        {
            SAATHI_OPEN_STORE(store, path, clock);
            QVERIFY(store->prepare(withdrawal(QStringLiteral("k1"), QStringLiteral("FULLOPEN1"))));
        } // closed cleanly: no -shm left, the next open has to make one
        setDiskFull(true);
        auto opened = JournalStore::open(path, clock, storeOptions());
        QVERIFY(!opened);
        QVERIFY(refusedWrites() > 0);
        QCOMPARE(opened.error().code, QString::fromLatin1(kDiskFullCode));
        QVERIFY2(opened.error().userMessage.contains(QLatin1String("disk is full")),
                 qPrintable(opened.error().userMessage));
        QVERIFY(!opened.error().userMessage.contains(QLatin1String("damaged")));

        setDiskFull(false); // space freed: the same file opens, nothing was lost
        SAATHI_OPEN_STORE(store, path, clock);
        QVERIFY(store->find(QStringLiteral("FULLOPEN1")).value().has_value());
    }

    void prepareOnAFullDiskIsRefusedAsDiskFullAndLeavesNoRow()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SAATHI_OPEN_STORE(store, dir.filePath(QStringLiteral("full-prepare.sqlite")), clock);
        setDiskFull(true);
        const auto request = withdrawal(QStringLiteral("k2"), QStringLiteral("FULLPREP1"));
        const auto prepared = store->prepare(request);
        QVERIFY(!prepared);
        QVERIFY(refusedWrites() > 0);
        QCOMPARE(prepared.error().code, QString::fromLatin1(kDiskFullCode));
        QVERIFY(!store->find(request.clientRefId).value().has_value()); // no row: the flows send nothing

        setDiskFull(false);
        const auto again = store->prepare(request); // the same form once space is freed
        QVERIFY(again);
        QVERIFY(again.value().mustSend());
    }

    void outcomeOnAFullDiskLeavesTheRowSentForReconciliation()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SAATHI_OPEN_STORE(store, dir.filePath(QStringLiteral("full-outcome.sqlite")), clock);
        QVERIFY(store->prepare(withdrawal(QStringLiteral("k3"), QStringLiteral("FULLOUT1"))));
        QVERIFY(store->markSent(QStringLiteral("FULLOUT1")));
        setDiskFull(true); // the request is on the wire; the disk fills meanwhile
        const auto recorded = store->recordOutcome(QStringLiteral("FULLOUT1"), answer(TxState::Success));
        QVERIFY(!recorded);
        QCOMPARE(recorded.error().code, QString::fromLatin1(kDiskFullCode));
        const Error shown = outcomeNotSavedError(recorded.error());
        QVERIFY(shown.userMessage.startsWith(QLatin1String("Saved as pending: free some disk space")));
        QCOMPARE(store->find(QStringLiteral("FULLOUT1")).value()->state, TxState::Sent); // still open
        QCOMPARE(store->unresolvedCount().value(), 1); // the reconciler's badge counts it

        setDiskFull(false); // space freed: the reconciler's answer lands
        QVERIFY(store->recordOutcome(QStringLiteral("FULLOUT1"), answer(TxState::Success, Source::Inquiry)));
        QCOMPARE(store->find(QStringLiteral("FULLOUT1")).value()->state, TxState::Success);
    }
};

QTEST_GUILESS_MAIN(TestJournalDiskFull)
#include "TestJournalDiskFull.moc"
