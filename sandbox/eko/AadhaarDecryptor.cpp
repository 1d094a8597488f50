// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "AadhaarDecryptor.h"

#include "core/validation/AadhaarNumber.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace saathi::sandbox {

struct AadhaarDecryptor::Key
{
    EVP_PKEY* pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {

QByteArray readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Error decryptError(const QString& detail)
{
    return Error {QStringLiteral("sandbox.bad_aadhar"), QStringLiteral("Invalid Aadhaar"), detail};
}

} // namespace

AadhaarDecryptor::AadhaarDecryptor() = default;
AadhaarDecryptor::~AadhaarDecryptor() = default;
AadhaarDecryptor::AadhaarDecryptor(const AadhaarDecryptor&) = default;
AadhaarDecryptor& AadhaarDecryptor::operator=(const AadhaarDecryptor&) = default;

Result<AadhaarDecryptor> AadhaarDecryptor::builtIn()
{
    QByteArray pem = readResource(QStringLiteral(":/saathi/sandbox/eko_sandbox_aadhaar_key.pem"));
    auto result = fromPrivateKeyPem(pem);
    secureWipe(pem);
    return result;
}

QByteArray AadhaarDecryptor::builtInPublicKeyPem()
{
    return readResource(QStringLiteral(":/saathi/sandbox/eko_sandbox_aadhaar_pub.pem"));
}

Result<AadhaarDecryptor> AadhaarDecryptor::fromPrivateKeyPem(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    if (!bio) {
        return decryptError(QStringLiteral("BIO_new_mem_buf failed"));
    }
    EVP_PKEY* pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!pkey) {
        return Error {QStringLiteral("sandbox.no_key"), QStringLiteral("The sandbox's Aadhaar key cannot be read."),
                      QStringLiteral("PEM_read_bio_PrivateKey failed")};
    }
    AadhaarDecryptor d;
    d.m_key = std::make_shared<Key>();
    d.m_key->pkey = pkey;
    return d;
}

Result<SecureBytes> AadhaarDecryptor::decrypt(const QByteArray& base64Ciphertext) const
{
    if (!m_key) {
        return decryptError(QStringLiteral("no key"));
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(base64Ciphertext.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() > 512) {
        return decryptError(QStringLiteral("not base64 or wrong length"));
    }
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(m_key->pkey, nullptr);
    if (!ctx) {
        return decryptError(QStringLiteral("EVP_PKEY_CTX_new failed"));
    }
    QByteArray out(512, '\0');
    size_t outLen = static_cast<size_t>(out.size());
    const auto* in = reinterpret_cast<const unsigned char*>(decoded.decoded.constData());
    const bool ok = EVP_PKEY_decrypt_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0
        && EVP_PKEY_decrypt(ctx, reinterpret_cast<unsigned char*>(out.data()), &outLen, in,
                            static_cast<size_t>(decoded.decoded.size()))
            > 0;
    EVP_PKEY_CTX_free(ctx);
    if (!ok) {
        secureWipe(out);
        return decryptError(QStringLiteral("RSA decryption failed"));
    }
    out.truncate(static_cast<qsizetype>(outLen));
    QString text = QString::fromLatin1(out);
    secureWipe(out);
    // Only exactly 12 ASCII digits: no spaces or separators inside the ciphertext.
    bool digitsOnly = text.size() == 12;
    for (QChar c : text) {
        digitsOnly = digitsOnly && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    }
    ValidationResult check = aadhaar::validateAadhaar(text);
    secureWipe(text);
    if (!digitsOnly || !check.valid) {
        secureWipe(check.normalized);
        return decryptError(QStringLiteral("plaintext is not a valid Aadhaar number"));
    }
    SecureBytes plain = SecureBytes::fromString(check.normalized);
    secureWipe(check.normalized);
    return plain;
}

} // namespace saathi::sandbox
