// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The customer's receipt text, golden: every dispute key present, identity only masked, pending and failed too.
#include "ReceiptTestData.h"
#include "core/receipt/Receipt.h"

#include <QRegularExpression>
#include <QTest>

using namespace saathi;
using receipt::Receipt;

using namespace receipt::testdata; // the withdrawal, agent and Eko answer shared with the printer tests

class TestReceipt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successfulWithdrawalMatchesTheGoldenText()
    {
        const Receipt r = Receipt::build(withdrawal(journal::TxState::Success), answer(), receipt::testdata::agent());
        const QString golden = QStringLiteral("           Kumar General Store\n"
                                              "           AEPS CASH WITHDRAWAL\n"
                                              "------------------------------------------\n"
                                              "Date & time     23/11/2026 11:30:05 IST\n"
                                              "Status          SUCCESS\n"
                                              "Bank            State Bank of India\n"
                                              "Aadhaar         XXXX XXXX 7058\n"
                                              "Customer mobile XXXXXX3210\n"
                                              "Amount          ₹2,500.00\n"
                                              "A/c balance     ₹22,500.50\n"
                                              "RRN             632711345678\n"
                                              "STAN            345678\n"
                                              "Eko TID         2883457721\n"
                                              "Reference       MIXYZ0001ABCDEF001\n"
                                              "Terminal        EKO00123\n"
                                              "Agent code      20810200\n"
                                              "Agent           Ramesh Kumar\n"
                                              "------------------------------------------\n"
                                              "    Keep this receipt for any dispute.\n");
        QCOMPARE(r.plainText(), golden);
    }

    void pendingReceiptPrintsTheReversalDeadline()
    {
        aeps::AepsTransaction none;
        const Receipt r = Receipt::build(withdrawal(journal::TxState::Unknown), none, receipt::testdata::agent(),
                                         QStringLiteral("State Bank of India"));
        const QString text = r.plainText();
        QVERIFY(text.contains(QStringLiteral("Status          PENDING — WE ARE CHECKING\n")));
        QVERIFY(text.contains(QStringLiteral("Bank            State Bank of India\n")));
        QCOMPARE(Receipt::reversalDeadline(kCreated), QDate(2026, 11, 28));
        QVERIFY(text.contains(QStringLiteral("If the account was debited, the bank must\nreverse it by 28/11/2026.")));
        QVERIFY(text.contains(QStringLiteral("Reference       MIXYZ0001ABCDEF001\n")));
        for (const QString& line : r.lines()) {
            QVERIFY2(line.size() <= Receipt::kWidth, qPrintable(line));
        }
    }

    void failedReceiptCarriesTheReason()
    {
        aeps::AepsTransaction t = answer();
        t.reason = QStringLiteral("Customer Bank account is Frozen");
        t.hasCustomerBalance = false;
        const Receipt r = Receipt::build(withdrawal(journal::TxState::Failed), t, receipt::testdata::agent());
        const QString text = r.plainText();
        QVERIFY(text.contains(QStringLiteral("Status          FAILED\n")));
        QVERIFY(text.contains(QStringLiteral("Reason          Customer Bank account is Frozen\n")));
        QVERIFY(text.contains(QStringLiteral("No cash was given.")));
        QVERIFY(!text.contains(QStringLiteral("A/c balance")));
    }

    void miniStatementRowsAreListed()
    {
        journal::TransactionRecord record = withdrawal(journal::TxState::Success);
        record.kind = journal::TxKind::MiniStatement;
        aeps::AepsTransaction t = answer();
        t.miniStatement = {{QStringLiteral("21/11"), Paise::fromRupees(1200), QStringLiteral("ATM WDL"), false},
                           {QStringLiteral("22/11"), Paise::fromRupees(15000), QStringLiteral("SALARY NOV"), true}};
        const Receipt r = Receipt::build(record, t, receipt::testdata::agent());
        const QString text = r.plainText();
        QVERIFY(text.contains(QStringLiteral("AEPS MINI STATEMENT")));
        QVERIFY(!text.contains(QStringLiteral("Amount          ")));
        QVERIFY2(text.contains(QStringLiteral("21/11  Dr     ₹1,200.00 ATM WDL\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("22/11  Cr    ₹15,000.00 SALARY NOV\n")));
        QCOMPARE(r.miniStatement().size(), 2);
    }

    void noReceiptEverShowsAFullAadhaarNumber()
    {
        aeps::AepsTransaction t = answer();
        t.maskedAadhaar = QStringLiteral("XXXX XXXX 7058");
        journal::TransactionRecord record = withdrawal(journal::TxState::Success);
        record.aadhaarLast4.clear(); // falls back to Eko's (re-masked) value
        const QString text = Receipt::build(record, t, receipt::testdata::agent()).plainText();
        QVERIFY(text.contains(QStringLiteral("XXXX XXXX 7058")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\b\\d{4}\\s?\\d{4}\\s?7058\\b"))));
    }

    void rupeesUseIndianGrouping()
    {
        QCOMPARE(Receipt::formatRupees(Paise::fromRupees(100000)), QStringLiteral("₹1,00,000.00"));
        QCOMPARE(Receipt::formatRupees(Paise {5}), QStringLiteral("₹0.05"));
        QCOMPARE(Receipt::formatRupees(Paise::fromRupees(999)), QStringLiteral("₹999.00"));
        QCOMPARE(Receipt::formatRupees(Paise::fromRupees(12345678)), QStringLiteral("₹1,23,45,678.00"));
    }

    // The agent's real shop on every receipt: its name, then its address, wrapped to the paper.
    void theShopsAddressFollowsItsName()
    {
        CounterIdentity shop = receipt::testdata::agent();
        shop.shopAddress = QStringLiteral("Shop 4, Chandni Chowk Main Market, near the Town Hall, New Delhi 110006");
        const Receipt r = Receipt::build(withdrawal(journal::TxState::Success), answer(), shop);
        const QStringList lines = r.lines();
        QCOMPARE(lines.at(0).trimmed(), QStringLiteral("Kumar General Store"));
        QVERIFY2(lines.at(1).contains(QStringLiteral("Chandni Chowk")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.at(2).contains(QStringLiteral("110006")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.at(3).contains(QStringLiteral("CASH WITHDRAWAL")));
        for (const QString& line : lines) {
            QVERIFY(line.size() <= Receipt::kWidth);
        }
    }
};

QTEST_GUILESS_MAIN(TestReceipt)
#include "TestReceipt.moc"
