// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/till/TillService.h"

#include "core/journal/JournalService.h"
#include "core/till/TillBook.h"

#include <QFutureWatcher>

namespace saathi::till {

namespace {

// Runs `fn` with the future's result on `context`'s thread once it is ready. A watcher rather than then(context):
// its finished() is queued to the context's thread however the journal worker's finish races the attachment, and
// the caller's own continuation stays on the plain future (no continuation of a continuation).
template<typename T, typename Fn>
QFuture<T> whenReady(QObject* context, QFuture<T> future, Fn fn)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, fn = std::move(fn)] {
        watcher->deleteLater();
        fn(watcher->result());
    });
    watcher->setFuture(future);
    return future;
}

} // namespace

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
    return whenReady(this, m_journal.run([request, directions = m_directions](journal::JournalStore& store) {
        return TillBook(store, directions).openShift(request);
    }),
                     [this](const Result<Shift>& opened) {
                         if (opened) {
                             m_current = opened.value().isOpen() ? std::optional<Shift>(opened.value()) : std::nullopt;
                             Q_EMIT shiftChanged();
                             Q_EMIT figuresChanged();
                         }
                     });
}

QFuture<Result<TillMove>> TillService::move(const MoveRequest& request)
{
    return whenReady(this, m_journal.run([request, directions = m_directions](journal::JournalStore& store) {
        return TillBook(store, directions).move(request);
    }),
                     [this](const Result<TillMove>& moved) {
                         if (moved) {
                             Q_EMIT figuresChanged();
                         }
                     });
}

QFuture<Result<ShiftReport>> TillService::report()
{
    return m_journal.run(
        [directions = m_directions](journal::JournalStore& store) { return TillBook(store, directions).report(); });
}

QFuture<Result<CloseResult>> TillService::close(const CloseRequest& request)
{
    return whenReady(this, m_journal.run([request, directions = m_directions](journal::JournalStore& store) {
        return TillBook(store, directions).close(request);
    }),
                     [this](const Result<CloseResult>& closed) {
                         if (closed) {
                             const Shift& next = closed.value().next;
                             m_current = next.isOpen() ? std::optional<Shift>(next) : std::nullopt;
                             Q_EMIT shiftChanged();
                             Q_EMIT figuresChanged();
                         }
                     });
}

void TillService::refresh()
{
    whenReady(this, m_journal.run([directions = m_directions](journal::JournalStore& store) {
        return TillBook(store, directions).currentShift();
    }),
              [this](const Result<std::optional<Shift>>& current) {
                  if (!current) {
                      return; // the journal is not open (yet): the next refresh reads it
                  }
                  m_current = current.value();
                  Q_EMIT shiftChanged();
                  Q_EMIT figuresChanged();
              });
}

} // namespace saathi::till
