// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dayclose/DayCloseReport.h"
#include "core/util/Error.h"

namespace saathi::journal {
class JournalStore;
}

namespace saathi::dayclose {

// Builds and records the day's report on the journal's connection (synchronous: the journal worker, saathi-cli,
// tests). Errors (context "DayClose"): dayclose.shift_open (a shift opened that day is still open: count the cash
// first), dayclose.future_day, plus the journal's disk errors. Unresolved rows never block the close.
class DayCloser
{
public:
    explicit DayCloser(journal::JournalStore& store);

    // The report as it would be now, not recorded (number 0).
    Result<DayCloseReport> preview(const QDate& istDay);
    // Records the report under the next number (one FULL commit, key "day:<ist_day>": a second close of the day, or
    // a retry after a kill, returns the first report with alreadyClosed set). `evalueClose` is the wallet as the
    // counter last read it; without it the last journaled balance of the day is used.
    Result<DayCloseReport> close(const QDate& istDay, std::optional<Paise> evalueClose = std::nullopt);
    // A recorded report, by day or by number (nullopt when there is none).
    Result<std::optional<DayCloseReport>> recorded(const QDate& istDay);
    Result<std::optional<DayCloseReport>> recordedNumber(int number);

private:
    journal::JournalStore& m_store;
};

} // namespace saathi::dayclose
