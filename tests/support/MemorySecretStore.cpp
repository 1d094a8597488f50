// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "MemorySecretStore.h"

#include <QTimer>

namespace saathi::test {

namespace {
Error unavailable()
{
    return Error {QStringLiteral("keychain.unavailable"), QStringLiteral("No keychain on this computer."),
                  QStringLiteral("test store")};
}
} // namespace

SecretJob* MemorySecretStore::answer(SecretResult result)
{
    auto* job = new SecretJob(this);
    if (m_failing) {
        result.value.clear();
        result.error = unavailable();
    }
    QTimer::singleShot(0, job, [job, result] {
        Q_EMIT job->finished(result);
        job->deleteLater();
    });
    return job;
}

SecretJob* MemorySecretStore::read(const QString& key)
{
    SecretResult r;
    r.key = key;
    r.notFound = !m_values.contains(key);
    r.value = m_values.value(key);
    return answer(r);
}

SecretJob* MemorySecretStore::write(const QString& key, const QString& value)
{
    SecretResult r;
    r.key = key;
    if (failWrites) {
        r.error = unavailable();
    } else if (!m_failing) {
        m_values.insert(key, value);
    }
    return answer(r);
}

SecretJob* MemorySecretStore::remove(const QString& key)
{
    m_values.remove(key);
    SecretResult r;
    r.key = key;
    return answer(r);
}

} // namespace saathi::test
