// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionRecord.h"

namespace saathi::eko {
struct EkoResponse;
}

namespace saathi::reconcile {

// How the answer to a money-moving (or journaled) request reads to the journal: the one mapping that the app's
// flows, saathi-cli and the crash harness share. A request that never left (attempts == 0) is `not_sent`; an
// unclear answer is `unknown`, never `failed` (security.md N3, R3). tx_status 2/5 → pending, 3 → refund_pending,
// 4 → refunded.
journal::Outcome journalOutcome(const eko::EkoResponse& response);

} // namespace saathi::reconcile
