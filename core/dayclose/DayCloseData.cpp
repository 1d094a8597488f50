// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dayclose/DayCloseData.h"

#include "core/journal/HistoryQuery.h"
#include "core/journal/JournalStore.h"
#include "core/journal/SqlUtil.h"
#include "core/till/TillBook.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace saathi::dayclose::data {

namespace {

std::optional<Paise> optionalPaise(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<Paise>(Paise {v.toLongLong()});
}

Error corruptReport(const QString& detail)
{
    return Error {QStringLiteral("dayclose.bad_report"),
                  QCoreApplication::translate("DayClose",
                                              "A recorded day report could not be read. Keep the journal file and "
                                              "contact support."),
                  detail};
}

Result<std::optional<DayCloseReport>> readReport(QSqlQuery& q)
{
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    if (!q.next()) {
        return std::optional<DayCloseReport>();
    }
    const int number = q.value(0).toInt();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &parseError);
    DayCloseReport report;
    if (!doc.isObject() || !fromJson(doc.object(), &report)) {
        return corruptReport(QStringLiteral("day_closes %1: %2").arg(number).arg(parseError.errorString()));
    }
    report.number = number; // the row's key is the truth
    report.closedAtMs = q.value(2).toLongLong();
    return std::optional<DayCloseReport>(report);
}

} // namespace

Result<QList<till::Shift>> shiftsOn(journal::JournalStore& store, const QDate& istDay)
{
    // The till reads its own rows; the cash directions play no part in reading a shift.
    return till::TillBook(store, till::CashDirections::defaults()).shiftsOn(istDay);
}

Result<std::optional<Paise>> lastBalance(journal::JournalStore& store, qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT balance_paise FROM transactions WHERE balance_paise IS NOT NULL "
                             "AND created_at_ms >= ? AND created_at_ms < ? ORDER BY created_at_ms DESC, id DESC "
                             "LIMIT 1"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    return q.next() ? optionalPaise(q.value(0)) : std::nullopt;
}

Result<QList<UnresolvedLine>> unresolvedUpTo(journal::JournalStore& store, const QDate& istDay)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM transactions WHERE created_at_ms < ? AND state IN %2 "
                             "ORDER BY created_at_ms, id")
                  .arg(journal::sql::kListColumns, journal::sql::kOpenStates));
    q.addBindValue(journal::history::istDayStartMs(istDay.addDays(1)));
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    const qint64 dayStartMs = journal::history::istDayStartMs(istDay);
    QList<UnresolvedLine> lines;
    while (q.next()) {
        const journal::TransactionRecord r = journal::sql::recordFromQuery(q);
        if (!journal::isMoneyMoving(r.kind)) {
            continue;
        }
        UnresolvedLine u;
        u.clientRefId = r.clientRefId;
        u.kind = r.kind;
        u.state = r.state;
        u.amount = r.amount;
        u.createdAtMs = r.createdAtMs;
        u.ageDays = int(journal::history::istDayOf(r.createdAtMs).daysTo(istDay));
        u.carried = r.createdAtMs < dayStartMs;
        lines.append(u);
    }
    return lines;
}

Result<std::optional<DayCloseReport>> recordedOn(journal::JournalStore& store, const QDate& istDay)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT number, report_json, closed_at_ms FROM day_closes WHERE ist_day = ?"));
    q.addBindValue(istDay.toString(Qt::ISODate));
    return readReport(q);
}

Result<std::optional<DayCloseReport>> recordedNumber(journal::JournalStore& store, int number)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT number, report_json, closed_at_ms FROM day_closes WHERE number = ?"));
    q.addBindValue(number);
    return readReport(q);
}

Result<std::optional<DayCloseReport>> recordedBefore(journal::JournalStore& store, const QDate& istDay)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT number, report_json, closed_at_ms FROM day_closes WHERE ist_day < ? "
                             "ORDER BY ist_day DESC LIMIT 1"));
    q.addBindValue(istDay.toString(Qt::ISODate));
    return readReport(q);
}

Result<int> nextNumber(journal::JournalStore& store)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM day_closes")) || !q.next()) {
        return journal::sql::storeError(q);
    }
    return q.value(0).toInt();
}

Error insert(journal::JournalStore& store, const DayCloseReport& report)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "INSERT INTO day_closes (number, ist_day, close_key, closed_at_ms, report_json) VALUES (?, ?, ?, ?, ?)"));
    const QString day = report.istDay.toString(Qt::ISODate);
    q.addBindValue(report.number);
    q.addBindValue(day);
    q.addBindValue(QString(QStringLiteral("day:") + day));
    q.addBindValue(report.closedAtMs);
    q.addBindValue(QString::fromUtf8(QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact)));
    return q.exec() ? Error {} : journal::sql::storeError(q);
}

} // namespace saathi::dayclose::data
