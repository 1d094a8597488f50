// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/SandboxTypes.h"

#include <QDateTime>
#include <QJsonObject>

namespace saathi::sandbox {

struct Agent;
struct CustomerAccount;

// The `data` of an AePS answer (reference §6.5): every value a string, masked Aadhaar, agent and customer balances,
// commission, RRN, STAN, terminal, IST date and time; mini statements add mini_statement_list.
QJsonObject transactionData(const LedgerEntry& entry, const Agent& agent, const CustomerAccount* account,
                            const QDateTime& ist);
// The envelope for a transaction in its state: CW/AP 1463/1464/1465, BE 1466/1464, MS 1527/1528.
SandboxReply transactionReply(const LedgerEntry& entry, const QJsonObject& data);
// "Please do 2fa before initiating transaction": 1467 (CW, BE, AP) or 1528 (MS), with a tid.
SandboxReply twoFactorRequired(TxKind kind, const QString& tid, const QString& userCode);
QString txStatusText(TxState state);

} // namespace saathi::sandbox
