// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"
#include "core/validation/ValidationResult.h"

#include <QString>

namespace saathi {

// Per-transaction amount limits, in whole rupees (reference eko-api.md §14, security.md N1).
struct AmountRule
{
    qint64 minRupees = 1;
    qint64 maxRupees = 0;
    qint64 multipleOf = 1;

    static AmountRule aepsCashWithdrawal() { return {100, 10000, 50}; }
    static AmountRule aadhaarPay() { return {1, 10000, 1}; }
    static AmountRule dmtTransfer() { return {100, 5000, 1}; }
};

// NPCI: at most 5 approved cash withdrawals per customer per terminal per IST day (security.md N1). The pre-flight
// step (core/preflight) and the AePS flow share it.
constexpr int kMaxAepsWithdrawalsPerCustomerPerDay = 5;

// Parses what the agent typed ("2500", "2,500", "₹ 2,500") as whole rupees and checks it against the rule.
// On success `amount` holds the value; the message (on failure) says what to enter instead.
struct AmountCheck
{
    ValidationResult result;
    Paise amount;
};

AmountCheck checkAmount(const QString& input, const AmountRule& rule);

} // namespace saathi
