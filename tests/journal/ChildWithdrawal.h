// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "journal/TransactionRecord.h"

namespace saathi::test {

// Step i of the withdrawals a killed child journals in a loop (journal_crash_child here, powercut_child in
// tests/powercut): client_ref_id PREFIX<i>, ₹(100 + i), the seeded customer and agent. Core types only: the
// children link neither Qt Test nor the test helpers.
inline journal::PrepareRequest childWithdrawal(const QString& prefix, int i)
{
    const QString ref = prefix + QString::number(i);
    journal::PrepareRequest r;
    r.submissionKey = QStringLiteral("key-") + ref;
    r.clientRefId = ref;
    r.amount = Paise::fromRupees(100 + i);
    r.customerMobile = QStringLiteral("9876543210");
    r.aadhaarLast4 = QStringLiteral("7058");
    r.agentUserCode = QStringLiteral("20810200");
    return r;
}

} // namespace saathi::test
