// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/util/Error.h"

#include <QString>

class QSettings;

namespace saathi {

// Who the agent is in one environment, as the header and every receipt show it: the name and shop the agent gave
// while going live (Eko's API returns only the user_code), the shop's address and the agent's own mobile (sent on
// the agent's KYC calls). The user_code itself lives in the keychain with the credentials. Kept per environment
// (agent/<env>/profile/…), so training's practice shop never appears on a real receipt.
struct AgentProfile
{
    QString agentName;
    QString shopName;
    QString shopAddress;
    QString agentMobile;

    bool isComplete() const { return !agentName.isEmpty() && !shopName.isEmpty() && !shopAddress.isEmpty(); }

    static AgentProfile load(const QSettings& settings, EkoEnvironment env);
    // Validates (translated message for the first bad field) and stores; nothing is stored on error.
    Error save(QSettings& settings, EkoEnvironment env) const;
    // Field checks for the set-up screen: 2–60 printable characters for the names, 5–160 for the address.
    Error check() const;
};

} // namespace saathi
