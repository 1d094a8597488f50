// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/till/TillJson.h"

#include "core/util/Clock.h"

#include <QDateTime>
#include <QJsonArray>

namespace saathi::till::json {

namespace {

QJsonValue paise(Paise p)
{
    return double(p.value); // exact: a double holds every integer up to 2^53 paise
}

QJsonValue optionalPaise(const std::optional<Paise>& p)
{
    return p ? paise(*p) : QJsonValue();
}

QJsonValue nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QString istTime(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Clock::istZone()).toString(Qt::ISODate);
}

QJsonObject shift(const Shift& s)
{
    QJsonObject o;
    o[QStringLiteral("id")] = double(s.id);
    o[QStringLiteral("operator")] = s.operatorName;
    o[QStringLiteral("opened_at")] = istTime(s.openedAtMs);
    o[QStringLiteral("ist_day")] = s.istDay;
    o[QStringLiteral("opening_cash_paise")] = paise(s.openingCash);
    o[QStringLiteral("evalue_open_paise")] = optionalPaise(s.evalueOpen);
    o[QStringLiteral("previous_shift_id")] = s.previousShiftId ? QJsonValue(double(s.previousShiftId)) : QJsonValue();
    o[QStringLiteral("open")] = s.isOpen();
    o[QStringLiteral("closed_at")] = nullIfEmpty(istTime(s.closedAtMs));
    o[QStringLiteral("expected_cash_paise")] = optionalPaise(s.expectedCash);
    o[QStringLiteral("counted_cash_paise")] = optionalPaise(s.countedCash);
    o[QStringLiteral("difference_paise")] = optionalPaise(s.difference);
    o[QStringLiteral("evalue_close_paise")] = optionalPaise(s.evalueClose);
    o[QStringLiteral("handed_to")] = nullIfEmpty(s.handedTo);
    return o;
}

QJsonObject move(const TillMove& m)
{
    QJsonObject o;
    o[QStringLiteral("id")] = double(m.id);
    o[QStringLiteral("shift_id")] = double(m.shiftId);
    o[QStringLiteral("at")] = istTime(m.atMs);
    o[QStringLiteral("amount_paise")] = paise(m.amount);
    o[QStringLiteral("reason")] = m.reason;
    o[QStringLiteral("operator")] = m.operatorName;
    o[QStringLiteral("key")] = m.moveKey;
    return o;
}

QJsonObject report(const ShiftReport& r)
{
    QJsonObject o = shift(r.shift);
    o[QStringLiteral("expected_cash_paise")] = paise(r.shift.expectedCash.value_or(r.expectedCash));
    QJsonArray moves;
    for (const TillMove& m : r.moves) {
        moves.append(move(m));
    }
    o[QStringLiteral("moves")] = moves;
    o[QStringLiteral("moves_total_paise")] = paise(r.movesTotal);
    QJsonObject kinds;
    for (const KindCash& k : r.kinds) {
        QJsonObject kind;
        kind[QStringLiteral("count")] = k.count;
        kind[QStringLiteral("amount_paise")] = paise(k.amount);
        kind[QStringLiteral("cash_paise")] = paise(k.cash);
        kind[QStringLiteral("direction")] = wireName(k.direction);
        kinds[reportKey(k.kind)] = kind;
    }
    o[QStringLiteral("kinds")] = kinds;
    o[QStringLiteral("transactions_cash_paise")] = paise(r.transactionsCash);
    o[QStringLiteral("open_rows")] = r.openRows;
    return o;
}

QJsonObject close(const CloseResult& c)
{
    ShiftReport r = c.report;
    r.shift = c.closed;
    QJsonObject o = report(r);
    o[QStringLiteral("next")] = c.next.isNull() ? QJsonValue() : QJsonValue(shift(c.next));
    return o;
}

} // namespace saathi::till::json
