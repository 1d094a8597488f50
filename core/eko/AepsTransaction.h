// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsTransaction.h"
#include "core/eko/EkoEnvelope.h"

#include <QDateTime>
#include <QString>

namespace saathi::eko {

using MiniStatementEntry = aeps::MiniStatementEntry;

// Eko's AePS answer (reference §6.5) read into the domain's aeps::AepsTransaction. It adds no data, so it passes
// (and slices) freely as the domain type; only core/eko and Eko's tests name it.
struct AepsTransaction : aeps::AepsTransaction
{
    static AepsTransaction fromEnvelope(const EkoEnvelope& envelope);
    // Eko's transaction_date / transaction_time, in IST. Reads Eko's "dd-MM-yy HH:mm:ss" (§6.5) in either field,
    // and leniently the older "dd-MM-yyyy", "yyyy-MM-dd" or "dd/MM/yyyy" dates beside an "HH:mm[:ss]" time.
    // A two-digit year is 20yy. Invalid unless both a date and a time of day were found.
    static QDateTime parseBankTime(const QString& date, const QString& time);
};

} // namespace saathi::eko
