// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi {

// Who the app is to Eko. Kept in the OS keychain (EkoCredentialStore); elsewhere only in memory.
struct EkoCredentials
{
    QString developerKey;
    QString accessKey;
    QString initiatorId; // the partner's registered mobile
    QString userCode; // the agent's 8-digit code
};

} // namespace saathi
