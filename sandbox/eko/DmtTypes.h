// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace saathi::sandbox {

// The two DMT rails (reference §7.1 classic v2 form-urlencoded, §7.3 DMT-Fino v3 JSON). Each rail keeps its own
// customers and recipients; transfers of both share one ledger and Eko's tid sequence.
enum class DmtRail { Classic, Fino };
enum class DmtChannel { Neft = 1, Imps = 2 }; // the classic `channel` values
// tx_status of a transfer (reference §3.2): the enum values are the wire values.
enum class DmtTxState { Success = 0, Failed = 1, Initiated = 2, RefundPending = 3, Refunded = 4 };

// Classic customer states (reference §7.1): 1 OTP pending, 2 verified non-KYC, 4 full KYC.
enum class DmtCustomerState { OtpPending = 1, NonKyc = 2, FullKyc = 4 };
// DMT-Fino sender (reference §17.5): onboarded → eKYC OTP sent (2129) → eKYC done (2132).
enum class FinoKycStage { Pending, OtpSent, Done };

struct DmtRecipient
{
    QString id;
    QString name;
    QString mobile;
    QString account;
    QString ifsc;
    QString bankCode;
    bool imps = true;
    bool neft = true;
};

struct DmtCustomer
{
    DmtRail rail = DmtRail::Classic;
    QString mobile;
    QString name;
    QString dob;
    QString residenceAddress;
    DmtCustomerState state = DmtCustomerState::OtpPending; // classic
    FinoKycStage kyc = FinoKycStage::Pending; // Fino
    QString kycRequestId; // Fino eKYC step
    QByteArray aadhaarKey; // Fino eKYC: SHA-256 of the sender's Aadhaar, never the number
    QString aadhaarLast4;
    QList<DmtRecipient> recipients;
    QHash<QString, Paise> usedByMonth; // IST yyyyMM → amount counted against the monthly limit
};

// One row per transfer that reached the bank (it got a tid), declines included.
struct DmtLedgerEntry
{
    qint64 sequence = 0;
    QString clientRefId;
    QString tid;
    DmtRail rail = DmtRail::Classic;
    DmtChannel channel = DmtChannel::Imps;
    DmtTxState state = DmtTxState::Failed;
    Paise amount;
    Paise fee;
    Paise walletDebit; // what left the agent's E-value wallet (amount + fee; 0 for a decline)
    Paise walletRefund; // what came back through a refund
    QString userCode;
    QString customerId;
    QString recipientId;
    QString recipientName;
    QString account;
    QString ifsc;
    QString bankCode;
    QString bankRefNum; // RRN / UTR, once the bank has it
    QString refundTid;
    QString reason;
    QString monthKey; // the IST month the amount counts against
    qint64 createdMs = 0;
    qint64 refundedMs = 0;
    DmtTxState pendingEnd = DmtTxState::Success; // for Initiated: where it goes (Success or RefundPending)
};

QString dmtTxStatusText(DmtTxState state); // "0" … "4"
QString dmtTxStatusDesc(DmtTxState state, DmtChannel channel);
QString dmtChannelDesc(DmtChannel channel);
QString dmtRailName(DmtRail rail);

} // namespace saathi::sandbox
