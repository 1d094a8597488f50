// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsCustomerFlow.h"

namespace saathi::aeps {

// Cash withdrawal: the customer's bank debits the amount and the agent hands over cash (₹100–₹10,000 in
// multiples of ₹50, security.md N1). Money-moving: the duplicate guard (N5) applies.
class CashWithdrawalFlow final : public AepsCustomerFlow
{
    Q_OBJECT
public:
    using AepsCustomerFlow::AepsCustomerFlow;
    journal::TxKind kind() const override { return journal::TxKind::AepsWithdrawal; }
    bool needsAmount() const override { return true; }
    AmountRule amountRule() const override { return AmountRule::aepsCashWithdrawal(); }
};

} // namespace saathi::aeps
