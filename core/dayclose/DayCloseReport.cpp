// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dayclose/DayCloseReport.h"

#include "core/till/TillTypes.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QJsonArray>

namespace saathi::dayclose {

namespace {

QJsonValue paise(Paise p)
{
    return double(p.value);
}

QJsonValue optionalPaise(const std::optional<Paise>& p)
{
    return p ? paise(*p) : QJsonValue(QJsonValue::Null);
}

Paise paiseOf(const QJsonValue& v)
{
    return Paise {qint64(v.toDouble())};
}

std::optional<Paise> optionalPaiseOf(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<Paise>(paiseOf(v)) : std::nullopt;
}

// "2026-12-07T18:30:00+05:30": the instant in India's time, for people reading the JSON; the _ms twin is exact.
QJsonValue istTime(qint64 utcMs)
{
    if (utcMs == 0) {
        return QJsonValue(QJsonValue::Null);
    }
    return QDateTime::fromMSecsSinceEpoch(utcMs, Clock::istZone()).toString(Qt::ISODate);
}

QJsonObject shiftJson(const till::Shift& s)
{
    QJsonObject o;
    o[QStringLiteral("id")] = double(s.id);
    o[QStringLiteral("operator")] = s.operatorName;
    o[QStringLiteral("ist_day")] = s.istDay;
    o[QStringLiteral("opened_at_ms")] = double(s.openedAtMs);
    o[QStringLiteral("opened_at")] = istTime(s.openedAtMs);
    o[QStringLiteral("opening_cash_paise")] = paise(s.openingCash);
    o[QStringLiteral("evalue_open_paise")] = optionalPaise(s.evalueOpen);
    o[QStringLiteral("previous_shift_id")]
        = s.previousShiftId ? QJsonValue(double(s.previousShiftId)) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("open")] = s.isOpen();
    o[QStringLiteral("closed_at_ms")] = s.closedAtMs ? QJsonValue(double(s.closedAtMs)) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("closed_at")] = istTime(s.closedAtMs);
    o[QStringLiteral("expected_cash_paise")] = optionalPaise(s.expectedCash);
    o[QStringLiteral("counted_cash_paise")] = optionalPaise(s.countedCash);
    o[QStringLiteral("difference_paise")] = optionalPaise(s.difference);
    o[QStringLiteral("evalue_close_paise")] = optionalPaise(s.evalueClose);
    o[QStringLiteral("handed_to")] = s.handedTo.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.handedTo);
    return o;
}

till::Shift shiftOf(const QJsonObject& o)
{
    till::Shift s;
    s.id = qint64(o.value(QStringLiteral("id")).toDouble());
    s.operatorName = o.value(QStringLiteral("operator")).toString();
    s.istDay = o.value(QStringLiteral("ist_day")).toString();
    s.openedAtMs = qint64(o.value(QStringLiteral("opened_at_ms")).toDouble());
    s.openingCash = paiseOf(o.value(QStringLiteral("opening_cash_paise")));
    s.evalueOpen = optionalPaiseOf(o.value(QStringLiteral("evalue_open_paise")));
    s.previousShiftId = qint64(o.value(QStringLiteral("previous_shift_id")).toDouble());
    s.closedAtMs = qint64(o.value(QStringLiteral("closed_at_ms")).toDouble());
    s.expectedCash = optionalPaiseOf(o.value(QStringLiteral("expected_cash_paise")));
    s.countedCash = optionalPaiseOf(o.value(QStringLiteral("counted_cash_paise")));
    s.difference = optionalPaiseOf(o.value(QStringLiteral("difference_paise")));
    s.evalueClose = optionalPaiseOf(o.value(QStringLiteral("evalue_close_paise")));
    s.handedTo = o.value(QStringLiteral("handed_to")).toString();
    return s;
}

QJsonObject unresolvedJson(const UnresolvedLine& u)
{
    QJsonObject o;
    o[QStringLiteral("client_ref_id")] = u.clientRefId;
    o[QStringLiteral("kind")] = till::reportKey(u.kind);
    o[QStringLiteral("state")] = journal::wireName(u.state);
    o[QStringLiteral("amount_paise")] = paise(u.amount);
    o[QStringLiteral("created_at_ms")] = double(u.createdAtMs);
    o[QStringLiteral("created_at")] = istTime(u.createdAtMs);
    o[QStringLiteral("age_days")] = u.ageDays;
    o[QStringLiteral("carried")] = u.carried;
    return o;
}

bool unresolvedOf(const QJsonObject& o, UnresolvedLine* u)
{
    u->clientRefId = o.value(QStringLiteral("client_ref_id")).toString();
    u->amount = paiseOf(o.value(QStringLiteral("amount_paise")));
    u->createdAtMs = qint64(o.value(QStringLiteral("created_at_ms")).toDouble());
    u->ageDays = o.value(QStringLiteral("age_days")).toInt();
    u->carried = o.value(QStringLiteral("carried")).toBool();
    return !u->clientRefId.isEmpty() && till::parseReportKey(o.value(QStringLiteral("kind")).toString(), &u->kind)
        && journal::parseState(o.value(QStringLiteral("state")).toString(), &u->state);
}

} // namespace

QJsonObject toJson(const DayCloseReport& report)
{
    QJsonObject o;
    o[QStringLiteral("number")] = report.number;
    o[QStringLiteral("ist_day")] = report.istDay.toString(Qt::ISODate);
    o[QStringLiteral("closed_at_ms")]
        = report.closedAtMs ? QJsonValue(double(report.closedAtMs)) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("closed_at")] = istTime(report.closedAtMs);
    QJsonObject kinds;
    for (const KindLine& k : report.kinds) {
        QJsonObject line;
        line[QStringLiteral("count")] = k.count;
        line[QStringLiteral("total_paise")] = paise(k.total);
        line[QStringLiteral("attempted")] = k.attempted;
        line[QStringLiteral("failed")] = k.failed;
        line[QStringLiteral("open")] = k.open;
        line[QStringLiteral("fees_paise")] = paise(k.fees);
        line[QStringLiteral("commission_paise")] = paise(k.commission);
        kinds[till::reportKey(k.kind)] = line;
    }
    o[QStringLiteral("kinds")] = kinds;
    o[QStringLiteral("fees_paise")] = paise(report.fees);
    o[QStringLiteral("commission_paise")] = paise(report.commission);
    o[QStringLiteral("evalue_open_paise")] = optionalPaise(report.evalueOpen);
    o[QStringLiteral("evalue_close_paise")] = optionalPaise(report.evalueClose);
    o[QStringLiteral("cash_expected_paise")] = paise(report.cashExpected);
    o[QStringLiteral("cash_counted_paise")] = paise(report.cashCounted);
    o[QStringLiteral("cash_difference_paise")] = paise(report.cashDifference);
    QJsonArray shifts;
    for (const till::Shift& s : report.shifts) {
        shifts.append(shiftJson(s));
    }
    o[QStringLiteral("shifts")] = shifts;
    QJsonArray unresolved;
    for (const UnresolvedLine& u : report.unresolved) {
        unresolved.append(unresolvedJson(u));
    }
    o[QStringLiteral("unresolved")] = unresolved;
    o[QStringLiteral("cleared")] = QJsonArray::fromStringList(report.clearedSinceLastClose);
    o[QStringLiteral("already_closed")] = report.alreadyClosed;
    return o;
}

bool fromJson(const QJsonObject& json, DayCloseReport* out)
{
    DayCloseReport r;
    r.number = json.value(QStringLiteral("number")).toInt();
    r.istDay = QDate::fromString(json.value(QStringLiteral("ist_day")).toString(), Qt::ISODate);
    if (!r.istDay.isValid()) {
        return false;
    }
    r.closedAtMs = qint64(json.value(QStringLiteral("closed_at_ms")).toDouble());
    const QJsonObject kinds = json.value(QStringLiteral("kinds")).toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        KindLine k;
        if (!till::parseReportKey(it.key(), &k.kind)) {
            return false;
        }
        const QJsonObject line = it.value().toObject();
        k.count = line.value(QStringLiteral("count")).toInt();
        k.total = paiseOf(line.value(QStringLiteral("total_paise")));
        k.attempted = line.value(QStringLiteral("attempted")).toInt();
        k.failed = line.value(QStringLiteral("failed")).toInt();
        k.open = line.value(QStringLiteral("open")).toInt();
        k.fees = paiseOf(line.value(QStringLiteral("fees_paise")));
        k.commission = paiseOf(line.value(QStringLiteral("commission_paise")));
        r.kinds.append(k);
    }
    // The object's keys come back sorted by name; the report lists kinds in TxKind order.
    std::sort(r.kinds.begin(), r.kinds.end(), [](const KindLine& a, const KindLine& b) { return a.kind < b.kind; });
    r.fees = paiseOf(json.value(QStringLiteral("fees_paise")));
    r.commission = paiseOf(json.value(QStringLiteral("commission_paise")));
    r.evalueOpen = optionalPaiseOf(json.value(QStringLiteral("evalue_open_paise")));
    r.evalueClose = optionalPaiseOf(json.value(QStringLiteral("evalue_close_paise")));
    r.cashExpected = paiseOf(json.value(QStringLiteral("cash_expected_paise")));
    r.cashCounted = paiseOf(json.value(QStringLiteral("cash_counted_paise")));
    r.cashDifference = paiseOf(json.value(QStringLiteral("cash_difference_paise")));
    for (const QJsonValue& v : json.value(QStringLiteral("shifts")).toArray()) {
        r.shifts.append(shiftOf(v.toObject()));
    }
    for (const QJsonValue& v : json.value(QStringLiteral("unresolved")).toArray()) {
        UnresolvedLine u;
        if (!unresolvedOf(v.toObject(), &u)) {
            return false;
        }
        r.unresolved.append(u);
    }
    for (const QJsonValue& v : json.value(QStringLiteral("cleared")).toArray()) {
        r.clearedSinceLastClose.append(v.toString());
    }
    r.alreadyClosed = json.value(QStringLiteral("already_closed")).toBool();
    *out = r;
    return true;
}

} // namespace saathi::dayclose
