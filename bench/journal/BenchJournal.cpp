// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Builds a journal of N rows (default 1,000,000: ~a year of a busy counter ×100) in one transaction with
// synchronous=OFF for the bulk load only, then times what the history screen and the CLI do, each against a
// primary-key lookup measured in the same process. Prints figures; asserts nothing.
#include "core/journal/CsvExport.h"
#include "core/journal/DailySummary.h"
#include "core/journal/HistoryQuery.h"
#include "core/journal/JournalStore.h"
#include "core/util/Clock.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace saathi;
using namespace saathi::journal;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kMobiles = 50'000;
const char* const kKinds[] = {"aeps_withdrawal", "aeps_withdrawal", "aeps_withdrawal", "balance_enquiry",
                              "mini_statement",  "dmt_transfer",    "aadhaar_pay",     "settlement"};

QString mobileOf(quint32 n)
{
    return QStringLiteral("98%1").arg(n % kMobiles, 8, 10, QLatin1Char('0'));
}

bool bulkLoad(JournalStore& store, int rows, qint64 startMs, qint64 spanMs)
{
    QSqlDatabase& db = store.database();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous=OFF")); // bulk load only; FULL again below
    q.exec(QStringLiteral("BEGIN"));
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO transactions (client_ref_id, submission_key, kind, state, amount_paise, customer_mobile, "
        "aadhaar_last4, agent_user_code, bank_code, channel, created_at_ms, updated_at_ms, tx_status, tid, rrn, "
        "fee_paise, commission_paise) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QRandomGenerator rng(42);
    for (int i = 0; i < rows; ++i) {
        const qint64 created = startMs + spanMs * i / rows;
        const char* kind = kKinds[rng.bounded(8)];
        const bool open = rng.bounded(1000) == 0;
        const bool failed = rng.bounded(20) == 0;
        ins.addBindValue(QStringLiteral("B%1").arg(i, 10, 36, QLatin1Char('0')));
        ins.addBindValue(QStringLiteral("S%1").arg(i));
        ins.addBindValue(QLatin1String(kind));
        ins.addBindValue(open         ? QStringLiteral("unknown")
                             : failed ? QStringLiteral("failed")
                                      : QStringLiteral("success"));
        ins.addBindValue(qint64(rng.bounded(1, 10'000)) * 100);
        ins.addBindValue(mobileOf(rng.generate()));
        ins.addBindValue(QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0')));
        ins.addBindValue(QStringLiteral("20810200"));
        ins.addBindValue(QStringLiteral("SBIN"));
        ins.addBindValue(QStringLiteral("aeps-fingpay"));
        ins.addBindValue(created);
        ins.addBindValue(created);
        ins.addBindValue(open ? 2 : failed ? 1 : 0);
        ins.addBindValue(QStringLiteral("T%1").arg(i + 1'000'000'000LL));
        ins.addBindValue(QStringLiteral("3%1").arg(i, 11, 10, QLatin1Char('0')));
        ins.addBindValue(qint64(500));
        ins.addBindValue(qint64(1000));
        if (!ins.exec()) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(ins.lastError().text()));
            return false;
        }
    }
    const bool ok = q.exec(QStringLiteral("COMMIT"));
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    q.exec(QStringLiteral("ANALYZE"));
    return ok;
}

double microsPerOp(const std::function<void(int)>& op, int iterations)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < iterations; ++i) {
        op(i);
    }
    return double(t.nsecsElapsed()) / 1000.0 / iterations;
}

void report(const char* name, double us, double baseline)
{
    std::printf("%-44s %10.1f µs/op   ratio to PK lookup %8.1f\n", name, us, baseline > 0 ? us / baseline : 0.0);
}

void plan(JournalStore& store, const char* label, const QString& sql)
{
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        while (q.next()) {
            std::printf("  plan %-20s %s\n", label, qPrintable(q.value(3).toString()));
        }
    }
}

// R2 probe: N money transactions through the real path (prepare FULL, markSent NORMAL, outcome FULL). Run under
//   strace -f -c -e trace=fdatasync,fsync build/bin/bench_journal --money-path 100
// to count syncs per transaction (target ≤ 2.0; WAL autocheckpoint is off here so checkpoints do not blur it).
int moneyPath(int n)
{
    QTemporaryDir dir;
    auto opened = JournalStore::open(dir.filePath(QStringLiteral("probe.sqlite")), SystemClock::instance());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        return 1;
    }
    JournalStore& store = *opened.value();
    QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        const QString ref = QStringLiteral("P%1").arg(i);
        PrepareRequest r;
        r.submissionKey = ref;
        r.clientRefId = ref;
        r.amount = Paise::fromRupees(100);
        r.customerMobile = QStringLiteral("9876543210");
        r.agentUserCode = QStringLiteral("20810200");
        Outcome o;
        o.state = TxState::Success;
        o.tid = QStringLiteral("T") + ref;
        if (!store.prepare(r) || !store.markSent(ref) || !store.recordOutcome(ref, o)) {
            std::fprintf(stderr, "money path failed at %d\n", i);
            return 1;
        }
    }
    std::printf("money path: %d transactions (prepare + sent + outcome), %.2f ms each\n", n, double(t.elapsed()) / n);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int rows = 1'000'000;
    const QStringList args = QCoreApplication::arguments();
    const int at = int(args.indexOf(QStringLiteral("--rows")));
    if (at > 0 && at + 1 < args.size()) {
        rows = qMax(1000, args.at(at + 1).toInt());
    }
    const int probe = int(args.indexOf(QStringLiteral("--money-path")));
    if (probe > 0 && probe + 1 < args.size()) {
        return moneyPath(qMax(1, args.at(probe + 1).toInt()));
    }
    QTemporaryDir dir;
    ManualClock clock(1'767'225'600'000); // 2026-01-01 UTC
    JournalStore::Options options;
    options.integrityCheck = false;
    auto opened = JournalStore::open(dir.filePath(QStringLiteral("bench.sqlite")), clock, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        return 1;
    }
    JournalStore& store = *opened.value();
    const qint64 span = 365 * kDayMs;
    QElapsedTimer load;
    load.start();
    if (!bulkLoad(store, rows, clock.nowMs() - span, span)) {
        return 1;
    }
    std::printf("bulk load: %d rows in %.2f s (%.0f rows/s), one transaction, synchronous=OFF\n", rows,
                double(load.elapsed()) / 1000.0, rows * 1000.0 / double(qMax<qint64>(1, load.elapsed())));

    QRandomGenerator rng(7);
    const int n = 2000;
    QSqlQuery pk(store.database());
    pk.prepare(QStringLiteral("SELECT id, client_ref_id, amount_paise FROM transactions WHERE id = ?"));
    const double baseline = microsPerOp(
        [&](int) {
            pk.addBindValue(qint64(rng.bounded(rows)) + 1);
            pk.exec();
            pk.next();
        },
        n);
    report("baseline: primary-key lookup (3 columns)", baseline, baseline);
    report("find(client_ref_id)",
           microsPerOp([&](int) { store.find(QStringLiteral("B%1").arg(rng.bounded(rows), 10, 36, QLatin1Char('0'))); },
                       n),
           baseline);
    report(
        "findByReference(RRN)",
        microsPerOp(
            [&](int) { store.findByReference(QStringLiteral("3%1").arg(rng.bounded(rows), 11, 10, QLatin1Char('0'))); },
            n),
        baseline);
    HistoryFilter byMobile;
    report("history: by mobile, first page of 50",
           microsPerOp(
               [&](int) {
                   byMobile.customerMobile = mobileOf(rng.generate());
                   history::page(store, byMobile, 50);
               },
               n),
           baseline);
    HistoryFilter byRef;
    report("history: by reference (tid), page of 50",
           microsPerOp(
               [&](int) {
                   byRef.reference = QStringLiteral("T%1").arg(rng.bounded(rows) + 1'000'000'000LL);
                   history::page(store, byRef, 50);
               },
               n),
           baseline);
    const QDate lastDay = history::istDayOf(clock.nowMs() - kDayMs);
    report("history: one IST day, first page of 50",
           microsPerOp(
               [&](int i) {
                   const QDate d = lastDay.addDays(-(i % 300));
                   history::page(store, HistoryFilter::istDays(d, d), 50);
               },
               500),
           baseline);
    report("history: 30 IST days, first page of 50",
           microsPerOp(
               [&](int i) {
                   const QDate d = lastDay.addDays(-(i % 300));
                   history::page(store, HistoryFilter::istDays(d.addDays(-29), d), 50);
               },
               500),
           baseline);
    HistoryFilter openRows;
    openRows.state = TxState::Unknown;
    report("history: state=unknown, first page of 50",
           microsPerOp([&](int) { history::page(store, openRows, 50); }, 200), baseline);
    report("daily summary (one IST day)",
           microsPerOp([&](int i) { summary::forIstDay(store, lastDay.addDays(-(i % 300))); }, 200), baseline);
    report("CSV export of one IST day",
           microsPerOp(
               [&](int i) {
                   QBuffer buffer;
                   buffer.open(QIODevice::WriteOnly);
                   const QDate d = lastDay.addDays(-(i % 300));
                   csv::write(store, HistoryFilter::istDays(d, d), buffer);
               },
               20),
           baseline);
    report("reconciler: due rows (batch of 25)", microsPerOp([&](int) { store.dueForInquiry(clock.nowMs(), 25); }, 200),
           baseline);

    // What opening costs at this size (JournalStore::open runs integrity_check unless told not to).
    for (const char* pragma : {"PRAGMA quick_check", "PRAGMA integrity_check"}) {
        QElapsedTimer t;
        t.start();
        QSqlQuery check(store.database());
        check.exec(QString::fromLatin1(pragma));
        check.next();
        std::printf("%-44s %10.1f ms (%s)\n", pragma, double(t.nsecsElapsed()) / 1e6,
                    qPrintable(check.value(0).toString()));
    }
    QElapsedTimer chainTimer;
    chainTimer.start();
    auto chainCheck = store.verifyChain();
    std::printf("%-44s %10.1f ms (bulk rows have no events: intact=%d expected 0)\n", "verifyChain (E1)",
                double(chainTimer.nsecsElapsed()) / 1e6, chainCheck ? int(chainCheck.value().intact) : -1);

    plan(store, "by mobile",
         QStringLiteral("SELECT id FROM transactions WHERE customer_mobile = '9800000001' "
                        "ORDER BY created_at_ms DESC, id DESC LIMIT 51"));
    plan(store, "by reference",
         QStringLiteral("SELECT id FROM transactions WHERE (client_ref_id = 'x' OR tid = 'x' "
                        "OR rrn = 'x') ORDER BY created_at_ms DESC, id DESC LIMIT 51"));
    plan(store, "date range",
         QStringLiteral("SELECT id FROM transactions WHERE created_at_ms >= 0 AND "
                        "created_at_ms < 1 ORDER BY created_at_ms DESC, id DESC LIMIT 51"));
    return 0;
}
