// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/DmtDesk.h"

namespace saathi::sandbox {

class SandboxRouter;

// Classic DMT (reference §7.1, seed 000): /v2 (or /v1) customers, OTP verification, recipients, POST /v2/transactions,
// inquiry by tid or client_ref_id:, refund OTP and refund. Bodies are form-urlencoded; GETs read the query string.
class DmtClassicRoutes
{
public:
    DmtClassicRoutes(SandboxContext& context, DmtDesk& desk);
    void registerRoutes(SandboxRouter& router);

private:
    SandboxReply getCustomer(const RouteCall& call);
    SandboxReply createCustomer(const RouteCall& call);
    SandboxReply verifyCustomer(const RouteCall& call);
    SandboxReply resendOtp(const RouteCall& call);
    SandboxReply addRecipient(const RouteCall& call);
    SandboxReply listRecipients(const RouteCall& call);
    SandboxReply getRecipient(const RouteCall& call);
    SandboxReply deleteRecipient(const RouteCall& call);
    SandboxReply transfer(const RouteCall& call);
    SandboxReply inquiry(const RouteCall& call);
    SandboxReply refundOtp(const RouteCall& call);
    SandboxReply refund(const RouteCall& call);

    // The agent (initiator_id + user_code) and the customer named in the path; a verified one if `verified`.
    DmtCustomer* customerFor(const RouteCall& call, bool verified, SandboxReply* error);

    SandboxContext& m_ctx;
    DmtDesk& m_desk;
};

} // namespace saathi::sandbox
