// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EkoEnvelope.h"
#include "core/eko/EndpointCatalogue.h"
#include "core/util/Error.h"
#include "core/util/Money.h"

#include <QList>
#include <QString>

namespace saathi::dmt {

// Eko runs two DMT rails (reference §7); the endpoint catalogue says which one an environment uses ("dmt_rail").
//   Classic — v2, form-urlencoded: customer OTP, no biometric, no transfer OTP
//   Fino    — v3 DMT-Fino, JSON: sender eKYC by fingerprint + OTP, a one-time OTP per transfer
using Rail = eko::DmtRail;

// Eko's `channel` values.
enum class Channel { Neft = 1, Imps = 2 };
QString channelName(Channel channel); // "IMPS" | "NEFT"

// Where the customer (the sender) stands with Eko.
enum class CustomerStage {
    NotRegistered, // classic 463, Fino 308
    OtpPending, // classic: registered, the mobile is not verified yet (state 1)
    EkycPending, // DMT-Fino: onboarded, sender eKYC (fingerprint + OTP) still to do (2134)
    Verified, // can send within non-KYC limits (classic state 2, Fino after eKYC)
    FullKyc, // classic state 4
};
QString stageName(CustomerStage stage); // "not_registered", "otp_pending", "ekyc_pending", "verified", "full_kyc"

struct Customer
{
    QString mobile;
    QString name;
    CustomerStage stage = CustomerStage::NotRegistered;
    QString stateText; // Eko's state_desc / kyc_status_desc, shown as is
    Paise monthlyLimit;
    Paise usedThisMonth;
    Paise remainingThisMonth;
    bool hasLimits = false;

    bool canSend() const { return stage == CustomerStage::Verified || stage == CustomerStage::FullKyc; }
    // Reads a get-customer / get-sender / registration answer (its `data`).
    static Customer fromData(const eko::EkoEnvelope& envelope, Rail rail, const QString& mobile);
};

struct Recipient
{
    QString id;
    QString name;
    QString mobile;
    QString account; // as Eko returns it; show maskedAccount()
    QString ifsc;
    QString bankCode; // the IFSC's first four letters
    QString bankName;
    bool imps = true;
    bool neft = true;

    // "XXXXXX5678": the last four digits only, for screens and receipts.
    QString maskedAccount() const;
    // IMPS when the bank takes it, else NEFT.
    Channel preferredChannel() const { return imps ? Channel::Imps : Channel::Neft; }
    bool allows(Channel channel) const { return channel == Channel::Imps ? imps : neft; }
    static Recipient fromJson(const QJsonObject& object);
    static QList<Recipient> listFromEnvelope(const eko::EkoEnvelope& envelope);
};

// What a transfer, inquiry or refund answer says (reference §7.1 / §8).
struct TransferResult
{
    int txStatus = -1;
    QString tid;
    QString clientRefId;
    QString rrn; // bank_ref_num / utr
    Paise amount;
    Paise fee;
    Paise agentBalance;
    QString channelText;
    QString recipientName;
    QString account;
    QString ifsc;
    QString bankName;
    QString statusText; // txstatus_desc
    QString reason;
    QString refundTid;
    Paise refundedAmount;

    static TransferResult fromEnvelope(const eko::EkoEnvelope& envelope);
};

// A one-time code Eko sent to the customer: the reference to quote back with the code.
struct OtpTicket
{
    QString otpRefId;
    QString kycRequestId; // DMT-Fino sender eKYC only

    static OtpTicket fromEnvelope(const eko::EkoEnvelope& envelope);
};

// An input problem found before anything is sent, or reported by Eko for one field: the error's code is
// "dmt.invalid_<field>", the field being the form's ("customer_mobile", "ifsc", "account", "amount", "otp"…).
Error fieldError(const QString& field, const QString& userMessage, const QString& detail = {});
// The field an error from fieldError() (or from Eko's invalid_params) is about; empty for other errors.
QString fieldOf(const Error& error);

} // namespace saathi::dmt
