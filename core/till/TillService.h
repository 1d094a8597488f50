// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/till/TillTypes.h"
#include "core/util/Error.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace saathi::journal {
class JournalService;
}

namespace saathi::till {

// The till for the UI thread: TillBook on the journal's worker (JournalService::run), every call a QFuture. Keeps
// the last known open shift for screens that only display it (home's status, the AePS lock) and says when it moved.
class TillService : public QObject
{
    Q_OBJECT
public:
    TillService(journal::JournalService& journal, CashDirections directions, QObject* parent = nullptr);

    QFuture<Result<Shift>> openShift(const OpenShiftRequest& request);
    QFuture<Result<TillMove>> move(const MoveRequest& request);
    QFuture<Result<ShiftReport>> report();
    QFuture<Result<CloseResult>> close(const CloseRequest& request);
    // Reads the open shift again (at start and after the journal reopens) and emits shiftChanged().
    void refresh();

    // The open shift as last read; nullopt when none is open (or before the first read).
    const std::optional<Shift>& currentShift() const { return m_current; }
    QString currentOperator() const { return m_current ? m_current->operatorName : QString(); }
    const CashDirections& directions() const { return m_directions; }

Q_SIGNALS:
    // The open shift changed: opened, closed, handed over, or first read.
    void shiftChanged();
    // A move, a close or a transaction changed the shift's figures: screens showing them read report() again.
    void figuresChanged();

private:
    journal::JournalService& m_journal;
    CashDirections m_directions;
    std::optional<Shift> m_current;
};

} // namespace saathi::till
