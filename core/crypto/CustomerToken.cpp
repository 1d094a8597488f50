// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/crypto/CustomerToken.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace saathi {

Result<CustomerTokenizer> CustomerTokenizer::fromKey(const SecureBytes& key)
{
    if (key.size() != kKeyBytes) {
        return Error {QStringLiteral("token.bad_key"),
                      QCoreApplication::translate("CustomerToken",
                                                  "The customer limit key in the keychain is damaged. Contact "
                                                  "support."),
                      QStringLiteral("key has %1 bytes, want %2").arg(key.size()).arg(kKeyBytes)};
    }
    return CustomerTokenizer(key);
}

SecureBytes CustomerTokenizer::generateKey()
{
    QByteArray raw(kKeyBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), kKeyBytes) != 1) {
        return {};
    }
    SecureBytes key(raw);
    secureWipe(raw);
    return key;
}

QString CustomerTokenizer::token(const SecureBytes& digits) const
{
    if (m_key.isEmpty() || digits.size() != 12) {
        return {};
    }
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (digits.constData()[i] < '0' || digits.constData()[i] > '9') {
            return {};
        }
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), m_key.constData(), int(m_key.size()),
              reinterpret_cast<const unsigned char*>(digits.constData()), std::size_t(digits.size()), mac, &length)) {
        return {};
    }
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(mac), int(length)).toHex());
}

} // namespace saathi
