// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "TestKeys.h"
#include "core/crypto/AadhaarCipher.h"
#include "core/crypto/EkoPublicKeys.h"

#include <QTemporaryFile>
#include <QTest>

using namespace saathi;

class TestAadhaarCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_keys = test::makeRsaKeyPair(1024);
        QVERIFY(!m_keys.privatePem.isEmpty());
    }

    void roundTripDecryptsWithOpenSsl_data()
    {
        QTest::addColumn<QByteArray>("publicKey");
        QTest::newRow("base64 DER SPKI") << m_keys.publicDerBase64;
        QTest::newRow("PEM") << m_keys.publicPem;
        QTest::newRow("raw DER") << QByteArray::fromBase64(m_keys.publicDerBase64);
    }
    void roundTripDecryptsWithOpenSsl()
    {
        QFETCH(QByteArray, publicKey);
        const auto cipher = AadhaarCipher::fromPublicKey(publicKey);
        QVERIFY2(cipher.ok(), qPrintable(cipher.error().detail));
        QCOMPARE(cipher.value().keyBits(), 1024);
        const auto encrypted = cipher.value().encrypt(SecureBytes(QByteArray(test::kTestAadhaar)));
        QVERIFY(encrypted.ok());
        QCOMPARE(encrypted.value().size(), 172); // 128 bytes as padded base64, as Eko expects
        const QByteArray plain = test::rsaDecrypt(m_keys.privatePem, QByteArray::fromBase64(encrypted.value()));
        QCOMPARE(plain, QByteArray(test::kTestAadhaar));
    }

    void twoEncryptionsOfOneNumberDiffer()
    {
        const auto cipher = AadhaarCipher::fromPublicKey(m_keys.publicDerBase64);
        QVERIFY(cipher.ok());
        const SecureBytes number(QByteArray(test::kTestAadhaar));
        const auto a = cipher.value().encrypt(number);
        const auto b = cipher.value().encrypt(number);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value() != b.value());
        QCOMPARE(test::rsaDecrypt(m_keys.privatePem, QByteArray::fromBase64(b.value())),
                 QByteArray(test::kTestAadhaar));
    }

    void malformedKeysGiveAClearError_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not base64") << QByteArray("this is not a key!");
        QTest::newRow("truncated DER") << m_keys.publicDerBase64.left(60);
        QTest::newRow("garbage PEM") << QByteArray("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        QTest::newRow("private key text") << m_keys.privatePem.left(40);
    }
    void malformedKeysGiveAClearError()
    {
        QFETCH(QByteArray, key);
        const auto cipher = AadhaarCipher::fromPublicKey(key);
        QVERIFY(!cipher.ok());
        QCOMPARE(cipher.error().code, QStringLiteral("crypto.bad_public_key"));
        QVERIFY(cipher.error().userMessage.contains(QStringLiteral("not a valid RSA public key")));
    }

    void unreadableKeyFileIsReported()
    {
        const auto cipher = AadhaarCipher::fromPublicKeyFile(QStringLiteral("/nonexistent/key.pem"));
        QVERIFY(!cipher.ok());
        QCOMPARE(cipher.error().code, QStringLiteral("crypto.key_file_unreadable"));
    }

    void keyFileInPemLoads()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(m_keys.publicPem);
        file.close();
        QVERIFY(AadhaarCipher::fromPublicKeyFile(file.fileName()).ok());
    }

    void publishedEkoKeysShipAndEncrypt_data()
    {
        QTest::addColumn<int>("env");
        QTest::newRow("uat") << int(EkoEnvironment::Uat);
        QTest::newRow("production") << int(EkoEnvironment::Production);
    }
    void publishedEkoKeysShipAndEncrypt()
    {
        QFETCH(int, env);
        const QByteArray key = publishedAadhaarKey(EkoEnvironment(env));
        QCOMPARE(QByteArray::fromBase64(key).size(), 162); // RSA-1024 SPKI, eko-api.md §2.4
        const auto cipher = AadhaarCipher::fromPublicKey(key);
        QVERIFY(cipher.ok());
        QCOMPARE(cipher.value().keyBits(), 1024);
        const auto encrypted = cipher.value().encrypt(SecureBytes(QByteArray(test::kTestAadhaar)));
        QVERIFY(encrypted.ok());
        QCOMPARE(encrypted.value().size(), 172);
    }

    void publishedKeysDifferPerEnvironment()
    {
        QVERIFY(publishedAadhaarKey(EkoEnvironment::Uat) != publishedAadhaarKey(EkoEnvironment::Production));
        QVERIFY(publishedAadhaarKey(EkoEnvironment::Training).isEmpty());
    }

    void invalidCipherRefusesToEncrypt()
    {
        const AadhaarCipher none;
        QVERIFY(!none.isValid());
        QVERIFY(!none.encrypt(SecureBytes(QByteArray(test::kTestAadhaar))).ok());
    }

private:
    test::TestKeyPair m_keys;
};

QTEST_GUILESS_MAIN(TestAadhaarCipher)
#include "TestAadhaarCipher.moc"
