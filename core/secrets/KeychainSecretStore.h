// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/secrets/SecretStore.h"

namespace saathi {

// QtKeychain behind SecretStore: Secret Service (GNOME Keyring, KWallet) on Linux, Credential Manager on Windows,
// Keychain on macOS. Insecure fallback is off on every job: without a keychain, saving fails with a clear message
// and nothing is written to disk (security.md K1).
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("in.saathi.Saathi"), QObject* parent = nullptr);

    SecretJob* read(const QString& key) override;
    SecretJob* write(const QString& key, const QString& value) override;
    SecretJob* remove(const QString& key) override;

private:
    QString m_service;
};

} // namespace saathi
