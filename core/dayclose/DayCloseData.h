// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// Internal to core/dayclose: what the report reads from the journal file (transactions, till_shifts, day_closes),
// on the store's connection. The till's shifts are read as rows, frozen at their close, not through TillBook.
#include "core/dayclose/DayCloseReport.h"
#include "core/util/Error.h"

#include <QDate>

#include <optional>

namespace saathi::journal {
class JournalStore;
}

namespace saathi::dayclose::data {

// The shifts opened on the IST day, oldest first.
Result<QList<till::Shift>> shiftsOn(journal::JournalStore& store, const QDate& istDay);
// The E-value balance of the last row created in [fromMs, toMs) that carries one (fromMs 0: from the start).
Result<std::optional<Paise>> lastBalance(journal::JournalStore& store, qint64 fromMs, qint64 toMs);
// Money-moving rows created before the end of `istDay` that are not final now, oldest first, aged against it.
Result<QList<UnresolvedLine>> unresolvedUpTo(journal::JournalStore& store, const QDate& istDay);
// The recorded report of `istDay` / number `number` / the last day closed before `istDay`.
Result<std::optional<DayCloseReport>> recordedOn(journal::JournalStore& store, const QDate& istDay);
Result<std::optional<DayCloseReport>> recordedNumber(journal::JournalStore& store, int number);
Result<std::optional<DayCloseReport>> recordedBefore(journal::JournalStore& store, const QDate& istDay);
// 1 + the highest number recorded.
Result<int> nextNumber(journal::JournalStore& store);
// Appends the report (inside the caller's transaction).
Error insert(journal::JournalStore& store, const DayCloseReport& report);

} // namespace saathi::dayclose::data
