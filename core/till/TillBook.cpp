// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/till/TillBook.h"

#include "core/journal/JournalStore.h"
#include "core/journal/SqlUtil.h"
#include "core/logging/LogCategories.h"
#include "core/till/TillBookSql.h"
#include "core/till/TillErrors.h"
#include "core/util/Clock.h"

#include <QSqlQuery>

namespace saathi::till {

using namespace detail;

namespace {

constexpr int kMaxOperator = 60;
constexpr int kMaxReason = 200;
// till_shifts.open_key holds at most 100 characters; a hand-over's shift is opened under its close's key + "#next".
constexpr int kMaxKey = 90;
const QString kHandOverSuffix = QStringLiteral("#next");

bool goodKey(const QString& key)
{
    return !key.isEmpty() && key.size() <= kMaxKey;
}

bool goodOperator(const QString& name)
{
    const QString n = name.trimmed();
    return !n.isEmpty() && n.size() <= kMaxOperator;
}

// Inserts an open shift inside the caller's transaction.
Result<Shift> insertShift(QSqlDatabase& db, const QString& key, const Shift& s)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO till_shifts (open_key, operator, opened_at_ms, ist_day, opening_cash_paise, "
                             "evalue_open_paise, previous_shift_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(s.operatorName);
    q.addBindValue(s.openedAtMs);
    q.addBindValue(s.istDay);
    q.addBindValue(s.openingCash.value);
    q.addBindValue(journal::sql::optionalPaise(s.evalueOpen));
    q.addBindValue(journal::sql::zeroAsNull(s.previousShiftId));
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    Shift inserted = s;
    inserted.id = q.lastInsertId().toLongLong();
    return inserted;
}

} // namespace

TillBook::TillBook(journal::JournalStore& store, CashDirections directions)
    : m_store(store)
    , m_directions(std::move(directions))
{
}

Result<Shift> TillBook::openShift(const OpenShiftRequest& request)
{
    if (!goodKey(request.key)) {
        return errors::badKey(request.key);
    }
    if (!goodOperator(request.operatorName)) {
        return errors::badOperator();
    }
    if (request.openingCash.value < 0) {
        return errors::negativeCash();
    }
    QSqlDatabase& db = m_store.database();
    WriteTransaction tx(db);
    if (Error e = tx.begin(); !e.isNull()) {
        return e;
    }
    auto earlier = findShift(db, "open_key = ?", request.key);
    if (!earlier) {
        return earlier.error();
    }
    if (earlier.value()) {
        return *earlier.value(); // the same step again (a retry, a double click): what it opened
    }
    auto open = findShift(db, "closed_at_ms IS NULL");
    if (!open) {
        return open.error();
    }
    if (open.value()) {
        return errors::shiftOpen(open.value()->operatorName);
    }
    Shift s;
    s.operatorName = request.operatorName.trimmed();
    s.openedAtMs = m_store.clock().nowMs();
    s.istDay = istDayOf(s.openedAtMs);
    s.openingCash = request.openingCash;
    s.evalueOpen = request.evalueOpen;
    auto inserted = insertShift(db, request.key, s);
    if (!inserted) {
        return inserted;
    }
    if (Error e = tx.commit(); !e.isNull()) {
        return e;
    }
    qCInfo(lcJournal) << "till: shift" << inserted.value().id << "opened";
    return inserted;
}

Result<std::optional<Shift>> TillBook::currentShift()
{
    return findShift(m_store.database(), "closed_at_ms IS NULL");
}

Result<TillMove> TillBook::move(const MoveRequest& request)
{
    if (!goodKey(request.key)) {
        return errors::badKey(request.key);
    }
    if (request.amount.value == 0) {
        return errors::zeroMove();
    }
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty() || reason.size() > kMaxReason) {
        return errors::badReason();
    }
    QSqlDatabase& db = m_store.database();
    WriteTransaction tx(db);
    if (Error e = tx.begin(); !e.isNull()) {
        return e;
    }
    auto earlier = findMove(db, request.key);
    if (!earlier) {
        return earlier.error();
    }
    if (earlier.value()) {
        return *earlier.value();
    }
    auto open = findShift(db, "closed_at_ms IS NULL");
    if (!open) {
        return open.error();
    }
    if (!open.value()) {
        return errors::noShift();
    }
    TillMove m;
    m.shiftId = open.value()->id;
    m.atMs = m_store.clock().nowMs();
    m.amount = request.amount;
    m.reason = reason;
    m.operatorName = open.value()->operatorName;
    m.moveKey = request.key;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO till_moves (move_key, shift_id, at_ms, amount_paise, reason, operator) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.moveKey);
    q.addBindValue(m.shiftId);
    q.addBindValue(m.atMs);
    q.addBindValue(m.amount.value);
    q.addBindValue(m.reason);
    q.addBindValue(m.operatorName);
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    m.id = q.lastInsertId().toLongLong();
    if (Error e = tx.commit(); !e.isNull()) {
        return e;
    }
    return m;
}

Result<ShiftReport> TillBook::report()
{
    auto open = currentShift();
    if (!open) {
        return open.error();
    }
    if (!open.value()) {
        return errors::noShift();
    }
    return arithmetic(m_store, m_directions, *open.value(), 0);
}

Result<ShiftReport> TillBook::report(qint64 shiftId)
{
    auto shift = findShift(m_store.database(), "id = ?", shiftId);
    if (!shift) {
        return shift.error();
    }
    if (!shift.value()) {
        return errors::noShift();
    }
    return arithmetic(m_store, m_directions, *shift.value(), shift.value()->closedAtMs);
}

Result<CloseResult> TillBook::close(const CloseRequest& request)
{
    if (!goodKey(request.key)) {
        return errors::badKey(request.key);
    }
    if (request.counted.value < 0) {
        return errors::negativeCash();
    }
    if (!request.handOverTo.isEmpty() && !goodOperator(request.handOverTo)) {
        return errors::badOperator();
    }
    QSqlDatabase& db = m_store.database();
    WriteTransaction tx(db);
    if (Error e = tx.begin(); !e.isNull()) {
        return e;
    }
    auto earlier = findShift(db, "close_key = ?", request.key);
    if (!earlier) {
        return earlier.error();
    }
    if (earlier.value()) { // the same close again: its result as recorded
        CloseResult result;
        result.closed = *earlier.value();
        auto report = arithmetic(m_store, m_directions, result.closed, result.closed.closedAtMs);
        auto next = findShift(db, "previous_shift_id = ?", result.closed.id);
        if (!report || !next) {
            return !report ? report.error() : next.error();
        }
        result.report = report.value();
        result.next = next.value().value_or(Shift());
        return result;
    }
    auto open = findShift(db, "closed_at_ms IS NULL");
    if (!open) {
        return open.error();
    }
    if (!open.value()) {
        return errors::noShift();
    }
    const qint64 now = m_store.clock().nowMs();
    // The window is [opened, now], as report() showed it a moment ago; a hand-over's shift starts 1 ms later, so no
    // row ever belongs to two shifts.
    auto report = arithmetic(m_store, m_directions, *open.value(), now);
    if (!report) {
        return report.error();
    }
    CloseResult result;
    result.closed = *open.value();
    result.closed.closedAtMs = now;
    result.closed.expectedCash = report.value().expectedCash;
    result.closed.countedCash = request.counted;
    result.closed.difference = request.counted - report.value().expectedCash;
    result.closed.evalueClose = request.evalueClose;
    result.closed.handedTo = request.handOverTo.trimmed();
    result.report = report.value();
    result.report.shift = result.closed;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE till_shifts SET closed_at_ms = ?, close_key = ?, expected_cash_paise = ?, "
                             "counted_cash_paise = ?, difference_paise = ?, evalue_close_paise = ?, handed_to = ? "
                             "WHERE id = ? AND closed_at_ms IS NULL"));
    q.addBindValue(now);
    q.addBindValue(request.key);
    q.addBindValue(result.closed.expectedCash->value);
    q.addBindValue(request.counted.value);
    q.addBindValue(result.closed.difference->value);
    q.addBindValue(journal::sql::optionalPaise(request.evalueClose));
    q.addBindValue(journal::sql::nullIfEmpty(result.closed.handedTo));
    q.addBindValue(result.closed.id);
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    if (!result.closed.handedTo.isEmpty()) {
        Shift next;
        next.operatorName = result.closed.handedTo;
        next.openedAtMs = now + 1;
        next.istDay = istDayOf(next.openedAtMs);
        next.openingCash = request.counted;
        next.evalueOpen = request.evalueClose;
        next.previousShiftId = result.closed.id;
        auto inserted = insertShift(db, request.key + kHandOverSuffix, next);
        if (!inserted) {
            return inserted.error();
        }
        result.next = inserted.value();
    }
    if (Error e = tx.commit(); !e.isNull()) {
        return e;
    }
    qCInfo(lcJournal).noquote() << "till: shift" << result.closed.id
                                << (result.next.isNull() ? QStringLiteral("closed") : QStringLiteral("handed over"));
    return result;
}

Result<QList<Shift>> TillBook::shiftsOn(const QDate& istDay)
{
    return shiftsOfDay(m_store.database(), istDay.toString(Qt::ISODate));
}

} // namespace saathi::till
