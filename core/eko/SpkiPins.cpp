// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/SpkiPins.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonValue>

#include <memory>
#include <openssl/x509.h>

namespace saathi::eko {

QByteArray spkiPin(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &p, long(der.size())), &X509_free);
    if (!x509) {
        return {};
    }
    unsigned char* spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &spki);
    if (length <= 0) {
        return {};
    }
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char*>(spki), length),
                                                       QCryptographicHash::Sha256);
    OPENSSL_free(spki);
    return digest.toBase64();
}

bool chainMatchesPins(const QList<QSslCertificate>& chain, const QList<QByteArray>& pins)
{
    for (const QSslCertificate& certificate : chain) {
        if (pins.contains(spkiPin(certificate))) {
            return true;
        }
    }
    return false;
}

Result<QList<QByteArray>> parsePins(const QJsonValue& value)
{
    const auto bad = [](const QString& detail) {
        return Error {QStringLiteral("eko.bad_pins"),
                      QCoreApplication::translate("Eko", "The Eko key pins in the endpoint catalogue are not valid: %1")
                          .arg(detail),
                      detail};
    };
    if (!value.isArray()) {
        return bad(QStringLiteral("spki_pins is a list of base64 SHA-256 pins"));
    }
    QList<QByteArray> pins;
    for (const QJsonValue& entry : value.toArray()) {
        const QByteArray text = entry.toString().toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            return bad(QStringLiteral("'%1' is not base64 of a 32-byte SHA-256").arg(entry.toString().left(60)));
        }
        pins << text;
    }
    if (pins.size() < 2) {
        return bad(QStringLiteral("give at least two pins: the current key and a backup"));
    }
    return pins;
}

Error pinMismatchError(const QString& host)
{
    return Error {QStringLiteral("eko.pin_mismatch"),
                  QCoreApplication::translate("Eko",
                                              "Eko's server did not show the expected key, so nothing was sent. A "
                                              "proxy or a changed Eko key can cause this: call support."),
                  QStringLiteral("no certificate of %1 matches the catalogue's spki_pins").arg(host)};
}

} // namespace saathi::eko
