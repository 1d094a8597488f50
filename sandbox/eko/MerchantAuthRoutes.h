// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/SandboxContext.h"

namespace saathi::sandbox {

class SandboxRouter;

// Per-withdrawal merchant authentication (reference §6.6, open question 1): POST /v2/aeps/aepsmerchantauth with the
// agent's own finger (no wadh), as the legacy integrator called it. Its id goes into the next cash withdrawal as
// reference_id or reference_tid (contradiction 14: the sandbox takes either). Whether a withdrawal needs one is the
// catalogue's switch merchant_auth_per_withdrawal, off by default until Eko confirms it.
class MerchantAuthRoutes
{
public:
    static constexpr qint64 kValidityMs = 5 * 60 * 1000; // [I]

    explicit MerchantAuthRoutes(SandboxContext& context);
    void registerRoutes(SandboxRouter& router);

    // For a cash withdrawal: empty when it may go ahead (switch off, or a fresh id that is now used up), else the
    // reason Eko's answer gives.
    static QString checkWithdrawal(SandboxContext& ctx, Agent& agent, const RequestParams& params);

private:
    SandboxReply authenticate(const RouteCall& call);

    SandboxContext& m_ctx;
    int m_next = 1;
};

} // namespace saathi::sandbox
