// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// Core-internal: how the set-up and onboarding flows turn their forms into Eko's requests and Eko's answers into
// typed results. Shared by the go-live flows (AgentOnboarding, AepsActivationFlow) and the counter's
// OnboardingService, so both say the same thing for the same answer. Screens never include this.

#include "core/eko/AgentOperations.h"
#include "core/setup/AepsActivationFlow.h"
#include "core/setup/AgentOnboarding.h"

namespace saathi::eko {
struct EkoResponse;
}

namespace saathi::setup::answers {

// Onboarding's answer: the user_code, or the errors at the fields Eko names (or one for the page).
AgentOnboarding::Result onboarded(const eko::EkoResponse& response);

// The checked activation form as Eko's request; the form's Aadhaar is wiped (the request holds it until sent).
eko::AepsActivation activationRequest(ActivationForm& form);
// Activation's answer: pending (also when a request is in already), or the errors at the fields Eko names.
AepsActivationFlow::Submission activated(const eko::EkoResponse& response);

eko::FilePart documentPart(const char* field, const DocumentFile& doc);

} // namespace saathi::setup::answers
