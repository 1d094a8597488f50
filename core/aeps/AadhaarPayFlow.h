// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsCustomerFlow.h"

namespace saathi::aeps {

// Aadhaar Pay: the customer pays the shop from their bank account with a fingerprint (₹1–₹10,000).
// Money-moving: the duplicate guard (N5) applies.
class AadhaarPayFlow final : public AepsCustomerFlow
{
    Q_OBJECT
public:
    using AepsCustomerFlow::AepsCustomerFlow;
    journal::TxKind kind() const override { return journal::TxKind::AadhaarPay; }
    bool needsAmount() const override { return true; }
    AmountRule amountRule() const override { return AmountRule::aadhaarPay(); }
};

} // namespace saathi::aeps
