// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/CustomerToken.h"
#include "core/secrets/SecretStore.h"

#include <functional>

namespace saathi {

// The installation's customer-token key (security.md A2) lives in the OS keychain as "saathi/customer-token-key"
// (base64 of 32 random bytes), created on first use. Without a keychain there is no key, and the counter says so
// rather than falling back to a plain hash or a file.
class CustomerTokenKeyStore
{
public:
    explicit CustomerTokenKeyStore(SecretStore& store)
        : m_store(store)
    {
    }
    using LoadCallback = std::function<void(Result<CustomerTokenizer> tokenizer)>;
    // Reads the key, or makes and saves one when there is none yet. `done` runs once, from the event loop, unless
    // `context` dies first.
    void loadOrCreate(QObject* context, LoadCallback done);
    static QString key() { return QStringLiteral("saathi/customer-token-key"); }

private:
    static void createKey(SecretStore& store, QObject* context, LoadCallback done);
    SecretStore& m_store;
};

} // namespace saathi
