// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionInquirer.h"
#include "core/util/Error.h"

#include <functional>
#include <memory>

namespace saathi::journal {

// Builds the inquirer that `saathi-cli journal reconcile` uses. The composition root installs it (app/ wires the
// Eko client with the agent's credentials); core never calls it by itself. A factory that cannot build one (no
// credentials configured) returns nullptr and fills `error`.
using InquirerFactory = std::function<std::unique_ptr<TransactionInquirer>(Error* error)>;

// Process-wide slot, set once at start-up (e.g. from a saathi-cli command registrar) before any command runs.
void setInquirerFactory(InquirerFactory factory);
const InquirerFactory& inquirerFactory();

} // namespace saathi::journal
