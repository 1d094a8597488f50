// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/util/Money.h"
#include "core/validation/AmountRules.h"

#include <QTest>

using namespace saathi;

class TestAmountRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aepsWithdrawalLimits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("paise");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("2500") << QStringLiteral("2500") << true << qint64(250000) << QString();
        QTest::newRow("Indian grouping and rupee sign")
            << QStringLiteral("₹ 10,000") << true << qint64(1000000) << QString();
        QTest::newRow("at the limit") << QStringLiteral("10000") << true << qint64(1000000) << QString();
        QTest::newRow("over the limit") << QStringLiteral("10050") << false << qint64(0) << QStringLiteral("₹10,000");
        QTest::newRow("not a multiple of 50")
            << QStringLiteral("2520") << false << qint64(0) << QStringLiteral("multiple of ₹50");
        QTest::newRow("below minimum") << QStringLiteral("50") << false << qint64(0) << QStringLiteral("least");
        QTest::newRow("zero") << QStringLiteral("0") << false << qint64(0) << QStringLiteral("least");
        QTest::newRow("paise") << QStringLiteral("100.50") << false << qint64(0) << QStringLiteral("whole rupees");
        QTest::newRow("letters") << QStringLiteral("1OO") << false << qint64(0) << QStringLiteral("digits only");
        QTest::newRow("negative") << QStringLiteral("-500") << false << qint64(0) << QStringLiteral("digits only");
        QTest::newRow("empty") << QString() << false << qint64(0) << QStringLiteral("Enter the amount");
        QTest::newRow("absurdly long") << QStringLiteral("99999999999999999999") << false << qint64(0)
                                       << QStringLiteral("most");
    }
    void aepsWithdrawalLimits()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(qint64, paise);
        QFETCH(QString, messagePart);
        const AmountCheck check = checkAmount(input, AmountRule::aepsCashWithdrawal());
        QCOMPARE(check.result.valid, valid);
        if (valid) {
            QCOMPARE(check.amount.value, paise);
        } else {
            QVERIFY2(check.result.message.contains(messagePart), qPrintable(check.result.message));
        }
    }

    void dmtTransferIsCappedAtFiveThousand()
    {
        QVERIFY(checkAmount(QStringLiteral("5000"), AmountRule::dmtTransfer()).result.valid);
        QVERIFY(checkAmount(QStringLiteral("4999"), AmountRule::dmtTransfer()).result.valid);
        const auto over = checkAmount(QStringLiteral("5001"), AmountRule::dmtTransfer());
        QVERIFY(!over.result.valid);
        QVERIFY(over.result.message.contains(QStringLiteral("₹5,000")));
    }

    void paiseParsesEkoAmountsExactly_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("paise");
        QTest::newRow("integer") << QStringLiteral("100") << true << qint64(10000);
        QTest::newRow("two decimals") << QStringLiteral("100.00") << true << qint64(10000);
        QTest::newRow("one decimal") << QStringLiteral("12.5") << true << qint64(1250);
        QTest::newRow("java exponent") << QStringLiteral("2.20834002375E9") << true << qint64(220834002375);
        QTest::newRow("small exponent") << QStringLiteral("1.5E2") << true << qint64(15000);
        QTest::newRow("negative exponent") << QStringLiteral("12345E-2") << true << qint64(12345);
        QTest::newRow("negative") << QStringLiteral("-7.25") << true << qint64(-725);
        QTest::newRow("spaces") << QStringLiteral(" 42 ") << true << qint64(4200);
        QTest::newRow("sub-paise") << QStringLiteral("1.005") << false << qint64(0);
        QTest::newRow("text") << QStringLiteral("abc") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("huge") << QStringLiteral("1E40") << false << qint64(0);
    }
    void paiseParsesEkoAmountsExactly()
    {
        QFETCH(QString, wire);
        QFETCH(bool, ok);
        QFETCH(qint64, paise);
        Paise out;
        QCOMPARE(Paise::parseWire(wire, &out), ok);
        if (ok) {
            QCOMPARE(out.value, paise);
        }
    }

    void paiseWireFormat()
    {
        QCOMPARE(Paise::fromRupees(100).toWireString(), QStringLiteral("100"));
        QCOMPARE(Paise {1250}.toWireString(), QStringLiteral("12.50"));
        QCOMPARE(Paise {-5}.toWireString(), QStringLiteral("-0.05"));
    }
};

QTEST_GUILESS_MAIN(TestAmountRules)
#include "TestAmountRules.moc"
