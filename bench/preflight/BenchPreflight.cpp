// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #18: the pre-flight step runs before every finger. This builds a journal of N rows (default 1,000,000) for
// ~50,000 customers (their keyed tokens; one row in ten without one, as for a VID or DMT) with the memory of
// 100,000 customers, in one SQL transaction, then times Preflight::evaluate for random customers — the daily count,
// the chosen bank's last answer, the suggestions — against the same on a 1,000-row journal built the same way, in
// this process. Goal: under 1 ms. Prints figures; asserts nothing.
#include "core/journal/JournalStore.h"
#include "core/preflight/Preflight.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace saathi;

namespace {

constexpr int kCustomers = 50'000;
constexpr int kRemembered = 100'000;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const char* const kBanks[] = {"SBIN", "PUNB", "HDFC", "ICIC", "UBIN", "BARB", "CNRB", "KKBK"};
const char* const kFingers[] = {"RIGHT_THUMB", "RIGHT_INDEX", "LEFT_THUMB", "LEFT_INDEX"};

QString tokenOf(int customer)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray("customer-").append(QByteArray::number(customer)),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

bool exec(QSqlQuery& q)
{
    if (!q.exec()) {
        std::fprintf(stderr, "insert failed: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// Rows over the last year (the newest today), the memory of `remembered` customers (the first kCustomers of them
// are the journal's own), one transaction, synchronous=OFF for the load only.
bool bulkLoad(journal::JournalStore& store, int rows, int remembered, qint64 nowMs)
{
    QSqlDatabase& db = store.database();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    q.exec(QStringLiteral("BEGIN"));
    QSqlQuery tx(db);
    tx.prepare(QStringLiteral(
        "INSERT INTO transactions (client_ref_id, submission_key, kind, state, amount_paise, customer_mobile, "
        "aadhaar_last4, agent_user_code, bank_code, channel, created_at_ms, updated_at_ms, customer_token, "
        "environment) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'training')"));
    QRandomGenerator rng(42);
    const char* const kinds[] = {"aeps_withdrawal", "aeps_withdrawal", "aeps_withdrawal", "balance_enquiry",
                                 "mini_statement",  "aadhaar_pay",     "dmt_transfer"};
    const qint64 span = 365 * kDayMs;
    for (int i = 0; i < rows; ++i) {
        const qint64 created = nowMs - span + span * i / rows;
        const char* kind = kinds[rng.bounded(7)];
        const bool tokenless = rng.bounded(10) == 0 || qstrcmp(kind, "dmt_transfer") == 0;
        tx.addBindValue(QStringLiteral("B%1").arg(i, 10, 36, QLatin1Char('0')));
        tx.addBindValue(QStringLiteral("S%1").arg(i));
        tx.addBindValue(QLatin1String(kind));
        tx.addBindValue(rng.bounded(20) == 0 ? QStringLiteral("failed") : QStringLiteral("success"));
        tx.addBindValue(qint64(rng.bounded(1, 100)) * 10'000);
        tx.addBindValue(QStringLiteral("98%1").arg(rng.bounded(100'000'000), 8, 10, QLatin1Char('0')));
        tx.addBindValue(QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0')));
        tx.addBindValue(QStringLiteral("20810200"));
        tx.addBindValue(QLatin1String(kBanks[rng.bounded(8)]));
        tx.addBindValue(QStringLiteral("aeps-fingpay"));
        tx.addBindValue(created);
        tx.addBindValue(created);
        tx.addBindValue(tokenless ? QVariant(QMetaType(QMetaType::QString))
                                  : QVariant(tokenOf(rng.bounded(kCustomers))));
        if (!exec(tx)) {
            return false;
        }
    }
    QSqlQuery bank(db);
    bank.prepare(QStringLiteral("INSERT OR REPLACE INTO customer_banks VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery finger(db);
    finger.prepare(QStringLiteral("INSERT OR REPLACE INTO customer_fingers VALUES (?, ?, ?)"));
    const char* const conclusions[] = {"worked", "worked", "worked", "not_linked", "limit_exhausted"};
    for (int c = 0; c < remembered; ++c) {
        const QString token = tokenOf(c);
        for (int b = 0; b < 2; ++b) { // two banks per customer
            const qint64 at = nowMs - qint64(rng.bounded(90)) * kDayMs;
            bank.addBindValue(token);
            bank.addBindValue(QLatin1String(kBanks[rng.bounded(8)]));
            bank.addBindValue(QLatin1String(conclusions[rng.bounded(5)]));
            bank.addBindValue(at);
            bank.addBindValue(QDateTime::fromMSecsSinceEpoch(at, Clock::istZone()).date().toString(Qt::ISODate));
            if (!exec(bank)) {
                return false;
            }
        }
        finger.addBindValue(token);
        finger.addBindValue(QLatin1String(kFingers[rng.bounded(4)]));
        finger.addBindValue(nowMs);
        if (!exec(finger)) {
            return false;
        }
    }
    const bool ok = q.exec(QStringLiteral("COMMIT"));
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    return ok;
}

struct Figures
{
    double meanUs = 0;
    double medianUs = 0;
    double p99Us = 0;
};

Figures timeEvaluate(journal::JournalStore& store, const ManualClock& clock, int customers, int n, quint32 seed = 7)
{
    QRandomGenerator rng(seed);
    std::vector<double> us;
    us.reserve(std::size_t(n));
    int warnings = 0;
    for (int i = 0; i < n; ++i) {
        preflight::Request r;
        r.kind = journal::TxKind::AepsWithdrawal;
        r.amount = Paise::fromRupees(500);
        r.bankCode = QLatin1String(kBanks[rng.bounded(8)]);
        r.customerToken = tokenOf(rng.bounded(customers));
        r.istDay = clock.istDate();
        r.agent.ekycDone = true;
        r.agent.dailyLoginToday = true;
        QElapsedTimer t;
        t.start();
        const preflight::Outcome o = preflight::Preflight::evaluate(store, r);
        us.push_back(double(t.nsecsElapsed()) / 1000.0);
        warnings += o.verdict() == preflight::Verdict::Warn ? 1 : 0;
    }
    std::sort(us.begin(), us.end());
    Figures f;
    for (const double v : us) {
        f.meanUs += v;
    }
    f.meanUs /= double(n);
    f.medianUs = us[us.size() / 2];
    f.p99Us = us[std::size_t(double(n) * 0.99)];
    std::printf("  (%d of %d evaluations warned)\n", warnings, n);
    return f;
}

std::unique_ptr<journal::JournalStore> openStore(const QString& path, const ManualClock& clock)
{
    journal::JournalStore::Options options;
    options.integrityCheck = false;
    auto opened = journal::JournalStore::open(path, clock, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        return nullptr;
    }
    return std::move(opened.value());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int rows = 1'000'000;
    const QStringList args = QCoreApplication::arguments();
    if (const int at = int(args.indexOf(QStringLiteral("--rows"))); at > 0 && at + 1 < args.size()) {
        rows = qMax(10'000, args.at(at + 1).toInt());
    }
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Clock::istZone()).toMSecsSinceEpoch());
    const int n = 5000;

    auto small = openStore(dir.filePath(QStringLiteral("small.sqlite")), clock);
    if (!small || !bulkLoad(*small, 1000, 1000, clock.nowMs())) {
        return 1;
    }
    std::printf("baseline: journal of 1,000 rows, memory of 1,000 customers\n");
    timeEvaluate(*small, clock, 1000, n, 1); // warm-up
    const Figures base = timeEvaluate(*small, clock, 1000, n);

    auto large = openStore(dir.filePath(QStringLiteral("large.sqlite")), clock);
    QElapsedTimer load;
    load.start();
    if (!large || !bulkLoad(*large, rows, kRemembered, clock.nowMs())) {
        return 1;
    }
    std::printf("bulk load: %d rows, %d customers remembered, in %.1f s\n", rows, kRemembered,
                double(load.elapsed()) / 1000.0);
    // Warm-up on other customers: the index's inner pages come into the cache, as on a counter that has been serving.
    timeEvaluate(*large, clock, kCustomers, n, 1);
    const Figures big = timeEvaluate(*large, clock, kCustomers, n);

    std::printf("%-42s %7.1f µs mean %7.1f µs median %7.1f µs p99\n", "Preflight::evaluate, 1,000-row journal",
                base.meanUs, base.medianUs, base.p99Us);
    std::printf("%-42s %7.1f µs mean %7.1f µs median %7.1f µs p99   ratio to baseline (mean) %.2f\n",
                qPrintable(QStringLiteral("Preflight::evaluate, %L1-row journal").arg(rows)), big.meanUs, big.medianUs,
                big.p99Us, base.meanUs > 0 ? big.meanUs / base.meanUs : 0.0);
    std::printf("goal: under 1 ms (1000 µs) per evaluate — %s (p99 %.0f µs)\n", big.p99Us < 1000.0 ? "PASS" : "FAIL",
                big.p99Us);
    return 0;
}
