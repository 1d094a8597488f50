// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/SandboxContext.h"

namespace saathi::sandbox {

class SandboxRouter;

namespace fixtures {
struct Bank;
}

// Eko's read-only v3 tools (reference §5.4): the service catalogue, one bank's details and an IFSC's details, all
// from the sandbox's fixtures (banks, DMT channel rules).
class ToolsRoutes
{
public:
    explicit ToolsRoutes(SandboxContext& context);
    void registerRoutes(SandboxRouter& router);

    // What the tools say about a bank (README "Reference tools"): available_channels 0 both / 1 NEFT only /
    // 2 IMPS only; ifsc_status 1 short code for both, 2 short code IMPS only, 3 IFSC derived, 4 IFSC required;
    // isverificationavailable 1 where IMPS (and so the penny-drop check) is possible.
    static int ifscStatus(const fixtures::Bank& bank);
    static bool verificationAvailable(const fixtures::Bank& bank);

private:
    SandboxReply serviceCodes(const RouteCall& call);
    SandboxReply bank(const RouteCall& call);
    SandboxReply ifsc(const RouteCall& call);
    // initiator_id must be the partner's; `required` false lets a call without one through (the IFSC tool).
    bool checkInitiator(const RouteCall& call, bool required, SandboxReply* error) const;

    SandboxContext& m_ctx;
};

} // namespace saathi::sandbox
