// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/HistoryQuery.h"

#include "core/journal/JournalStore.h"
#include "core/journal/SqlUtil.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariantList>

namespace saathi::journal {

HistoryFilter HistoryFilter::istDays(const QDate& from, const QDate& to)
{
    HistoryFilter f;
    f.fromMs = history::istDayStartMs(from);
    f.toMs = history::istDayStartMs(to.addDays(1));
    return f;
}

QString HistoryCursor::toString() const
{
    return isNull() ? QString() : QStringLiteral("%1:%2").arg(createdAtMs).arg(id);
}

HistoryCursor HistoryCursor::fromString(const QString& text)
{
    const auto parts = text.split(QLatin1Char(':'));
    HistoryCursor c;
    bool okTime = false;
    bool okId = false;
    if (parts.size() == 2) {
        c.createdAtMs = parts.at(0).toLongLong(&okTime);
        c.id = parts.at(1).toLongLong(&okId);
    }
    return okTime && okId && c.id > 0 ? c : HistoryCursor();
}

namespace history {

qint64 istDayStartMs(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Clock::istZone()).toMSecsSinceEpoch();
}

QDate istDayOf(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Clock::istZone()).date();
}

QString istDisplayTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Clock::istZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Result<HistoryPage> page(JournalStore& store, const HistoryFilter& filter, int limit, const HistoryCursor& after)
{
    limit = qBound(1, limit, kMaxPageSize);
    QStringList where;
    QVariantList binds;
    if (filter.fromMs > 0) {
        where << QStringLiteral("created_at_ms >= ?");
        binds << filter.fromMs;
    }
    if (filter.toMs > 0) {
        where << QStringLiteral("created_at_ms < ?");
        binds << filter.toMs;
    }
    if (!filter.customerMobile.isEmpty()) {
        where << QStringLiteral("customer_mobile = ?");
        binds << filter.customerMobile;
    }
    if (!filter.reference.isEmpty()) {
        where << QStringLiteral("(client_ref_id = ? OR tid = ? OR rrn = ?)");
        binds << filter.reference << filter.reference << filter.reference;
    }
    if (filter.kind) {
        where << QStringLiteral("kind = ?");
        binds << wireName(*filter.kind);
    }
    if (filter.state) {
        where << QStringLiteral("state = ?");
        binds << wireName(*filter.state);
    }
    if (filter.openOnly) {
        where << QStringLiteral("state IN ") + sql::kOpenStates;
    }
    if (!after.isNull()) {
        where << QStringLiteral("(created_at_ms, id) < (?, ?)");
        binds << after.createdAtMs << after.id;
    }
    QString sqlText = QStringLiteral("SELECT ") + sql::kListColumns + QStringLiteral(" FROM transactions");
    if (!where.isEmpty()) {
        sqlText += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    sqlText += QStringLiteral(" ORDER BY created_at_ms DESC, id DESC LIMIT ?");
    binds << limit + 1; // one more tells whether a next page exists

    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(sqlText);
    for (const QVariant& v : binds) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return sql::storeError(q);
    }
    HistoryPage result;
    while (q.next()) {
        if (result.rows.size() == limit) {
            result.hasMore = true;
            break;
        }
        result.rows.append(sql::recordFromQuery(q));
    }
    if (result.hasMore) {
        result.next = HistoryCursor {result.rows.constLast().createdAtMs, result.rows.constLast().id};
    }
    return result;
}

} // namespace history
} // namespace saathi::journal
