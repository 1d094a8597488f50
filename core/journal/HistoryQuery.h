// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionRecord.h"
#include "core/util/Error.h"

#include <QDate>
#include <QList>

#include <optional>

namespace saathi::journal {

class JournalStore;

// What the history screen, the CLI and the CSV export ask for. Empty fields do not filter.
struct HistoryFilter
{
    qint64 fromMs = 0; // created at or after (UTC ms); 0: no lower bound
    qint64 toMs = 0; // created before (UTC ms); 0: no upper bound
    QString customerMobile;
    QString reference; // client_ref_id, Eko tid or RRN
    std::optional<TxKind> kind;
    std::optional<TxState> state;
    bool openOnly = false; // only rows still waiting for a final answer (any open state)

    // Whole IST calendar days, `from` to `to` inclusive (India: +05:30, no DST).
    static HistoryFilter istDays(const QDate& from, const QDate& to);
};

// Keyset paging, newest first: the page after the row (createdAtMs, id). Stable while rows are added.
struct HistoryCursor
{
    qint64 createdAtMs = 0;
    qint64 id = 0;

    bool isNull() const { return id == 0; }
    // "createdAtMs:id", for the CLI's --after.
    QString toString() const;
    static HistoryCursor fromString(const QString& text);
};

struct HistoryPage
{
    QList<TransactionRecord> rows; // without raw bodies (TransactionRecord::rawResponse empty)
    HistoryCursor next; // pass as `after` for the following page
    bool hasMore = false;
};

namespace history {

constexpr int kMaxPageSize = 1000;

Result<HistoryPage> page(JournalStore& store, const HistoryFilter& filter, int limit,
                         const HistoryCursor& after = HistoryCursor());

// UTC ms of 00:00 IST on `day`.
qint64 istDayStartMs(const QDate& day);
// The IST calendar day of a UTC instant.
QDate istDayOf(qint64 utcMs);
// "2026-11-23 18:35:02" in IST, for receipts, lists and CSV.
QString istDisplayTime(qint64 utcMs);

} // namespace history
} // namespace saathi::journal
