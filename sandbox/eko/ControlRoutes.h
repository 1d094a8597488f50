// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/SandboxContext.h"

#include <functional>

namespace saathi::sandbox {

class SandboxRouter;

// Training and manual testing steer the sandbox over HTTP, outside Eko's roots and without Eko's authentication
// (the server listens on 127.0.0.1 only):
//   POST /sandbox/control {"action": "arm_fault", "fault": "<name>", "route": "<route>|financial|*", "times": n}
//                         {"action": "clear_faults"} {"action": "resolve_pending"} {"action": "activate_services"}
//                         {"action": "reset_daily_kyc"}
//   GET  /sandbox/ledger   the ledger (masked; no Aadhaar)
//   GET  /sandbox/dmt-ledger  the DMT ledger (transfers, fees, wallet debits, refunds)
//   GET  /sandbox/faults   fault names and what is armed
class ControlRoutes
{
public:
    ControlRoutes(SandboxContext& context, std::function<void()> resolveAllPending);
    void registerRoutes(SandboxRouter& router);

    static QJsonObject ledgerEntryJson(const LedgerEntry& entry);
    static QJsonObject dmtLedgerEntryJson(const DmtLedgerEntry& entry);

private:
    SandboxReply control(const RouteCall& call);
    SandboxReply ledger(const RouteCall& call);
    SandboxReply dmtLedger(const RouteCall& call);
    SandboxReply faults(const RouteCall& call);

    SandboxContext& m_ctx;
    std::function<void()> m_resolveAllPending;
};

} // namespace saathi::sandbox
