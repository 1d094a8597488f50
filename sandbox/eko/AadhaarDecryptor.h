// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/util/Error.h"

#include <QByteArray>

#include <memory>

namespace saathi::sandbox {

// The sandbox's half of Eko's `aadhar` field: RSA PKCS#1 v1.5 decryption with the sandbox's private key, then the
// Aadhaar rules (12 digits, Verhoeff). The plaintext comes back in a wiped buffer.
class AadhaarDecryptor
{
public:
    // The key pair built into the sandbox (resource :/saathi/sandbox/eko_sandbox_aadhaar_key.pem).
    static Result<AadhaarDecryptor> builtIn();
    static Result<AadhaarDecryptor> fromPrivateKeyPem(const QByteArray& pem);
    static QByteArray builtInPublicKeyPem();

    AadhaarDecryptor();
    ~AadhaarDecryptor();
    AadhaarDecryptor(const AadhaarDecryptor&);
    AadhaarDecryptor& operator=(const AadhaarDecryptor&);

    bool isValid() const { return m_key != nullptr; }
    // base64 ciphertext → validated 12 digits; an Error (detail without any digits) otherwise.
    Result<SecureBytes> decrypt(const QByteArray& base64Ciphertext) const;

private:
    struct Key;
    std::shared_ptr<Key> m_key;
};

} // namespace saathi::sandbox
