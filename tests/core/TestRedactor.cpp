// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "LogCapture.h"
#include "TestKeys.h"
#include "crypto/AadhaarCipher.h"
#include "crypto/EkoSigner.h"
#include "logging/LogCategories.h"
#include "logging/Redactor.h"
#include "validation/AadhaarNumber.h"

#include <QTest>

using namespace saathi;

namespace {
const QString kAadhaar = QString::fromLatin1(test::kTestAadhaar);
const QStringList kForbidden
    = {QStringLiteral("999941057058"), QStringLiteral("9999 4105 7058"), QStringLiteral("9999-4105-7058"),
       QStringLiteral("<Skey"),        QStringLiteral("<Hmac"),          QStringLiteral("SECRETDATA"),
       QStringLiteral("d2fe1d99-6298")};
const QString kPid
    = QStringLiteral("<PidData><Resp errCode=\"0\"/><DeviceInfo dpId=\"X\"/><Skey ci=\"20280813\">SECRETDATAskey</Skey>"
                     "<Hmac>SECRETDATAhmac</Hmac><Data type=\"X\">SECRETDATAdata</Data></PidData>");

bool leaks(const QString& s)
{
    for (const QString& f : kForbidden) {
        if (s.contains(f)) {
            return true;
        }
    }
    return false;
}
} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("saathi.*.debug=true"));
        test::LogCapture::install();
        redact::installMessageHandler(); // in front of the capture, as in main()
        redact::installMessageHandler(); // idempotent
    }

    void redactsPlantedSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("plain") << QStringLiteral("customer 999941057058 withdrew");
        QTest::newRow("spaced") << QStringLiteral("aadhaar: 9999 4105 7058.");
        QTest::newRow("hyphens") << QStringLiteral("id=9999-4105-7058&x=1");
        QTest::newRow("glued to letters") << QStringLiteral("abc999941057058xyz");
        QTest::newRow("json aadhar field")
            << QStringLiteral("{\"aadhar\":\"c29tZSBjaXBoZXJ0ZXh0\",\"amount\":\"100\"}");
        QTest::newRow("form aadhar field") << QStringLiteral("initiator_id=1&aadhar=999941057058&amount=5");
        QTest::newRow("pid block") << QStringLiteral("body: ") + kPid + QStringLiteral(" end");
        QTest::newRow("unterminated pid") << QStringLiteral("<PidData><Skey ci=\"1\">SECRETDATA");
        QTest::newRow("pid in json") << QStringLiteral("{\"piddata\":\"") + kPid + QStringLiteral("\"}");
        QTest::newRow("secret-key header")
            << QStringLiteral("secret-key: 88lqTf9ew69XbVbeczjxVL8/B4vibfp1MvTi1mIj2Xo=");
        QTest::newRow("access key json") << QStringLiteral(
            "{\"access_key\": \"d2fe1d99-6298-4af2-8cc5-d97dcf46df30\"}");
        QTest::newRow("two numbers") << QStringLiteral("999941057058 and 999971658847");
    }
    void redactsPlantedSecrets()
    {
        QFETCH(QString, input);
        const QString out = redact::text(input);
        QVERIFY2(!leaks(out), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("999971658847")));
        QVERIFY(!out.contains(QStringLiteral("88lqTf9ew69")));
        QVERIFY(!out.contains(QStringLiteral("c29tZSBjaXBoZXJ0ZXh0")));
    }

    void keepsHarmlessText()
    {
        QCOMPARE(redact::text(QStringLiteral("amount 2500 to 9876543210 at 1700000000000")),
                 QStringLiteral("amount 2500 to 9876543210 at 1700000000000"));
        QCOMPARE(redact::text(QStringLiteral("customer 999941057058")), QStringLiteral("customer XXXX XXXX 7058"));
        // A 12-digit run that fails Verhoeff (most RRNs) survives.
        QCOMPARE(redact::text(QStringLiteral("rrn 234123412341")), QStringLiteral("rrn 234123412341"));
    }

    void noLogLineCarriesAnAadhaarNumber()
    {
        test::LogCapture::clear();
        // The code paths that handle Aadhaar numbers, with every saathi category at debug level, plus careless
        // log calls of the kind a future change might add.
        const auto keys = test::makeRsaKeyPair(1024);
        const auto cipher = AadhaarCipher::fromPublicKey(keys.publicDerBase64);
        QVERIFY(cipher.ok());
        const auto check = aadhaar::validateAadhaar(QStringLiteral("9999 4105 7058"));
        QVERIFY(check.valid);
        QVERIFY(cipher.value().encrypt(SecureBytes::fromString(check.normalized)).ok());
        EkoSigner::requestHash(QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"), 1, {kAadhaar});
        qCDebug(lcEko) << "request body" << QStringLiteral("{\"aadhar\":\"%1\"}").arg(kAadhaar);
        qCWarning(lcCrypto) << "validated" << check.normalized;
        qCInfo(lcDevice).noquote() << kPid;
        qDebug("%s", "printf style 9999-4105-7058");
        qWarning() << "key" << QStringLiteral("access_key=d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
        const QStringList lines = test::LogCapture::lines();
        QVERIFY(lines.size() >= 5);
        const QString offending = test::LogCapture::firstLineContaining(kForbidden);
        QVERIFY2(offending.isEmpty(), qPrintable(QStringLiteral("leaked: ") + offending.left(20)));
        QVERIFY(test::LogCapture::firstLineContaining({QStringLiteral("XXXX XXXX 7058")}).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
