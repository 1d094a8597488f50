// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/DmtTypes.h"
#include "sandbox/eko/SandboxTypes.h"

#include <QDateTime>
#include <QJsonObject>

namespace saathi::sandbox {

struct Agent;

// The JSON of DMT answers (reference §7.1, §7.3, §8): every amount a string with two decimals, tx_status a string.
QJsonObject dmtTransferData(const DmtLedgerEntry& entry, const Agent* agent, const QDateTime& ist);
// 325 with response_status_id 0 (success), 2 (initiated / awaited) or 3 (refund pending); a decline is 55.
SandboxReply dmtTransferReply(const DmtLedgerEntry& entry, const QJsonObject& data);
// 74 "Refund done" {refund_tid, refunded_amount, amount, fee, tds, commission_reverse, balance, tid, timestamp}.
SandboxReply dmtRefundReply(const DmtLedgerEntry& entry, const Agent* agent, const QDateTime& ist);
// The customer and their limits: {customer_id, name, mobile, state, state_desc, limit[], total_limit, used_limit,
// available_limit, …} (classic) or {customer_id, name, kyc_status, …} (Fino).
QJsonObject dmtCustomerData(const DmtCustomer& customer, Paise monthlyLimit, Paise usedThisMonth);
QJsonObject dmtRecipientJson(const DmtRecipient& recipient);
// A rejected field: status `status`, response_type_id -1, invalid_params {field: message}, message = `message`.
SandboxReply dmtRejectField(int status, const QString& field, const QString& message);

} // namespace saathi::sandbox
