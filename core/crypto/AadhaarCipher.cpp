// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/crypto/AadhaarCipher.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace saathi {

struct AadhaarCipher::Key
{
    EVP_PKEY* pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {

QString lastOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) {
        return QStringLiteral("unknown OpenSSL error");
    }
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

Error keyError(const QString& detail)
{
    return Error {QStringLiteral("crypto.bad_public_key"),
                  QCoreApplication::translate("AadhaarCipher",
                                              "The Aadhaar encryption key is not a valid RSA public key. Check the key "
                                              "configured for this environment."),
                  detail};
}

EVP_PKEY* parseDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return d2i_PUBKEY(nullptr, &p, long(der.size()));
}

EVP_PKEY* parsePem(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio) {
        return nullptr;
    }
    EVP_PKEY* key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return key;
}

} // namespace

AadhaarCipher::AadhaarCipher() = default;
AadhaarCipher::~AadhaarCipher() = default;
AadhaarCipher::AadhaarCipher(const AadhaarCipher&) = default;
AadhaarCipher& AadhaarCipher::operator=(const AadhaarCipher&) = default;
AadhaarCipher::AadhaarCipher(AadhaarCipher&&) noexcept = default;
AadhaarCipher& AadhaarCipher::operator=(AadhaarCipher&&) noexcept = default;

Result<AadhaarCipher> AadhaarCipher::fromPublicKey(const QByteArray& keyText)
{
    const QByteArray trimmed = keyText.trimmed();
    if (trimmed.isEmpty()) {
        return keyError(QStringLiteral("empty key"));
    }
    EVP_PKEY* pkey = nullptr;
    if (trimmed.startsWith("-----BEGIN")) {
        pkey = parsePem(trimmed);
    } else {
        const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
        pkey = decoded ? parseDer(*decoded) : nullptr;
        if (!pkey) {
            ERR_clear_error();
            pkey = parseDer(keyText); // raw DER file
        }
    }
    if (!pkey) {
        return keyError(lastOpenSslError());
    }
    if (EVP_PKEY_get_base_id(pkey) != EVP_PKEY_RSA) {
        EVP_PKEY_free(pkey);
        return keyError(QStringLiteral("key is not RSA"));
    }
    if (EVP_PKEY_get_bits(pkey) < 1024) {
        const int bits = EVP_PKEY_get_bits(pkey);
        EVP_PKEY_free(pkey);
        return keyError(QStringLiteral("RSA key too short: %1 bits").arg(bits));
    }
    AadhaarCipher cipher;
    cipher.m_key = std::make_shared<Key>();
    cipher.m_key->pkey = pkey;
    return cipher;
}

Result<AadhaarCipher> AadhaarCipher::fromPublicKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {QStringLiteral("crypto.key_file_unreadable"),
                      QCoreApplication::translate("AadhaarCipher", "Cannot read the public key file %1.").arg(path),
                      file.errorString()};
    }
    return fromPublicKey(file.read(64 * 1024));
}

bool AadhaarCipher::isValid() const
{
    return m_key && m_key->pkey;
}

int AadhaarCipher::keyBits() const
{
    return isValid() ? EVP_PKEY_get_bits(m_key->pkey) : 0;
}

Result<QByteArray> AadhaarCipher::encrypt(const SecureBytes& plaintext) const
{
    const auto failure = [](const QString& detail) {
        return Error {QStringLiteral("crypto.encrypt_failed"),
                      QCoreApplication::translate("AadhaarCipher", "Could not encrypt the Aadhaar number."), detail};
    };
    if (!isValid()) {
        return failure(QStringLiteral("no key loaded"));
    }
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, m_key->pkey, nullptr);
    if (!ctx) {
        return failure(lastOpenSslError());
    }
    size_t outLen = 0;
    QByteArray out;
    bool ok = EVP_PKEY_encrypt_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0
        && EVP_PKEY_encrypt(ctx, nullptr, &outLen, reinterpret_cast<const unsigned char*>(plaintext.constData()),
                            size_t(plaintext.size()))
            > 0;
    if (ok) {
        out.resize(qsizetype(outLen));
        ok = EVP_PKEY_encrypt(ctx, reinterpret_cast<unsigned char*>(out.data()), &outLen,
                              reinterpret_cast<const unsigned char*>(plaintext.constData()), size_t(plaintext.size()))
            > 0;
        out.resize(qsizetype(outLen));
    }
    const QString detail = ok ? QString() : lastOpenSslError();
    EVP_PKEY_CTX_free(ctx);
    if (!ok) {
        return failure(detail);
    }
    return out.toBase64();
}

} // namespace saathi
