// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// SIGKILL at random moments while a process journals (the journal's half of the crash harness; the full harness
// adds the Eko client and sandbox). After every kill: the file opens (PRAGMAs + integrity_check), every step the
// child reported as committed is there, and every open row is scheduled for reconciliation.
#include "JournalTestData.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::test;

class TestJournalCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNoCommittedStep()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crash.sqlite"));
        const QString child = qEnvironmentVariable("SAATHI_JOURNAL_CRASH_CHILD");
        QVERIFY(!child.isEmpty());
        QRandomGenerator rng(20261123);
        const int kills = 20;
        int committed = 0;
        for (int k = 0; k < kills; ++k) {
            QProcess p;
            p.start(child, {db, QStringLiteral("K%1x").arg(k)});
            QVERIFY(p.waitForStarted());
            const int steps = int(rng.bounded(3, 40));
            QByteArray out;
            while (out.count('\n') < steps && p.state() == QProcess::Running) {
                p.waitForReadyRead(2000);
                out += p.readAllStandardOutput();
            }
            p.kill(); // SIGKILL on Unix: no destructors, -wal and -shm stay behind
            p.waitForFinished();
            out += p.readAllStandardOutput();

            ManualClock clock;
            auto opened = JournalStore::open(db, clock);
            QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
            JournalStore& store = *opened.value();
            for (const QByteArray& line : out.split('\n')) {
                const auto parts = line.split(' ');
                if (parts.size() != 2) {
                    continue; // the last line may be cut by the kill
                }
                const QString ref = QString::fromLatin1(parts.at(1));
                auto row = store.find(ref);
                QVERIFY(row.ok());
                QVERIFY2(row.value().has_value(), qPrintable(ref));
                if (parts.at(0) == "F") {
                    QCOMPARE(row.value()->state, TxState::Success);
                } else if (parts.at(0) == "U") {
                    QCOMPARE(row.value()->state, TxState::Unknown);
                }
                ++committed;
            }
            auto open = store.openRows();
            QVERIFY(open.ok());
            for (const TransactionRecord& r : open.value()) {
                QVERIFY2(r.nextAttemptAtMs > 0, qPrintable(r.clientRefId)); // the reconciler will ask about it
            }
            QVERIFY(store.verifyChain().value().intact);
        }
        qInfo("%d kills, %d committed steps checked", kills, committed);
    }
};

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "TestJournalCrash.moc"
