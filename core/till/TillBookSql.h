// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// Internal to core/till: TillBook's reads (TillBookQueries.cpp) and its write transaction.
#include "core/till/TillTypes.h"
#include "core/util/Error.h"

#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace saathi::journal {
class JournalStore;
}

namespace saathi::till::detail {

// BEGIN IMMEDIATE (the write lock at once, so the reads that decide a step see what the step writes over) and a
// COMMIT at the connection's synchronous=FULL; rolled back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Error begin();
    Error commit();

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};

// The first shift `where` (an SQL condition with one `?`, written here, never from outside) finds, by id.
Result<std::optional<Shift>> findShift(QSqlDatabase& db, const char* where, const QVariant& bind = QVariant());
Result<std::optional<TillMove>> findMove(QSqlDatabase& db, const QString& moveKey);
Result<QList<TillMove>> movesOf(QSqlDatabase& db, qint64 shiftId);
Result<QList<Shift>> shiftsOfDay(QSqlDatabase& db, const QString& istDay);

// The shift's arithmetic over [openedAt, untilMs] (untilMs 0: no end, an open shift as of now), on the store's
// environment's rows only: one grouped query over transactions' created_at index.
Result<ShiftReport> arithmetic(journal::JournalStore& store, const CashDirections& directions, const Shift& shift,
                               qint64 untilMs);

QString istDayOf(qint64 ms);

} // namespace saathi::till::detail
