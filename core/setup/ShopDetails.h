// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/settings/AgentProfile.h"
#include "core/util/Error.h"

class QSettings;

namespace saathi {
class AppSettings;
}

namespace saathi::setup {

// Step 3 of going live: who the agent is on receipts and where the shop is. Saved together — the AgentProfile of
// the environment and the shop's latlong — or not at all, so a half-saved shop never reaches a receipt.
struct ShopDetails
{
    AgentProfile profile;
    QString latLong;

    enum class Field { None, AgentName, ShopName, ShopAddress, AgentMobile, LatLong };
    struct SaveResult
    {
        Field field = Field::None;
        Error error;
        bool ok() const { return error.isNull(); }
    };

    // What the screen starts with: the saved profile, else what onboarding typed; the saved latlong.
    static ShopDetails prefill(const QSettings& settings, const AppSettings& appSettings, EkoEnvironment env);
    // Onboarding's typed details, kept (setup/<env>/draft/…) until the agent confirms them on the shop screen.
    static void rememberDraft(QSettings& settings, EkoEnvironment env, const AgentProfile& draft);

    SaveResult check() const;
    SaveResult save(QSettings& settings, AppSettings& appSettings, EkoEnvironment env) const;
};

} // namespace saathi::setup
