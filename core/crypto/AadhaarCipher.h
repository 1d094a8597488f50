// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/util/Error.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace saathi {

// Encrypts an Aadhaar number for Eko's `aadhar` field: RSA with PKCS#1 v1.5 padding under the environment's public
// key, standard base64 out (reference eko-api.md §2.4). Every call pads with fresh randomness, so two encryptions
// of one number differ.
class AadhaarCipher
{
public:
    // Accepts base64 DER SubjectPublicKeyInfo (Eko publishes its keys this way), raw DER, or PEM.
    static Result<AadhaarCipher> fromPublicKey(const QByteArray& keyText);
    static Result<AadhaarCipher> fromPublicKeyFile(const QString& path);

    AadhaarCipher();
    ~AadhaarCipher();
    AadhaarCipher(const AadhaarCipher&);
    AadhaarCipher& operator=(const AadhaarCipher&);
    AadhaarCipher(AadhaarCipher&&) noexcept;
    AadhaarCipher& operator=(AadhaarCipher&&) noexcept;

    bool isValid() const;
    int keyBits() const;
    // The plaintext must already be validated; it is not kept.
    Result<QByteArray> encrypt(const SecureBytes& plaintext) const;

private:
    struct Key;
    std::shared_ptr<Key> m_key; // immutable EVP_PKEY, shared read-only between copies
};

} // namespace saathi
