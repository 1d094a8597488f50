// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>

namespace saathi::test {

// Well-known UIDAI test UIDs (not real people's numbers) and checksum-valid synthetic ones.
inline constexpr const char* kTestAadhaar = "999941057058";
inline constexpr const char* kTestAadhaar2 = "999971658847";

// An RSA key pair made for one test run.
struct TestKeyPair
{
    QByteArray publicDerBase64; // SubjectPublicKeyInfo, as Eko publishes keys
    QByteArray publicPem;
    QByteArray privatePem;
};

TestKeyPair makeRsaKeyPair(int bits = 1024);
// PKCS#1 v1.5 decryption with the private key; empty on failure.
QByteArray rsaDecrypt(const QByteArray& privatePem, const QByteArray& ciphertext);

} // namespace saathi::test
