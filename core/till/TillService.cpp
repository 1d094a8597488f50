// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/till/TillService.h"

#include "core/journal/JournalService.h"
#include "core/till/TillBook.h"

namespace saathi::till {

TillService::TillService(journal::JournalService& journal, CashDirections directions, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_directions(std::move(directions))
{
    // A journaled transaction may move the open shift's expected cash: a row the reconciler settled, or one prepared
    // or answered at the counter (the unresolved count moves with each).
    connect(&m_journal, &journal::JournalService::rowChanged, this, [this] { Q_EMIT figuresChanged(); });
    connect(&m_journal, &journal::JournalService::unresolvedChanged, this, [this] { Q_EMIT figuresChanged(); });
}

QFuture<Result<Shift>> TillService::openShift(const OpenShiftRequest& request)
{
    return m_journal
        .run([request, directions = m_directions](journal::JournalStore& store) {
            return TillBook(store, directions).openShift(request);
        })
        .then(this, [this](const Result<Shift>& opened) {
            if (opened) {
                m_current = opened.value().isOpen() ? std::optional<Shift>(opened.value()) : std::nullopt;
                Q_EMIT shiftChanged();
                Q_EMIT figuresChanged();
            }
            return opened;
        });
}

QFuture<Result<TillMove>> TillService::move(const MoveRequest& request)
{
    return m_journal
        .run([request, directions = m_directions](journal::JournalStore& store) {
            return TillBook(store, directions).move(request);
        })
        .then(this, [this](const Result<TillMove>& moved) {
            if (moved) {
                Q_EMIT figuresChanged();
            }
            return moved;
        });
}

QFuture<Result<ShiftReport>> TillService::report()
{
    return m_journal.run(
        [directions = m_directions](journal::JournalStore& store) { return TillBook(store, directions).report(); });
}

QFuture<Result<CloseResult>> TillService::close(const CloseRequest& request)
{
    return m_journal
        .run([request, directions = m_directions](journal::JournalStore& store) {
            return TillBook(store, directions).close(request);
        })
        .then(this, [this](const Result<CloseResult>& closed) {
            if (closed) {
                const Shift& next = closed.value().next;
                m_current = next.isOpen() ? std::optional<Shift>(next) : std::nullopt;
                Q_EMIT shiftChanged();
                Q_EMIT figuresChanged();
            }
            return closed;
        });
}

void TillService::refresh()
{
    m_journal
        .run([directions = m_directions](journal::JournalStore& store) {
            return TillBook(store, directions).currentShift();
        })
        .then(this, [this](const Result<std::optional<Shift>>& current) {
            if (!current) {
                return; // the journal is not open (yet): the next refresh reads it
            }
            m_current = current.value();
            Q_EMIT shiftChanged();
            Q_EMIT figuresChanged();
        });
}

} // namespace saathi::till
