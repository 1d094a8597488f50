// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// Internal to core/journal: column lists and row mapping shared by the store and the history queries.
#include "core/journal/TransactionRecord.h"
#include "core/util/Error.h"

#include <QSqlQuery>
#include <QVariant>

namespace saathi::journal::sql {

// SELECT list matching recordFromQuery(); prefix with the table name where joins need it.
extern const QString kRecordColumns;
// The same list with raw_response as NULL: lists and exports never load the bodies.
extern const QString kListColumns;
// The states a row is still open in (not final), as an SQL list: "('prepared', …)".
extern const QString kOpenStates;
// kListColumns for a file older than v5 (the v3 migration's backfill): the v5 columns read as NULL.
extern const QString kPreV5ListColumns;

TransactionRecord recordFromQuery(const QSqlQuery& q);
JournalEvent eventFromQuery(const QSqlQuery& q);

inline QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
inline QVariant optionalPaise(const std::optional<Paise>& p)
{
    return p ? QVariant(p->value) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QVariant zeroAsNull(qint64 v)
{
    return v == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(v);
}

// A failed read or write: says what to do, keeps SQLite's text for the log.
Error storeError(const QString& detail);
Error storeError(const QSqlQuery& q);

} // namespace saathi::journal::sql
