// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dayclose/DayCloseService.h"

#include "core/dayclose/DayCloser.h"
#include "core/journal/JournalService.h"

namespace saathi::dayclose {

DayCloseService::DayCloseService(journal::JournalService& journal, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
{
}

QFuture<Result<DayCloseReport>> DayCloseService::preview(const QDate& istDay)
{
    return m_journal.run([istDay](journal::JournalStore& store) { return DayCloser(store).preview(istDay); });
}

QFuture<Result<DayCloseReport>> DayCloseService::close(const QDate& istDay, std::optional<Paise> evalueClose)
{
    return m_journal
        .run(
            [istDay, evalueClose](journal::JournalStore& store) { return DayCloser(store).close(istDay, evalueClose); })
        .then(this, [this](const Result<DayCloseReport>& closed) {
            if (closed && !closed.value().alreadyClosed) {
                Q_EMIT dayClosed(closed.value().number);
            }
            return closed;
        });
}

QFuture<Result<std::optional<DayCloseReport>>> DayCloseService::recorded(const QDate& istDay)
{
    return m_journal.run([istDay](journal::JournalStore& store) { return DayCloser(store).recorded(istDay); });
}

} // namespace saathi::dayclose
