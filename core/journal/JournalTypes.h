// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi::journal {

// What a journal row is about. The first five move money; the last two are journaled for history only.
enum class TxKind { AepsWithdrawal, AadhaarPay, DmtTransfer, Refund, Settlement, BalanceEnquiry, MiniStatement };

// The life of one attempt (one client_ref_id). States move forward only (security.md R5):
//   prepared ─► sent ─► pending / unknown ─► success / failed / not_sent ─► refund_pending ─► refunded
// `prepared` is committed (synchronous=FULL) before the request leaves the process (R1). `unknown` means the
// client did not get a clear answer (timeout, transport error, 5xx); `pending` means Eko said "awaited/hold"
// (tx_status 2/5). Only an answer from Eko makes a row final (R3).
enum class TxState { Prepared, Sent, Pending, Unknown, Success, Failed, NotSent, RefundPending, Refunded };

// Who moved a row: this process (before sending), the money call's own answer, a transaction inquiry or an Eko
// callback.
enum class Source { Local, Response, Inquiry, Callback };

// Stable lower-case names: they are what the database, the CSV and the CLI's JSON carry.
QString wireName(TxKind kind);
QString wireName(TxState state);
QString wireName(Source source);
bool parseKind(const QString& text, TxKind* out);
bool parseState(const QString& text, TxState* out);
bool parseSource(const QString& text, Source* out);

bool isMoneyMoving(TxKind kind);
// prepared, sent, pending, unknown: the counter shows these as "unresolved" and the reconciler inquires them.
bool isUnresolved(TxState state);
// Rows the reconciler keeps inquiring: the unresolved ones plus refund_pending (waiting for tx_status 4).
bool needsInquiry(TxState state);
bool isFinal(TxState state);

// Eko's tx_status (reference eko-api.md §3.2) → journal state: 0 success, 1 failed, 3 refund pending,
// 4 refunded; 2, 5, 6 and anything unexpected mean "awaited — inquire" → pending.
TxState stateForTxStatus(int txStatus);

// Whether a row may move from `from` to `to` on an answer from `source` (R5). Same-state updates of a
// non-final row (a fresher pending answer) are allowed; a final row changes only on an Eko answer, and
// failed → success only on an inquiry or callback.
bool canTransition(TxState from, TxState to, Source source);

// The human labels for the counter (translated, context "Journal").
QString displayName(TxKind kind);
QString displayName(TxState state);

} // namespace saathi::journal
