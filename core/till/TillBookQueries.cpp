// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// TillBook's reads: shifts, moves and a shift's arithmetic over the journal's rows.
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalStore.h"
#include "core/journal/SqlUtil.h"
#include "core/till/TillBookSql.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace saathi::till::detail {

namespace {

const QString kShiftColumns
    = QStringLiteral("id, operator, opened_at_ms, ist_day, opening_cash_paise, evalue_open_paise, previous_shift_id, "
                     "closed_at_ms, expected_cash_paise, counted_cash_paise, difference_paise, evalue_close_paise, "
                     "handed_to");
const QString kMoveColumns = QStringLiteral("id, shift_id, at_ms, amount_paise, reason, operator, move_key");

std::optional<Paise> optionalPaise(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<Paise>(Paise {v.toLongLong()});
}

Shift shiftFrom(const QSqlQuery& q)
{
    Shift s;
    s.id = q.value(0).toLongLong();
    s.operatorName = q.value(1).toString();
    s.openedAtMs = q.value(2).toLongLong();
    s.istDay = q.value(3).toString();
    s.openingCash = Paise {q.value(4).toLongLong()};
    s.evalueOpen = optionalPaise(q.value(5));
    s.previousShiftId = q.value(6).toLongLong();
    s.closedAtMs = q.value(7).toLongLong();
    s.expectedCash = optionalPaise(q.value(8));
    s.countedCash = optionalPaise(q.value(9));
    s.difference = optionalPaise(q.value(10));
    s.evalueClose = optionalPaise(q.value(11));
    s.handedTo = q.value(12).toString();
    return s;
}

TillMove moveFrom(const QSqlQuery& q)
{
    TillMove m;
    m.id = q.value(0).toLongLong();
    m.shiftId = q.value(1).toLongLong();
    m.atMs = q.value(2).toLongLong();
    m.amount = Paise {q.value(3).toLongLong()};
    m.reason = q.value(4).toString();
    m.operatorName = q.value(5).toString();
    m.moveKey = q.value(6).toString();
    return m;
}

// The rows the till counts: the store's environment's (as JournalStore's lookups choose them). Wire names only.
QString environmentCondition(const std::optional<EkoEnvironment>& env)
{
    return env ? QStringLiteral("environment = '%1'").arg(journal::wireName(*env))
               : QStringLiteral("environment IS NOT NULL");
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase& db)
    : m_db(db)
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
}

Error WriteTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return journal::sql::storeError(q);
    }
    m_open = true;
    return Error();
}

Error WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return journal::sql::storeError(q); // the destructor rolls back (a no-op if SQLite already did)
    }
    m_open = false;
    return Error();
}

Result<std::optional<Shift>> findShift(QSqlDatabase& db, const char* where, const QVariant& bind)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kShiftColumns + QStringLiteral(" FROM till_shifts WHERE ")
              + QLatin1String(where) + QStringLiteral(" ORDER BY id LIMIT 1"));
    if (bind.isValid()) {
        q.addBindValue(bind);
    }
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    return q.next() ? std::optional<Shift>(shiftFrom(q)) : std::optional<Shift>();
}

Result<std::optional<TillMove>> findMove(QSqlDatabase& db, const QString& moveKey)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kMoveColumns + QStringLiteral(" FROM till_moves WHERE move_key = ?"));
    q.addBindValue(moveKey);
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    return q.next() ? std::optional<TillMove>(moveFrom(q)) : std::optional<TillMove>();
}

Result<QList<TillMove>> movesOf(QSqlDatabase& db, qint64 shiftId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kMoveColumns
              + QStringLiteral(" FROM till_moves WHERE shift_id = ? ORDER BY id"));
    q.addBindValue(shiftId);
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    QList<TillMove> moves;
    while (q.next()) {
        moves.append(moveFrom(q));
    }
    return moves;
}

Result<QList<Shift>> shiftsOfDay(QSqlDatabase& db, const QString& istDay)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kShiftColumns
              + QStringLiteral(" FROM till_shifts WHERE ist_day = ? ORDER BY id"));
    q.addBindValue(istDay);
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    QList<Shift> shifts;
    while (q.next()) {
        shifts.append(shiftFrom(q));
    }
    return shifts;
}

Result<ShiftReport> arithmetic(journal::JournalStore& store, const CashDirections& directions, const Shift& shift,
                               qint64 untilMs)
{
    ShiftReport report;
    report.shift = shift;
    auto moves = movesOf(store.database(), shift.id);
    if (!moves) {
        return moves.error();
    }
    report.moves = moves.value();
    for (const TillMove& m : std::as_const(report.moves)) {
        report.movesTotal = report.movesTotal + m.amount;
    }
    // Successful rows move cash; open ones (no final answer yet) are only counted, never added, until they succeed.
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT kind, state = 'success', count(*), coalesce(sum(amount_paise), 0) "
                             "FROM transactions WHERE created_at_ms >= ? AND created_at_ms <= ? AND ")
              + environmentCondition(store.environment())
              + QStringLiteral(" AND state IN ('success','prepared','sent','pending','unknown') GROUP BY 1, 2"));
    q.addBindValue(shift.openedAtMs);
    q.addBindValue(untilMs > 0 ? untilMs : std::numeric_limits<qint64>::max());
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    while (q.next()) {
        journal::TxKind kind {};
        if (!journal::parseKind(q.value(0).toString(), &kind) || !journal::isMoneyMoving(kind)) {
            continue;
        }
        const int count = q.value(2).toInt();
        if (!q.value(1).toBool()) {
            report.openRows += count;
            continue;
        }
        KindCash k;
        k.kind = kind;
        k.direction = directions.of(kind);
        k.count = count;
        k.amount = Paise {q.value(3).toLongLong()};
        k.cash = directions.signedCash(kind, k.amount);
        report.kinds.append(k);
        report.transactionsCash = report.transactionsCash + k.cash;
    }
    std::sort(report.kinds.begin(), report.kinds.end(),
              [](const KindCash& a, const KindCash& b) { return int(a.kind) < int(b.kind); });
    report.expectedCash = shift.openingCash + report.movesTotal + report.transactionsCash;
    return report;
}

QString istDayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Clock::istZone()).date().toString(Qt::ISODate);
}

} // namespace saathi::till::detail
