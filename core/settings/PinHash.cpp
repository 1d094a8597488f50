// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/settings/PinHash.h"

#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace saathi::pin {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
const QLatin1String kScheme("pbkdf2-sha256");

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations)
{
    QByteArray secret = pin.toUtf8();
    QByteArray out(kHashBytes, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(
        secret.constData(), int(secret.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
        int(salt.size()), iterations, EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char*>(out.data()));
    secureWipe(secret);
    return ok == 1 ? out : QByteArray();
}
} // namespace

Error check(const QString& pin)
{
    bool digits = !pin.isEmpty();
    for (const QChar c : pin) {
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    }
    if (!digits || pin.size() < 4 || pin.size() > 8) {
        return Error {QStringLiteral("settings.bad_pin"),
                      QCoreApplication::translate("Settings", "The PIN must be 4 to 8 digits."),
                      {}};
    }
    return {};
}

QString hash(const QString& pin, int iterations)
{
    if (!check(pin).isNull() || iterations < 1) {
        return {};
    }
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), int(salt.size())) != 1) {
        return {};
    }
    const QByteArray derived = derive(pin, salt, iterations);
    if (derived.isEmpty()) {
        return {};
    }
    return QStringList {kScheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                        QString::fromLatin1(derived.toBase64())}
        .join(QLatin1Char('$'));
}

bool verify(const QString& pin, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kScheme) {
        return false;
    }
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (!ok || iterations < 1 || iterations > 10000000 || salt.isEmpty() || expected.size() != kHashBytes) {
        return false;
    }
    const QByteArray actual = derive(pin, salt, iterations);
    return actual.size() == expected.size() && CRYPTO_memcmp(actual.constData(), expected.constData(), kHashBytes) == 0;
}

} // namespace saathi::pin
