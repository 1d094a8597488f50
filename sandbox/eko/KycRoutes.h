// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/SandboxContext.h"

namespace saathi::sandbox {

class SandboxRouter;

// The agent's one-time bank eKYC (OTP 1600 → verify 1604 with new refs → biometric with wadh 1605) and the daily
// KYC / 2FA (1713) that every IST calendar day needs before a transaction (reference §6.1–6.4, §17.3).
class KycRoutes
{
public:
    explicit KycRoutes(SandboxContext& context);
    void registerRoutes(SandboxRouter& router);

private:
    SandboxReply sendOtp(const RouteCall& call);
    SandboxReply verifyOtp(const RouteCall& call);
    SandboxReply biometric(const RouteCall& call);
    SandboxReply daily(const RouteCall& call);
    // Common checks: agent, service 43, fields, Aadhaar. Null on failure with `error` set.
    Agent* prepare(const RouteCall& call, const QStringList& required, SecureBytes* aadhaar, SandboxReply* error);
    QString newRef(const char* prefix);
    // Each eKYC step hands out fresh otp_ref_id/reference_tid, which the next step must send back.
    SandboxReply issueRefs(Agent* agent, int responseTypeId, const QString& message);

    SandboxContext& m_ctx;
    qint64 m_nextRef = 7310000001;
};

} // namespace saathi::sandbox
