// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/crypto/EkoSigner.h"

#include "core/crypto/SecureBytes.h"
#include "core/util/Clock.h"

#include <QMessageAuthenticationCode>

namespace saathi {

namespace {
QByteArray hmacBase64(const QString& accessKey, const QByteArray& message)
{
    // The key is the base64 *text* of the access key, used as bytes; it is not decoded back (Eko's rule).
    QByteArray rawKey = accessKey.toUtf8();
    QByteArray key = rawKey.toBase64();
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
    secureWipe(rawKey);
    secureWipe(key);
    return mac.toBase64();
}
} // namespace

QByteArray EkoSigner::secretKey(const QString& accessKey, qint64 timestampMs)
{
    return hmacBase64(accessKey, QByteArray::number(timestampMs));
}

QByteArray EkoSigner::requestHash(const QString& accessKey, qint64 timestampMs, const QStringList& fields)
{
    QByteArray message = QByteArray::number(timestampMs);
    for (const QString& field : fields) {
        message += field.toUtf8();
    }
    QByteArray hash = hmacBase64(accessKey, message);
    secureWipe(message); // may hold a plain Aadhaar number (legacy /v2/aeps)
    return hash;
}

SignedHeaders EkoSigner::sign(const QString& accessKey, const Clock& clock)
{
    const qint64 ts = clock.nowMs();
    return SignedHeaders {QByteArray::number(ts), secretKey(accessKey, ts)};
}

} // namespace saathi
