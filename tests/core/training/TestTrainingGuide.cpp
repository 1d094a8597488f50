// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The training guide: every step that asks for something has a hint, and each hint carries the practice world's
// values it was given (never its own), the Aadhaar numbers grouped as on the card.
#include "PracticeSamples.h"
#include "core/training/TrainingGuide.h"
#include "core/validation/Verhoeff.h"

#include <QTest>

using namespace saathi;
using namespace saathi::training;

namespace {

Samples samples()
{
    return test::practiceSamples();
}

} // namespace

class TestTrainingGuide : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStepThatAsksForSomethingHasAHint()
    {
        const Guide guide(samples());
        for (Step step : {Step::EkycDetails, Step::EkycOtp, Step::EkycFinger, Step::DailyLogin, Step::CashWithdrawal,
                          Step::BalanceEnquiry, Step::MiniStatement, Step::AadhaarPay, Step::DmtCustomer,
                          Step::DmtRecipients, Step::DmtTransfer, Step::DmtRefund}) {
            QVERIFY2(guide.hint(step).startsWith(QStringLiteral("Training: ")), qPrintable(guide.hint(step)));
        }
        QVERIFY(guide.hint(Step::DmtResult).isEmpty()); // a result asks for nothing
    }

    void hintsCarryTheValuesTheyWereGiven()
    {
        const Guide guide(samples());
        QVERIFY(guide.hint(Step::EkycDetails).contains(QStringLiteral("9999 7778 8890")));
        QVERIFY(guide.hint(Step::EkycOtp).contains(QStringLiteral("654321")));
        QVERIFY(guide.hint(Step::DailyLogin).contains(QStringLiteral("9999 7778 8890")));
        const QString withdrawal = guide.hint(Step::CashWithdrawal);
        for (const char* expected : {"9822200001", "SBIN", "9999 4105 7058", "₹25,000", "₹1,000", "₹7,050", "₹7,600",
                                     "9999 8765 4324", "₹500", "9999 5551 2345"}) {
            QVERIFY2(withdrawal.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(guide.hint(Step::DmtCustomer).contains(QStringLiteral("9822200001")));
        QVERIFY(guide.hint(Step::DmtCustomer).contains(QStringLiteral("112233")));
        const QString transfer = guide.hint(Step::DmtTransfer);
        for (const char* expected : {"₹5,000", "₹15,000", "₹4,321", "112233"}) {
            QVERIFY2(transfer.contains(QString::fromUtf8(expected)), expected);
        }
    }

    void sampleAadhaarNumbersAreChecksumValid()
    {
        const Samples s = samples();
        QVERIFY(verhoeff::isValid(s.agentAadhaar));
        for (const SampleCustomer& c : s.customers) {
            QVERIFY2(verhoeff::isValid(c.aadhaar), qPrintable(c.aadhaar));
        }
    }

    void rupeesAreGroupedTheIndianWay()
    {
        QCOMPARE(Guide::rupees(Paise::fromRupees(500)), QStringLiteral("₹500"));
        QCOMPARE(Guide::rupees(Paise::fromRupees(7050)), QStringLiteral("₹7,050"));
        QCOMPARE(Guide::rupees(Paise::fromRupees(100000)), QStringLiteral("₹1,00,000"));
        QCOMPARE(Guide::rupees(Paise::fromRupees(12345678)), QStringLiteral("₹1,23,45,678"));
        QCOMPARE(Guide::groupedAadhaar(QStringLiteral("999941057058")), QStringLiteral("9999 4105 7058"));
    }

    void aepsFormsHaveTheirOwnSteps()
    {
        QCOMPARE(aepsStep(journal::TxKind::AepsWithdrawal), Step::CashWithdrawal);
        QCOMPARE(aepsStep(journal::TxKind::BalanceEnquiry), Step::BalanceEnquiry);
        QCOMPARE(aepsStep(journal::TxKind::MiniStatement), Step::MiniStatement);
        QCOMPARE(aepsStep(journal::TxKind::AadhaarPay), Step::AadhaarPay);
    }
};

QTEST_GUILESS_MAIN(TestTrainingGuide)
#include "TestTrainingGuide.moc"
