// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "app/CounterEnvironment.h"
#include "core/eko/EkoConfig.h"

namespace saathi {

// UAT or production: the real Eko at the profile's address (settings eko/<env>/… over Eko's published defaults),
// the agent's credentials from the keychain, the RD services on 127.0.0.1:11100–11120, and the identity the agent
// gave while going live. Nothing here listens on a port.
class LiveEnvironment final : public CounterEnvironment
{
    Q_OBJECT
public:
    LiveEnvironment(EkoEnvironment kind, const Context& context, QObject* parent = nullptr);
    void prepare() override;

private:
    void configure(const Result<eko::EkoCredentials>& credentials, bool found);
};

} // namespace saathi
