// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/DmtEngine.h"
#include "sandbox/eko/SandboxContext.h"

#include <functional>
#include <optional>

namespace saathi::sandbox {

// The DMT steps both rails share once a rail has read its own fields: the transfer checks and commit, inquiry,
// refund OTPs and refunds (reference §7, §8, §17.5). The rails differ only in a few codes (limit 945 classic / 36
// Fino, wallet 347 classic / 55 Fino) and in Fino's transfer OTP, which runs as `beforeCommit`.
class DmtDesk
{
public:
    explicit DmtDesk(SandboxContext& context);

    // Duplicate client_ref_id → 97 "use transaction inquiry"; customer (463 / 308, classic unverified 37); recipient
    // 313; amount ₹100–5,000 → 97; channel 460 / 344 IMPS / 317 NEFT; faults and magic amounts; monthly limit;
    // wallet amount + fee; then `beforeCommit` (may reject); then the bank.
    SandboxReply transfer(const RouteCall& call, Agent& agent, const DmtTransferRequest& request,
                          const std::function<std::optional<SandboxReply>()>& beforeCommit = {});
    // The transfer's state (settling it when due) or nothing when the reference is not a DMT transfer.
    std::optional<SandboxReply> inquiry(const QString& ref);
    SandboxReply sendRefundOtp(const QString& tid);
    // `otpRefId` empty: the newest refund OTP of the tid (the classic call sends none).
    SandboxReply refund(const QString& tid, const QString& otp, const QString& otpRefId);
    // The refund routes of both rails (the tid is the route's first capture): initiator_id, then the fields the
    // rail requires (classic: otp, state; Fino: otp, otp_ref_id), then sendRefundOtp() / refund().
    SandboxReply refundOtpRoute(const RouteCall& call);
    SandboxReply refundRoute(const RouteCall& call, const QStringList& required);
    // Recipients (reference §7.1, §7.3): checks (DmtRecipientRules), 342 duplicate, 43 added; 23 list / 22 none;
    // delete (313 unknown).
    SandboxReply addRecipient(DmtCustomer& customer, const RequestParams& params, const QString& account,
                              const QString& ifsc);
    static SandboxReply listRecipients(const DmtCustomer& customer);
    SandboxReply deleteRecipient(DmtCustomer& customer, const QString& recipientId);
    // Every Initiated transfer reaches its scripted end now (resolve_pending).
    void resolveAll();

    // Shared answers.
    static SandboxReply customerMissing(DmtRail rail);
    static SandboxReply recipientMissing();
    bool isDuplicate(const QString& clientRefId);
    // Calls that carry only initiator_id (inquiry, refunds, delete recipient): 97 when missing, 319 when unknown.
    std::optional<SandboxReply> initiatorProblem(const RequestParams& params) const;
    QDateTime ist(qint64 ms) const;

private:
    void settleIfDue(DmtLedgerEntry& entry);
    // The transfer `tid`, settled when due, if it may be refunded; nullptr and 168 / 461 in `error` otherwise.
    DmtLedgerEntry* refundable(const QString& tid, SandboxReply* error);
    std::optional<DmtScript> scriptFor(const RouteCall& call, Paise amount, bool* walletShort);

    SandboxContext& m_ctx;
};

} // namespace saathi::sandbox
