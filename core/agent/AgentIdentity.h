// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"

#include <QString>

namespace saathi::agent {

// The agent's own identity for eKYC and the daily login.
struct AgentIdentity
{
    QString agentMobile; // customer_id in Eko's agent KYC calls
    SecureBytes aadhaar;
    QString bankCode;
};

} // namespace saathi::agent
