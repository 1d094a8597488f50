// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/DmtDesk.h"

namespace saathi::sandbox {

class SandboxRouter;

// DMT-Fino (reference §7.3, EPS "master" paths under /v3/customer/payment/dmt-fino): get sender (308 / 2134 / 309),
// onboard, sender biometric eKYC (2129) and its OTP (2132), recipients, the single-use transfer OTP (2133) and the
// transfer; plus the v3 refund OTP and refund (§8), which take any DMT tid. JSON bodies.
class DmtFinoRoutes
{
public:
    DmtFinoRoutes(SandboxContext& context, DmtDesk& desk);
    void registerRoutes(SandboxRouter& router);

private:
    SandboxReply getSender(const RouteCall& call);
    SandboxReply onboard(const RouteCall& call);
    SandboxReply senderEkyc(const RouteCall& call);
    SandboxReply validateEkycOtp(const RouteCall& call);
    SandboxReply listRecipients(const RouteCall& call);
    SandboxReply addRecipient(const RouteCall& call);
    SandboxReply deleteRecipient(const RouteCall& call);
    SandboxReply transferOtp(const RouteCall& call);
    SandboxReply transfer(const RouteCall& call);
    SandboxReply refundOtp(const RouteCall& call);
    SandboxReply refund(const RouteCall& call);

    // The agent and the sender named by `mobile`; on failure `error` holds Eko's answer.
    DmtCustomer* senderFor(const RouteCall& call, const QString& mobile, SandboxReply* error);
    SandboxReply senderAnswer(const DmtCustomer& sender) const;

    SandboxContext& m_ctx;
    DmtDesk& m_desk;
    qint64 m_nextKycRequest = 880001;
};

} // namespace saathi::sandbox
