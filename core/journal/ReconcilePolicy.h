// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QList>
#include <QtGlobal>

namespace saathi::journal {

// When and how long the journal chases an unresolved row (security.md R4, R9, N3).
struct ReconcilePolicy
{
    // Delay before inquiry n+1 after n inquiries (n = attempts); the last entry repeats. The first inquiry of a
    // row is due kBackoff[0] after it was prepared or got an unclear answer.
    // Default: 30 s, 2 min, 10 min, 1 h, then hourly.
    QList<qint64> backoffMs = defaultBackoffMs();
    // A row Eko does not know becomes not_sent only after this many "TID does not exist" answers, the first and
    // the last at least notFoundGraceMs apart, and only when the row is at least that old (R4).
    int notFoundAnswersForNotSent = 2;
    qint64 notFoundGraceMs = 15 * 60'000;
    // After this the row still gets inquired (hourly), but is flagged for a grievance (N3: T+5 reversal, T+7).
    qint64 grievanceAfterMs = 7LL * 24 * 3'600'000;
    // Rows inquired per pass; the rest follow in the next pass.
    int batchSize = 25;

    qint64 delayAfter(int attempts) const;
    // N3: an unresolved row this old needs a grievance with the bank (the UI flags it; inquiries go on).
    bool isOverdue(qint64 createdAtMs, qint64 nowMs) const { return nowMs - createdAtMs >= grievanceAfterMs; }
    static QList<qint64> defaultBackoffMs();
};

} // namespace saathi::journal
