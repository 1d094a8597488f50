// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QString>
#include <QStringList>

namespace saathi::receipt {

// The keys a receipt's QR code carries: enough to find the transaction at the bank, at Eko or in a dispute.
struct QrFields
{
    QStringList refs; // our client_ref_id, one per part (a DMT plan may have several)
    Paise amount;
    qint64 timeMs = 0; // UTC milliseconds
    QString agentCode;
    QStringList rrns; // per part; empty entries are skipped
    QStringList tids;
};

// Lines joined by "\n", in this order:
//   SAATHI-RECEIPT
//   ref=<first client_ref_id>
//   refs=<all client_ref_ids, comma-separated>   (only with several parts)
//   amount=<rupees with 2 decimals, no grouping>  (C locale: 2500.00)
//   time=<ISO 8601 in IST, +05:30>
//   agent=<agent code>
//   rrn=<…> and tid=<…>                          (when known; comma-separated across parts)
// No Aadhaar, mobile or account number ever goes in: the QR is shown on screen and photographed.
QString receiptQrPayload(const QrFields& fields);

} // namespace saathi::receipt
