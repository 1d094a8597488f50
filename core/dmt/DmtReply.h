// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dmt/DmtField.h"
#include "core/dmt/DmtTypes.h"
#include "core/eko/EkoResponse.h"

#include <QMetaType>

namespace saathi::dmt {

// One DMT step, whichever rail carries it.
enum class DmtStep {
    Lookup,
    Register,
    VerifyOtp, // classic customer OTP
    ResendOtp, // classic customer OTP
    SenderEkyc, // Fino: Aadhaar + PID (with the eKYC wadh) → an OTP to validate
    SenderEkycVerify, // Fino
    Recipients,
    AddRecipient,
    DeleteRecipient,
    TransferOtp, // Fino: one per transfer
    Transfer,
    RefundOtp,
    Refund,
};

// What one step's answer means. Several of Eko's step answers come with a non-zero status (Fino 2129 "Validate the
// OTP", 2134 KYC pending, 308 not enrolled; classic 463 not found), so the reply is read from the envelope, not only
// from the call's Outcome: a lookup of an unknown mobile is ok() with stage NotRegistered.
struct DmtReply
{
    DmtStep step = DmtStep::Lookup;
    Rail rail = Rail::Fino;
    bool ok = false;
    Error error; // when !ok: what to do next; fieldOf(error) names the form field when it is about one
    FieldRule rule = FieldRule::None; // when the error is about a field: the rule Eko (or the input check) applied
    eko::EkoResponse response; // the raw answer; response.attempts == 0: nothing was sent
    Customer customer; // Lookup, Register, VerifyOtp, SenderEkycVerify
    QList<Recipient> recipients; // Recipients
    Recipient recipient; // AddRecipient
    OtpTicket otp; // Register (classic), ResendOtp, SenderEkyc, TransferOtp, RefundOtp
    TransferResult transfer; // Transfer, Refund
    QString message; // Eko's message, as it came

    bool sent() const { return response.attempts > 0; }
    QString field() const { return fieldOf(error); }
    // The error as a typed field error (field None when it is about the whole step).
    FieldError fieldProblem() const { return classify(error, rule == FieldRule::None ? FieldRule::Format : rule); }

    static DmtReply interpret(DmtStep step, Rail rail, const QString& mobile, const eko::EkoResponse& response);
};

} // namespace saathi::dmt

Q_DECLARE_METATYPE(saathi::dmt::DmtReply)
