// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/JournalTypes.h"
#include "core/util/Error.h"
#include "core/util/Money.h"

#include <QDate>
#include <QList>

namespace saathi::journal {

class JournalStore;

// One kind's figures for one IST day (rows created that day).
struct KindSummary
{
    TxKind kind = TxKind::AepsWithdrawal;
    int count = 0;
    int succeeded = 0;
    int failed = 0; // failed + not_sent
    int open = 0; // prepared, sent, pending, unknown, refund_pending
    int refunded = 0;
    Paise succeededAmount; // money that moved: success rows only
    Paise fees; // as Eko reported them, any state
    Paise commission;
};

// The counter's end-of-day sheet: per kind and in total, IST calendar day.
struct DailySummary
{
    QDate istDay;
    QList<KindSummary> kinds; // only kinds that occurred, in TxKind order
    int count = 0;
    int open = 0;
    Paise succeededAmount;
    Paise fees;
    Paise commission;
};

namespace summary {

Result<DailySummary> forIstDay(JournalStore& store, const QDate& istDay);

} // namespace summary
} // namespace saathi::journal
