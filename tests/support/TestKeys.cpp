// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "TestKeys.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace saathi::test {

namespace {
QByteArray bioToBytes(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(len));
}
} // namespace

TestKeyPair makeRsaKeyPair(int bits)
{
    TestKeyPair pair;
    EVP_PKEY* key = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!key) {
        return pair;
    }
    unsigned char* der = nullptr;
    const int derLen = i2d_PUBKEY(key, &der);
    if (derLen > 0) {
        pair.publicDerBase64 = QByteArray(reinterpret_cast<const char*>(der), derLen).toBase64();
        OPENSSL_free(der);
    }
    BIO* pub = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(pub, key);
    pair.publicPem = bioToBytes(pub);
    BIO_free(pub);
    BIO* priv = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(priv, key, nullptr, nullptr, 0, nullptr, nullptr);
    pair.privatePem = bioToBytes(priv);
    BIO_free(priv);
    EVP_PKEY_free(key);
    return pair;
}

QByteArray rsaDecrypt(const QByteArray& privatePem, const QByteArray& ciphertext)
{
    BIO* bio = BIO_new_mem_buf(privatePem.constData(), int(privatePem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key) {
        return {};
    }
    QByteArray out;
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key, nullptr);
    size_t len = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(ciphertext.constData());
    if (ctx && EVP_PKEY_decrypt_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0
        && EVP_PKEY_decrypt(ctx, nullptr, &len, in, size_t(ciphertext.size())) > 0) {
        out.resize(qsizetype(len));
        if (EVP_PKEY_decrypt(ctx, reinterpret_cast<unsigned char*>(out.data()), &len, in, size_t(ciphertext.size()))
            > 0) {
            out.resize(qsizetype(len));
        } else {
            out.clear();
        }
    }
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(key);
    return out;
}

} // namespace saathi::test
