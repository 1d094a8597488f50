// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/aeps/AepsCustomerFlow.h"

namespace saathi::aeps {

// Mini statement: the last transactions of the customer's account (transaction().miniStatement).
class MiniStatementFlow final : public AepsCustomerFlow
{
    Q_OBJECT
public:
    using AepsCustomerFlow::AepsCustomerFlow;
    journal::TxKind kind() const override { return journal::TxKind::MiniStatement; }
};

} // namespace saathi::aeps
