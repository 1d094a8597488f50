// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/SandboxContext.h"

namespace saathi::sandbox {

class SandboxRouter;

// Customer transactions (reference §6.5, §6.7, §8): v3 cash withdrawal / balance enquiry / mini statement,
// legacy POST /v2/aeps (service_type 2/3/4/5, request_hash), and transaction inquiry by tid or client_ref_id.
class AepsRoutes
{
public:
    explicit AepsRoutes(SandboxContext& context);
    void registerRoutes(SandboxRouter& router);

    // Moves a pending entry to its final state (used by inquiry and by EkoSandbox::resolvePending).
    void resolve(LedgerEntry& entry);

private:
    SandboxReply v3Transaction(const RouteCall& call, TxKind kind);
    SandboxReply legacyAeps(const RouteCall& call);
    SandboxReply inquiry(const RouteCall& call);
    // Everything after the route-specific field checks: agent state, duplicates, PID, faults, the engine.
    SandboxReply transact(const RouteCall& call, Agent& agent, TxKind kind, const QString& customerMobile,
                          const SecureBytes& aadhaar, Paise amount);
    bool checkAmount(TxKind kind, const QString& text, Paise* amount, QMap<QString, QString>* invalid) const;

    SandboxContext& m_ctx;
};

} // namespace saathi::sandbox
