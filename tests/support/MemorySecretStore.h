// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>

namespace saathi::test {

// The keychain, in memory, answering on a later turn of the event loop as the real one does. `failing`: every job
// answers with an error (a computer without a keychain); failWrites: only saving fails.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(bool failing = false)
        : m_failing(failing)
    {
    }
    SecretJob* read(const QString& key) override;
    SecretJob* write(const QString& key, const QString& value) override;
    SecretJob* remove(const QString& key) override;
    QString value(const QString& key) const { return m_values.value(key); }
    bool failWrites = false;

private:
    SecretJob* answer(SecretResult result);
    QHash<QString, QString> m_values;
    bool m_failing = false;
};

} // namespace saathi::test
