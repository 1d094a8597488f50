// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/till/TillTypes.h"
#include "core/util/Error.h"

#include <QDate>

namespace saathi::journal {
class JournalStore;
}

namespace saathi::till {

// The drawer's book, synchronous, on the journal's own connection (journal schema v7: till_shifts, till_moves): used
// on the journal worker (TillService), by saathi-cli and by tests, never on the UI thread. Every step is one SQLite
// transaction committed with synchronous=FULL before it returns, under an idempotency key, so a kill at any moment
// leaves it done once or not at all, and a retry with the same key finds it.
//
// Errors (typed, translated, context "Till"): till.no_shift (no open shift), till.shift_open (opening while one is
// open), till.bad_amount (zero move, negative opening or count), till.bad_reason (empty or > 200 characters),
// till.bad_operator (empty or > 60 characters), plus the journal's own disk errors.
class TillBook
{
public:
    TillBook(journal::JournalStore& store, CashDirections directions);

    Result<Shift> openShift(const OpenShiftRequest& request);
    Result<std::optional<Shift>> currentShift();
    Result<TillMove> move(const MoveRequest& request);
    // The open shift's arithmetic as of now (till.no_shift when none).
    Result<ShiftReport> report();
    // Any shift's arithmetic: an open one as of now, a closed one over [opened, closed].
    Result<ShiftReport> report(qint64 shiftId);
    Result<CloseResult> close(const CloseRequest& request);
    // The shifts opened on the IST day, oldest first.
    Result<QList<Shift>> shiftsOn(const QDate& istDay);

    const CashDirections& directions() const { return m_directions; }

private:
    journal::JournalStore& m_store;
    CashDirections m_directions;
};

} // namespace saathi::till
