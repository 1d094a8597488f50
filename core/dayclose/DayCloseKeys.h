// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// Internal to core/dayclose: the report's name for a kind (issue #19's public names), as till::reportKey says it.
#include "core/journal/JournalTypes.h"

#include <QString>

namespace saathi::dayclose {

// "cash_withdrawal" for an AePS withdrawal, else the journal's wire name ("aadhaar_pay", "dmt_transfer", …).
inline QString kindKey(journal::TxKind kind)
{
    return kind == journal::TxKind::AepsWithdrawal ? QStringLiteral("cash_withdrawal") : journal::wireName(kind);
}

// Takes the report's name and the journal's own.
inline bool parseKindKey(const QString& text, journal::TxKind* out)
{
    if (text == QLatin1String("cash_withdrawal")) {
        *out = journal::TxKind::AepsWithdrawal;
        return true;
    }
    return journal::parseKind(text, out);
}

} // namespace saathi::dayclose
