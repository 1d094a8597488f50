// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dayclose/DayCloseReport.h"
#include "core/util/Error.h"

#include <QFuture>
#include <QObject>

namespace saathi::journal {
class JournalService;
}

namespace saathi::dayclose {

// DayCloser on the journal's worker, for the UI thread.
class DayCloseService : public QObject
{
    Q_OBJECT
public:
    explicit DayCloseService(journal::JournalService& journal, QObject* parent = nullptr);

    QFuture<Result<DayCloseReport>> preview(const QDate& istDay);
    QFuture<Result<DayCloseReport>> close(const QDate& istDay, std::optional<Paise> evalueClose = std::nullopt);
    QFuture<Result<std::optional<DayCloseReport>>> recorded(const QDate& istDay);

Q_SIGNALS:
    void dayClosed(int number);

private:
    journal::JournalService& m_journal;
};

} // namespace saathi::dayclose
