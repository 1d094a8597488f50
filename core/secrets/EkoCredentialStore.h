// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/secrets/EkoCredentials.h"
#include "core/secrets/SecretStore.h"

#include <QObject>

#include <functional>

namespace saathi {

// The agent's Eko credentials for one environment, kept as one keychain entry ("eko/<env>/credentials", a JSON
// object) so they are saved and read together. The app's settings screen and saathi-cli share it.
class EkoCredentialStore
{
public:
    explicit EkoCredentialStore(SecretStore& store)
        : m_store(store)
    {
    }

    using LoadCallback = std::function<void(Result<EkoCredentials> credentials, bool found)>;
    using SaveCallback = std::function<void(Error error)>;

    // Callbacks run on the store's thread once the keychain answers; `context` ends them early if it dies.
    void load(EkoEnvironment env, QObject* context, LoadCallback done);
    void save(EkoEnvironment env, const EkoCredentials& credentials, QObject* context, SaveCallback done);
    void remove(EkoEnvironment env, QObject* context, SaveCallback done);

    static QString keyFor(EkoEnvironment env);
    // Every field present and plausible; the message names the first one that is not. The keychain entry may lack
    // the user_code while a new agent is going live (the partner's keys are checked and saved before onboarding).
    enum class UserCode { Required, Optional };
    static Error check(const EkoCredentials& credentials, UserCode userCode = UserCode::Required);

private:
    SecretStore& m_store;
};

} // namespace saathi
