// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EkoConfig.h"
#include "core/eko/EkoResponse.h"
#include "core/settings/EnvironmentProfile.h"
#include "core/setup/GoLiveContext.h"
#include "core/util/Error.h"

#include <QObject>

namespace saathi::eko {
class EkoClient;
}

namespace saathi::setup {

// The Eko client one set-up step talks through: built from the environment's profile (so a distributor's base URL,
// CA, key and catalogue are honoured) and the credentials in hand, owned by the step and deleted with its answer.
// The counter's own client is not touched: a failed check leaves the running counter as it was.
class SetupClient
{
public:
    // Null with `error` set (a message for the agent) when the profile or the credentials cannot make a client.
    static eko::EkoClient* create(const GoLiveContext& context, const EnvironmentProfile& profile,
                                  const EkoCredentials& credentials, EnvironmentProfile::Purpose purpose,
                                  QObject* parent, Error* error);

    // What Eko itself said, for the agent to read: the envelope's message, or the gateway's own text on a 4xx.
    static QString ekoText(const eko::EkoResponse& response);
};

} // namespace saathi::setup
