// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The till's half of the crash harness: SIGKILL at random moments while a process opens shifts, moves cash by hand
// and closes (tests/core/journal/TestJournalCrash's pattern). After every kill: the journal opens, every step the
// child reported as committed is there exactly once, no key is there twice, at most one shift is open, every close
// froze the arithmetic of exactly the moves it saw; then the interrupted step is retried with its key and is
// recorded once.
#include "TillCrashSteps.h"
#include "TillTestData.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTemporaryDir>

using namespace saathi;
using namespace saathi::journal;
using namespace saathi::till;
using namespace saathi::test;

namespace {

struct Line
{
    bool intent = false; // "- STEP KEY": the step was about to start
    QByteArray step; // O, M or C
    QString key;
};

QList<Line> parse(const QByteArray& out)
{
    QList<Line> lines;
    const QList<QByteArray> raw = out.split('\n');
    for (qsizetype n = 0; n + 1 < raw.size(); ++n) { // the last piece has no newline: cut by the kill, or empty
        QList<QByteArray> parts = raw.at(n).split(' ');
        Line line;
        line.intent = parts.size() == 3 && parts.at(0) == "-";
        if (line.intent) {
            parts.removeFirst();
        }
        if (parts.size() == 2) {
            line.step = parts.at(0);
            line.key = QString::fromLatin1(parts.at(1));
            lines.append(line);
        }
    }
    return lines;
}

int scalar(JournalStore& store, const QString& sql, const QString& bind = QString())
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    if (!bind.isNull()) {
        q.addBindValue(bind);
    }
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// How many times the step's key is in the book.
int recorded(JournalStore& store, const QByteArray& step, const QString& key)
{
    const char* column = step == "O" ? "till_shifts WHERE open_key"
        : step == "M"                ? "till_moves WHERE move_key"
                                     : "till_shifts WHERE close_key";
    return scalar(store, QStringLiteral("SELECT count(*) FROM %1 = ?").arg(QLatin1String(column)), key);
}

Error retry(TillBook& book, const Line& line)
{
    const int i = line.key.section(QLatin1Char('.'), 1).toInt();
    if (line.step == "O") {
        return book.openShift(crash::open(line.key, i)).error();
    }
    if (line.step == "M") {
        return book.move(crash::move(line.key, i)).error();
    }
    return book.close(crash::close(line.key, i)).error();
}

} // namespace

class TestTillCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aKillDuringAMoveOrACloseLosesNothingAndRecordsNothingTwice()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("till.sqlite"));
        const QString child = qEnvironmentVariable("SAATHI_TILL_CRASH_CHILD");
        QVERIFY(!child.isEmpty());
        QRandomGenerator rng(20261207);
        const int kills = 25;
        int committed = 0;
        int retried = 0;
        QSet<QByteArray> interrupted;
        for (int k = 0; k < kills; ++k) {
            QProcess p;
            p.start(child, {db, QStringLiteral("R%1").arg(k)});
            QVERIFY(p.waitForStarted());
            const int lines = int(rng.bounded(4, 60));
            QByteArray out;
            while (out.count('\n') < lines && p.state() == QProcess::Running) {
                p.waitForReadyRead(2000);
                out += p.readAllStandardOutput();
            }
            p.kill(); // SIGKILL on Unix: no destructors, no rollback, -wal and -shm stay behind
            p.waitForFinished();
            out += p.readAllStandardOutput();
            QVERIFY2(!out.isEmpty(), p.readAllStandardError().constData());

            SystemClock clock;
            SAATHI_OPEN_TILL_STORE(store, db, clock); // PRAGMAs and integrity_check
            const QList<Line> steps = parse(out);
            for (const Line& line : steps) {
                if (!line.intent) {
                    QVERIFY2(recorded(*store, line.step, line.key) == 1, qPrintable(line.key));
                    ++committed;
                }
            }
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM till_shifts WHERE closed_at_ms IS NULL")) <= 1,
                     true);
            // Every close froze opening + its shift's moves (no transactions in this journal): none lost, none twice.
            QCOMPARE(scalar(*store,
                            QStringLiteral("SELECT count(*) FROM till_shifts s WHERE closed_at_ms IS NOT NULL "
                                           "AND expected_cash_paise <> opening_cash_paise + (SELECT "
                                           "coalesce(sum(amount_paise), 0) FROM till_moves WHERE shift_id = "
                                           "s.id)")),
                     0);
            // A hand-over's shift took over the counted drawer.
            QCOMPARE(scalar(*store,
                            QStringLiteral("SELECT count(*) FROM till_shifts s JOIN till_shifts p ON p.id = "
                                           "s.previous_shift_id WHERE s.opening_cash_paise <> "
                                           "p.counted_cash_paise OR p.handed_to <> s.operator")),
                     0);

            // The step the kill interrupted (an intent without its report), retried with its key: recorded once.
            if (!steps.isEmpty() && steps.constLast().intent) {
                const Line& inFlight = steps.constLast();
                TillBook book(*store, CashDirections::defaults());
                const Error e = retry(book, inFlight);
                QVERIFY2(e.isNull(),
                         qPrintable(inFlight.key + QLatin1Char(' ') + e.code + QLatin1Char(' ') + e.detail));
                QCOMPARE(recorded(*store, inFlight.step, inFlight.key), 1);
                QVERIFY(retry(book, inFlight).isNull()); // and again: still once
                QCOMPARE(recorded(*store, inFlight.step, inFlight.key), 1);
                interrupted.insert(inFlight.step);
                ++retried;
            }
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM till_shifts WHERE closed_at_ms IS NULL")) <= 1,
                     true);
        }
        qInfo("%d kills, %d committed steps checked, %d interrupted steps retried (%s)", kills, committed, retried,
              QList<QByteArray>(interrupted.begin(), interrupted.end()).join(',').constData());
        QVERIFY(committed > kills);
    }
};

QTEST_GUILESS_MAIN(TestTillCrash)
#include "TestTillCrash.moc"
