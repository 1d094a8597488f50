// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/util/Error.h"

#include <QString>

namespace saathi {

// security.md A2: where the counter must recognise a customer across transactions (NPCI's 5 approved cash
// withdrawals per customer per terminal per day) it keeps HMAC-SHA256(key, Aadhaar digits), never the number and
// never a plain hash (one is reversed in under a second once the last four digits are known, X9). The 32-byte key
// is random per installation and lives in the OS keychain (CustomerTokenKey), so the journal file alone reveals
// nothing. Only Aadhaar numbers get a token: a VID is temporary and must not link transactions (A7).
class CustomerTokenizer
{
public:
    static constexpr int kKeyBytes = 32;

    // An unusable tokenizer: token() answers empty, and limits keyed on it are not enforced.
    CustomerTokenizer() = default;
    static Result<CustomerTokenizer> fromKey(const SecureBytes& key);
    static SecureBytes generateKey(); // from OpenSSL's CSPRNG

    bool isValid() const { return !m_key.isEmpty(); }
    // 64 lower-case hex characters, or empty when `digits` is not a 12-digit Aadhaar number (e.g. a VID) or the
    // tokenizer has no key.
    QString token(const SecureBytes& digits) const;

private:
    explicit CustomerTokenizer(SecureBytes key)
        : m_key(std::move(key))
    {
    }
    SecureBytes m_key;
};

} // namespace saathi
