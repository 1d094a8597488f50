// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "TestKeys.h"
#include "core/validation/AadhaarNumber.h"
#include "core/validation/Verhoeff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace saathi;

namespace {

// An independent Verhoeff written from the group's definition (dihedral group D5 and the permutation
// (0 1 5 8 9 4 2 7)(3 6)), not from the product's lookup tables: the two must agree everywhere.
int d5(int a, int b)
{
    if (a < 5 && b < 5) {
        return (a + b) % 5;
    }
    if (a < 5) {
        return 5 + (a + b - 5) % 5;
    }
    if (b < 5) {
        return 5 + ((a - 5 - b) % 5 + 5) % 5;
    }
    return ((a - b) % 5 + 5) % 5;
}

int permute(int position, int digit)
{
    static const int base[10] = {1, 5, 7, 6, 2, 8, 3, 0, 9, 4};
    for (int i = 0; i < position % 8; ++i) {
        digit = base[digit];
    }
    return digit;
}

bool referenceVerhoeff(const QString& digits)
{
    int c = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        c = d5(c, permute(int(i), digits[digits.size() - 1 - i].digitValue()));
    }
    return c == 0;
}

QString randomDigits(QRandomGenerator& rng, int count, bool firstTwoToNine)
{
    QString s;
    for (int i = 0; i < count; ++i) {
        const int lo = (i == 0 && firstTwoToNine) ? 2 : 0;
        s.append(QChar(u'0' + rng.bounded(lo, 10)));
    }
    return s;
}

QString withCheckDigit(const QString& body)
{
    return body + QString::number(verhoeff::checkDigit(body));
}

} // namespace

class TestAadhaarNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownValidNumbersPass_data()
    {
        QTest::addColumn<QString>("number");
        // rd-service.md §8 vectors (UIDAI test UIDs and checksum-valid synthetic numbers).
        for (const char* n :
             {"999941057058", "999971658847", "234123412346", "500000000006", "876543210988", "314159265351"}) {
            QTest::newRow(n) << QString::fromLatin1(n);
        }
        QTest::newRow("grouped with spaces") << QStringLiteral("9999 4105 7058");
        QTest::newRow("grouped with hyphens") << QStringLiteral("9999-4105-7058");
        QTest::newRow("surrounding spaces") << QStringLiteral("  999941057058 ");
    }
    void knownValidNumbersPass()
    {
        QFETCH(QString, number);
        const auto r = aadhaar::validateAadhaar(number);
        QVERIFY2(r.valid, qPrintable(r.message));
        QCOMPARE(r.normalized.size(), 12);
    }

    void invalidNumbersFailWithAMessage_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the 12-digit");
        QTest::newRow("wrong check digit") << QStringLiteral("234123412341") << QStringLiteral("not a valid");
        QTest::newRow("adjacent transposition") << QStringLiteral("243123412346") << QStringLiteral("not a valid");
        QTest::newRow("all zero tail") << QStringLiteral("200000000000") << QStringLiteral("not a valid");
        QTest::newRow("Verhoeff ok but starts with 1") << QStringLiteral("123412341234") << QStringLiteral("0 or 1");
        QTest::newRow("starts with 0") << QStringLiteral("099994105705") << QStringLiteral("0 or 1");
        QTest::newRow("palindrome") << QStringLiteral("999999999999") << QStringLiteral("not a valid");
        QTest::newRow("11 digits") << QStringLiteral("99994105705") << QStringLiteral("11 entered");
        QTest::newRow("13 digits") << QStringLiteral("9999410570581") << QStringLiteral("13 entered");
        QTest::newRow("letter") << QStringLiteral("99994105705O") << QStringLiteral("digits only");
        QTest::newRow("dot separator") << QStringLiteral("9999.4105.7058") << QStringLiteral("digits only");
        QTest::newRow("Devanagari digits") << QStringLiteral("९९९९४१०५७०५८") << QStringLiteral("0–9");
        QTest::newRow("fullwidth digits") << QStringLiteral("９９９９４１０５７０５８") << QStringLiteral("0–9");
        QTest::newRow("one Devanagari digit") << QStringLiteral("99994105705८") << QStringLiteral("0–9");
    }
    void invalidNumbersFailWithAMessage()
    {
        QFETCH(QString, number);
        QFETCH(QString, messagePart);
        const auto r = aadhaar::validateAadhaar(number);
        QVERIFY(!r.valid);
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
        QVERIFY(r.normalized.isEmpty());
    }

    void everyWrongCheckDigitIsRejected()
    {
        const QString body = QStringLiteral("99994105705");
        int accepted = 0;
        for (int d = 0; d <= 9; ++d) {
            if (aadhaar::validateAadhaar(body + QString::number(d)).valid) {
                ++accepted;
                QCOMPARE(d, 8); // only the correct one
            }
        }
        QCOMPARE(accepted, 1);
    }

    void everySubstitutionAndTranspositionOfAThousandNumbersIsRejected()
    {
        QRandomGenerator rng(20261123);
        int checked = 0;
        for (int n = 0; n < 1000; ++n) {
            const QString valid = withCheckDigit(randomDigits(rng, 11, true));
            if (!aadhaar::validateAadhaar(valid).valid) {
                QVERIFY(aadhaar::validateAadhaar(valid).message.contains(QStringLiteral("not a valid"))); // palindrome
                continue;
            }
            for (int pos = 0; pos < 12; ++pos) {
                for (int d = 0; d <= 9; ++d) {
                    QString wrong = valid;
                    if (wrong[pos].digitValue() == d) {
                        continue;
                    }
                    wrong[pos] = QChar(u'0' + d);
                    QVERIFY2(!aadhaar::validateAadhaar(wrong).valid,
                             qPrintable(QStringLiteral("substitution accepted")));
                    ++checked;
                }
                if (pos < 11 && valid[pos] != valid[pos + 1]) {
                    QString swapped = valid;
                    std::swap(swapped[pos], swapped[pos + 1]);
                    QVERIFY2(!aadhaar::validateAadhaar(swapped).valid, "transposition accepted");
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 100000);
    }

    void agreesWithAnIndependentVerhoeffOnAHundredThousandNumbers()
    {
        QRandomGenerator rng(42);
        int valid = 0;
        for (int n = 0; n < 100000; ++n) {
            const QString s = randomDigits(rng, rng.bounded(2) ? 12 : 16, false);
            const bool ours = verhoeff::isValid(s);
            QCOMPARE(ours, referenceVerhoeff(s));
            valid += ours ? 1 : 0;
        }
        QVERIFY(valid > 8000 && valid < 12000); // one in ten, as a check digit should give
    }

    void checkDigitCompletesAValidNumber()
    {
        QCOMPARE(verhoeff::checkDigit(u"99994105705"), 8);
        QCOMPARE(verhoeff::checkDigit(u"23412341234"), 6);
        QCOMPARE(verhoeff::checkDigit(u"12a"), -1);
        QVERIFY(!verhoeff::isValid(u""));
    }

    void vidIsSixteenDigitsWithVerhoeff()
    {
        QRandomGenerator rng(7);
        const QString vid = withCheckDigit(randomDigits(rng, 15, false));
        QVERIFY(aadhaar::validateVid(vid).valid);
        QVERIFY(aadhaar::validateAadhaarOrVid(vid).valid);
        QString wrong = vid;
        wrong[15] = QChar(u'0' + (vid[15].digitValue() + 1) % 10);
        QVERIFY(!aadhaar::validateVid(wrong).valid);
        QVERIFY(aadhaar::validateVid(vid.left(15)).message.contains(QStringLiteral("15 entered")));
        QVERIFY(aadhaar::validateAadhaarOrVid(QString::fromLatin1(test::kTestAadhaar)).valid);
        QCOMPARE(aadhaar::mask(vid), QStringLiteral("XXXX XXXX XXXX ") + vid.right(4));
    }

    void maskKeepsOnlyTheLastFourDigits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("plain") << QStringLiteral("999941057058") << QStringLiteral("XXXX XXXX 7058");
        QTest::newRow("grouped") << QStringLiteral("9999 4105 7058") << QStringLiteral("XXXX XXXX 7058");
        QTest::newRow("short") << QStringLiteral("58") << QStringLiteral("XXXX XXXX XX58");
    }
    void maskKeepsOnlyTheLastFourDigits()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(aadhaar::mask(input), masked);
        QVERIFY(!aadhaar::mask(input).contains(QStringLiteral("9999")));
        QCOMPARE(aadhaar::lastFour(input), input.right(input.size() >= 4 ? 4 : input.size()).remove(QLatin1Char(' ')));
    }
};

QTEST_GUILESS_MAIN(TestAadhaarNumber)
#include "TestAadhaarNumber.moc"
