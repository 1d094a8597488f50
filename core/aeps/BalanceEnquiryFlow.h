// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsCustomerFlow.h"

namespace saathi::aeps {

// Balance enquiry: no money moves; journaled for the history and the receipt.
class BalanceEnquiryFlow final : public AepsCustomerFlow
{
    Q_OBJECT
public:
    using AepsCustomerFlow::AepsCustomerFlow;
    journal::TxKind kind() const override { return journal::TxKind::BalanceEnquiry; }
};

} // namespace saathi::aeps
