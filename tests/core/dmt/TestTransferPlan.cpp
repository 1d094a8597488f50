// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// How an amount becomes transfers Eko takes: the split, the limits checked before anything is sent, the fees.
#include "core/dmt/TransferPlan.h"

#include <QTest>

using namespace saathi;
using namespace saathi::dmt;

namespace {

Customer customer(qint64 limitRupees = 25000, qint64 usedRupees = 0)
{
    Customer c;
    c.mobile = QStringLiteral("9811100001");
    c.name = QStringLiteral("Ramesh Kumar");
    c.stage = CustomerStage::Verified;
    c.hasLimits = true;
    c.monthlyLimit = Paise::fromRupees(limitRupees);
    c.usedThisMonth = Paise::fromRupees(usedRupees);
    c.remainingThisMonth = Paise::fromRupees(limitRupees - usedRupees);
    return c;
}

Recipient recipient(bool imps = true, bool neft = true)
{
    Recipient r;
    r.id = QStringLiteral("10001");
    r.name = QStringLiteral("Sita Kumari");
    r.account = QStringLiteral("30012345678");
    r.ifsc = QStringLiteral("SBIN0001234");
    r.bankCode = QStringLiteral("SBIN");
    r.bankName = QStringLiteral("State Bank of India");
    r.imps = imps;
    r.neft = neft;
    return r;
}

QList<qint64> rupees(const QList<Paise>& amounts)
{
    QList<qint64> out;
    for (Paise p : amounts) {
        out << p.value / 100;
    }
    return out;
}

} // namespace

class TestTransferPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsIntoTransfersOfAtMostFiveThousand_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QList<qint64>>("parts");
        QTest::newRow("12,000") << qint64(12000) << QList<qint64> {5000, 5000, 2000};
        QTest::newRow("5,000") << qint64(5000) << QList<qint64> {5000};
        QTest::newRow("100") << qint64(100) << QList<qint64> {100};
        QTest::newRow("5,001 borrows") << qint64(5001) << QList<qint64> {4901, 100};
        QTest::newRow("10,050 borrows") << qint64(10050) << QList<qint64> {5000, 4950, 100};
        QTest::newRow("25,000") << qint64(25000) << QList<qint64> {5000, 5000, 5000, 5000, 5000};
        QTest::newRow("under the minimum") << qint64(99) << QList<qint64> {};
    }
    void splitsIntoTransfersOfAtMostFiveThousand()
    {
        QFETCH(qint64, total);
        QFETCH(QList<qint64>, parts);
        QCOMPARE(rupees(TransferPlan::split(Paise::fromRupees(total))), parts);
    }

    void feeIsOnePercentWithATenRupeeMinimum()
    {
        QCOMPARE(TransferPlan::feeFor(Paise::fromRupees(5000)), Paise::fromRupees(50));
        QCOMPARE(TransferPlan::feeFor(Paise::fromRupees(2000)), Paise::fromRupees(20));
        QCOMPARE(TransferPlan::feeFor(Paise::fromRupees(4321)), Paise {4321});
        QCOMPARE(TransferPlan::feeFor(Paise::fromRupees(999)), Paise::fromRupees(10));
        QCOMPARE(TransferPlan::feeFor(Paise::fromRupees(100)), Paise::fromRupees(10));
    }

    void twelveThousandIsThreeTransfersWithTheirFees()
    {
        const auto plan = TransferPlan::make(Paise::fromRupees(12000), customer(), recipient());
        QVERIFY2(plan.ok(), qPrintable(plan.error().userMessage));
        QCOMPARE(plan.value().parts().size(), 3);
        QCOMPARE(plan.value().parts().at(0).fee, Paise::fromRupees(50));
        QCOMPARE(plan.value().parts().at(2).amount, Paise::fromRupees(2000));
        QCOMPARE(plan.value().parts().at(2).fee, Paise::fromRupees(20));
        QCOMPARE(plan.value().parts().at(2).index, 2);
        QCOMPARE(plan.value().totalFee(), Paise::fromRupees(120));
        QCOMPARE(plan.value().totalCollected(), Paise::fromRupees(12120));
        QCOMPARE(plan.value().channel(), Channel::Imps);
    }

    void overTheRemainingMonthlyLimitNamesTheAmount()
    {
        const auto plan = TransferPlan::make(Paise::fromRupees(2000), customer(25000, 24000), recipient());
        QVERIFY(!plan.ok());
        QCOMPARE(fieldOf(plan.error()), QStringLiteral("amount"));
        QVERIFY(plan.error().userMessage.contains(QStringLiteral("₹1000")));
    }

    void amountMustBeWholeRupeesAndAtLeastHundred()
    {
        QCOMPARE(fieldOf(TransferPlan::make(Paise {10050}, customer(), recipient()).error()), QStringLiteral("amount"));
        QCOMPARE(fieldOf(TransferPlan::make(Paise::fromRupees(50), customer(), recipient()).error()),
                 QStringLiteral("amount"));
        QCOMPARE(fieldOf(TransferPlan::make(Paise {}, customer(), recipient()).error()), QStringLiteral("amount"));
    }

    void channelFollowsTheRecipientsBank()
    {
        // IOBA / PSIB are NEFT-only: the plan picks NEFT; asking for IMPS names the channel.
        const auto neftOnly = TransferPlan::make(Paise::fromRupees(3000), customer(), recipient(false, true));
        QVERIFY(neftOnly.ok());
        QCOMPARE(neftOnly.value().channel(), Channel::Neft);
        QCOMPARE(neftOnly.value().parts().first().channel, Channel::Neft);
        const auto imps
            = TransferPlan::make(Paise::fromRupees(3000), customer(), recipient(false, true), Channel::Imps);
        QVERIFY(!imps.ok());
        QCOMPARE(fieldOf(imps.error()), QStringLiteral("channel"));
        // AIRP is IMPS-only.
        QCOMPARE(
            fieldOf(
                TransferPlan::make(Paise::fromRupees(3000), customer(), recipient(true, false), Channel::Neft).error()),
            QStringLiteral("channel"));
    }

    void aCustomerWhoCannotSendYetIsRefused()
    {
        Customer c = customer();
        c.stage = CustomerStage::EkycPending;
        const auto plan = TransferPlan::make(Paise::fromRupees(1000), c, recipient());
        QVERIFY(!plan.ok());
        QCOMPARE(fieldOf(plan.error()), QStringLiteral("customer_mobile"));
    }

    void withoutKnownLimitsOnlyTheShapeIsChecked()
    {
        Customer c = customer();
        c.hasLimits = false;
        c.remainingThisMonth = Paise {};
        QVERIFY(TransferPlan::make(Paise::fromRupees(7000), c, recipient()).ok());
    }
};

QTEST_GUILESS_MAIN(TestTransferPlan)
#include "TestTransferPlan.moc"
