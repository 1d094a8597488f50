// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/setup/GoLiveContext.h"
#include "core/setup/GoLiveProgress.h"

namespace saathi::ui {

// The going-live wizard's pages, one per set-up step, in order.
enum GoLivePageId {
    EnvironmentPageId,
    CredentialsPageId,
    OnboardingPageId,
    ShopPageId,
    ActivationPageId,
    FinishPageId
};

inline GoLivePageId pageOf(setup::GoLiveStep step)
{
    return static_cast<GoLivePageId>(static_cast<int>(step) + CredentialsPageId);
}

// What every page of the wizard shares: the context the core flows run on and the environment being set up.
struct GoLiveState
{
    setup::GoLiveContext context;
    EkoEnvironment environment = EkoEnvironment::Uat;
};

} // namespace saathi::ui
