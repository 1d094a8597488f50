// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/receipt/DmtReceipt.h"
#include "core/receipt/Receipt.h"
#include "core/util/Error.h"

#include <QString>

#include <variant>

namespace saathi::journal {
class JournalStore;
}

namespace saathi::receipt {

// An AePS receipt or a money-transfer (or refund) receipt.
using AnyReceipt = std::variant<Receipt, DmtReceipt>;

// Rebuilds the receipt of any journaled transaction from the journal alone: the row (the truth) and the sanitised
// Eko answer stored with it (the extras: STAN, terminal, balance, recipient). By client_ref_id, Eko TID or RRN.
//   AePS (withdrawal, Aadhaar Pay, balance, mini statement) → Receipt
//   DMT transfer → DmtReceipt with every part of its plan (the parts share the plan's submission key; a part sent
//                  again shows its last attempt), whichever part's reference was given
//   refund       → DmtReceipt::forRefund with its transfer
// Success, failed and pending alike: a failed or pending receipt carries the reason and what happens next.
// Synchronous (SQLite): on the UI thread run it through JournalService::run.
class JournalReceipts
{
public:
    // `identity`: the shop's header and the agent code (an empty code falls back to the row's).
    static Result<AnyReceipt> find(journal::JournalStore& store, const QString& reference,
                                   const CounterIdentity& identity);

    // The same accessors for either kind.
    static void setDuplicate(AnyReceipt& receipt, bool duplicate);
    static void setTraining(AnyReceipt& receipt, bool training);
    static QString qrPayload(const AnyReceipt& receipt);
    static QString plainText(const AnyReceipt& receipt);
    static QString statusText(const AnyReceipt& receipt);
    static QString clientRefId(const AnyReceipt& receipt);
};

} // namespace saathi::receipt
