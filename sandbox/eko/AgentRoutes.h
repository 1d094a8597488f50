// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/SandboxContext.h"

namespace saathi::sandbox {

class SandboxRouter;

// Agent management (reference §5): onboarding, service activation (generic, classic v1 and AePS Fingpay with
// documents), the services list (v3 and classic v1), the activation lookups (states, MCC), banks and the E-value
// balance.
class AgentRoutes
{
public:
    explicit AgentRoutes(SandboxContext& context);
    void registerRoutes(SandboxRouter& router);

private:
    SandboxReply onboard(const RouteCall& call);
    SandboxReply activateService(const RouteCall& call);
    SandboxReply activateServiceClassic(const RouteCall& call);
    // The generic activation's effect and answer, whichever route asked (v3 path or classic form).
    SandboxReply activate(Agent& agent, int serviceCode);
    SandboxReply activateFingpay(const RouteCall& call);
    SandboxReply services(const RouteCall& call);
    SandboxReply servicesClassic(const RouteCall& call);
    static SandboxReply servicesOf(const Agent& agent);
    SandboxReply lookupList(const RouteCall& call, int responseTypeId, const QJsonArray& list);
    SandboxReply banks(const RouteCall& call);
    SandboxReply balance(const RouteCall& call);
    Agent* pathAgent(const RouteCall& call, SandboxReply* error);
    bool checkInitiator(const RouteCall& call, SandboxReply* error) const;

    SandboxContext& m_ctx;
};

} // namespace saathi::sandbox
