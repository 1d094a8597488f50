// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/validation/FieldValidators.h"

#include <QTest>

using namespace saathi;

using Validator = ValidationResult (*)(const QString&);
Q_DECLARE_METATYPE(Validator)

class TestFieldValidators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<Validator>("validator");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected"); // normalized value, or a part of the message
        const Validator mobile = validate::mobile;
        QTest::newRow("mobile ok") << mobile << QStringLiteral("9876543210") << true << QStringLiteral("9876543210");
        QTest::newRow("mobile +91 and spaces")
            << mobile << QStringLiteral("+91 98765 43210") << true << QStringLiteral("9876543210");
        QTest::newRow("mobile starts 6") << mobile << QStringLiteral("6000000000") << true
                                         << QStringLiteral("6000000000");
        QTest::newRow("mobile 9 digits") << mobile << QStringLiteral("987654321") << false
                                         << QStringLiteral("9 entered");
        QTest::newRow("mobile 11 digits")
            << mobile << QStringLiteral("98765432101") << false << QStringLiteral("11 entered");
        QTest::newRow("mobile starts 5") << mobile << QStringLiteral("5876543210") << false
                                         << QStringLiteral("6, 7, 8 or 9");
        QTest::newRow("mobile letters") << mobile << QStringLiteral("98765abcde") << false
                                        << QStringLiteral("digits only");
        QTest::newRow("mobile Devanagari")
            << mobile << QStringLiteral("९८७६५४३२१०") << false << QStringLiteral("digits only");
        QTest::newRow("mobile empty") << mobile << QString() << false << QStringLiteral("Enter the 10-digit");

        const Validator ifsc = validate::ifsc;
        QTest::newRow("ifsc ok") << ifsc << QStringLiteral("SBIN0001234") << true << QStringLiteral("SBIN0001234");
        QTest::newRow("ifsc lower case") << ifsc << QStringLiteral("hdfc0abc123") << true
                                         << QStringLiteral("HDFC0ABC123");
        QTest::newRow("ifsc fifth not zero")
            << ifsc << QStringLiteral("SBIN1001234") << false << QStringLiteral("not valid");
        QTest::newRow("ifsc digit in bank")
            << ifsc << QStringLiteral("SB1N0001234") << false << QStringLiteral("not valid");
        QTest::newRow("ifsc short") << ifsc << QStringLiteral("SBIN000123") << false << QStringLiteral("11 characters");
        QTest::newRow("ifsc empty") << ifsc << QString() << false << QStringLiteral("Enter the 11-character");

        const Validator pan = validate::pan;
        QTest::newRow("pan person") << pan << QStringLiteral("ABCPE1234F") << true << QStringLiteral("ABCPE1234F");
        QTest::newRow("pan lower case") << pan << QStringLiteral("abcpe1234f") << true << QStringLiteral("ABCPE1234F");
        QTest::newRow("pan company") << pan << QStringLiteral("AAACR5055K") << true << QStringLiteral("AAACR5055K");
        QTest::newRow("pan bad holder type")
            << pan << QStringLiteral("ABCXE1234F") << false << QStringLiteral("not valid");
        QTest::newRow("pan digits swapped")
            << pan << QStringLiteral("ABCPE12345") << false << QStringLiteral("not valid");
        QTest::newRow("pan short") << pan << QStringLiteral("ABCPE123F") << false << QStringLiteral("not valid");

        const Validator pin = validate::pinCode;
        QTest::newRow("pin ok") << pin << QStringLiteral("560001") << true << QStringLiteral("560001");
        QTest::newRow("pin spaced") << pin << QStringLiteral("560 001") << true << QStringLiteral("560001");
        QTest::newRow("pin starts 0") << pin << QStringLiteral("060001") << false << QStringLiteral("6 digits");
        QTest::newRow("pin 5 digits") << pin << QStringLiteral("56001") << false << QStringLiteral("6 digits");

        const Validator latlong = validate::latLong;
        QTest::newRow("latlong ok") << latlong << QStringLiteral("28.6139,77.2090") << true
                                    << QStringLiteral("28.6139,77.2090");
        QTest::newRow("latlong spaces and accuracy")
            << latlong << QStringLiteral(" 12.97 , 77.59 , 20 ") << true << QStringLiteral("12.97,77.59,20");
        QTest::newRow("latlong out of range")
            << latlong << QStringLiteral("91.0,77.0") << false << QStringLiteral("latitude,longitude");
        QTest::newRow("latlong one number")
            << latlong << QStringLiteral("28.6139") << false << QStringLiteral("latitude,longitude");
        QTest::newRow("latlong words") << latlong << QStringLiteral("delhi,india") << false
                                       << QStringLiteral("latitude,longitude");

        const Validator otp = validate::otp;
        QTest::newRow("otp 6") << otp << QStringLiteral("123456") << true << QStringLiteral("123456");
        QTest::newRow("otp 3") << otp << QStringLiteral("123") << false << QStringLiteral("4 to 8");
        QTest::newRow("otp letters") << otp << QStringLiteral("12a456") << false << QStringLiteral("4 to 8");
    }
    void cases()
    {
        QFETCH(Validator, validator);
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, expected);
        const ValidationResult r = validator(input);
        QCOMPARE(r.valid, valid);
        if (valid) {
            QCOMPARE(r.normalized, expected);
            QVERIFY(r.message.isEmpty());
        } else {
            QVERIFY2(r.message.contains(expected), qPrintable(r.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestFieldValidators)
#include "TestFieldValidators.moc"
