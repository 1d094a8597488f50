// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Bad input on the money-transfer screens: the message at the field that caused it, nothing typed lost, nothing
// sent that should not be (9-digit mobile, wrong IFSC, duplicate recipient, over the monthly limit, NEFT-only bank,
// expired / reused / wrong OTPs).
#include "DmtPageDriver.h"

using namespace saathi;
using namespace saathi::ui;
using namespace saathi::test::dmtui;

class TestMoneyTransferInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nineDigitMobileIsSaidAtTheFieldAndNothingIsSent()
    {
        DmtUiFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        f.sandbox().clearRequestLog();
        lookUp(page, QStringLiteral("981110000"));
        QVERIFY(shown(page, "customerMobileErrorLabel"));
        QVERIFY(text(page, "customerMobileErrorLabel").contains(QStringLiteral("10")));
        QCOMPARE(child<QLineEdit>(page, "customerMobileLineEdit")->text(), QStringLiteral("981110000"));
        QTest::qWait(200);
        QCOMPARE(f.sandbox().requestLog().size(), 0);
        QCOMPARE(page.customerStep().view(), CustomerView::Lookup);
    }

    void wrongIfscIsSaidAtTheFieldAsTypedAndEverythingIsKept()
    {
        DmtUiFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        QVERIFY(openRecipients(page, QStringLiteral("9811100001")));
        QTRY_VERIFY_WITH_TIMEOUT(!page.recipientsStep().bankNameFor(QStringLiteral("SBIN")).isEmpty(), kWait);
        fillRecipient(page, QStringLiteral("30098765432"), QStringLiteral("SBIN1234567"));
        QVERIFY(shown(page, "ifscErrorLabel")); // live, before anything is sent
        QVERIFY(text(page, "ifscBankLabel").contains(QStringLiteral("State Bank of India")));
        f.sandbox().clearRequestLog();
        child<QPushButton>(page, "saveRecipientButton")->click();
        QTest::qWait(200);
        QVERIFY(shown(page, "ifscErrorLabel"));
        QVERIFY(!text(page, "ifscErrorLabel").isEmpty());
        QCOMPARE(f.sandbox().requestLog().size(), 0);
        QCOMPARE(child<QLineEdit>(page, "accountLineEdit")->text(), QStringLiteral("30098765432"));
        QCOMPARE(child<QLineEdit>(page, "ifscLineEdit")->text(), QStringLiteral("SBIN1234567"));
        QCOMPARE(child<QLineEdit>(page, "recipientNameLineEdit")->text(), QStringLiteral("Anil Kumar"));
        QCOMPARE(child<QLineEdit>(page, "recipientMobileLineEdit")->text(), QStringLiteral("9876501234"));

        // Corrected, it is added; the same account again is Eko's duplicate, said at the account field.
        auto* ifsc = child<QLineEdit>(page, "ifscLineEdit");
        ifsc->clear();
        typeInto(ifsc, QStringLiteral("sbin0001234"));
        QVERIFY(!shown(page, "ifscErrorLabel"));
        QCOMPARE(ifsc->text(), QStringLiteral("SBIN0001234"));
        const qsizetype before = page.recipientsStep().recipients().size();
        child<QPushButton>(page, "saveRecipientButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.recipientsStep().recipients().size(), before + 1, kWait);
        fillRecipient(page, QStringLiteral("30098765432"), QStringLiteral("SBIN0001234"));
        child<QPushButton>(page, "saveRecipientButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "accountErrorLabel"), kWait);
        QVERIFY2(text(page, "accountErrorLabel").contains(QStringLiteral("Eko says")),
                 qPrintable(text(page, "accountErrorLabel")));
        QCOMPARE(child<QLineEdit>(page, "accountLineEdit")->text(), QStringLiteral("30098765432"));
        QCOMPARE(page.recipientsStep().recipients().size(), before + 1);
    }

    void deletingARecipientAsksInlineFirst()
    {
        DmtUiFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        QVERIFY(openRecipients(page, QStringLiteral("9811100002")));
        QCOMPARE(page.recipientsStep().recipients().size(), 1);
        child<QPushButton>(page, "deleteRecipientButton")->click();
        QVERIFY(shown(page, "deleteConfirmWidget"));
        QVERIFY(text(page, "deleteConfirmLabel").contains(QStringLiteral("Gopal Rao")));
        pressEnter(child<QPushButton>(page, "deleteKeepButton")); // the safe default
        QVERIFY(!shown(page, "deleteConfirmWidget"));
        QCOMPARE(page.recipientsStep().recipients().size(), 1);
        child<QPushButton>(page, "deleteRecipientButton")->click();
        child<QPushButton>(page, "deleteConfirmButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.recipientsStep().recipients().isEmpty() && !page.recipientsStep().isBusy(),
                                 kWait);
        QVERIFY(text(page, "recipientsStatusLabel").contains(QStringLiteral("No recipients")));
    }

    void amountOverTheMonthlyLimitIsStoppedAtTheFieldBeforeSending()
    {
        DmtUiFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        QVERIFY(openRecipients(page, QStringLiteral("9811100003"))); // ₹24,000 used of ₹25,000
        QVERIFY(text(page, "customerLimitLabel").contains(QStringLiteral("1,000.00")));
        QVERIFY(addRecipient(page, QStringLiteral("30098765432"), QStringLiteral("SBIN0001234")));
        QVERIFY(!showPlan(page, QStringLiteral("2000")));
        QCOMPARE(page.transferStep().view(), DmtTransferStep::View::Amount);
        QVERIFY(shown(page, "amountErrorLabel"));
        QVERIFY2(text(page, "amountErrorLabel").contains(QStringLiteral("1000"))
                     || text(page, "amountErrorLabel").contains(QStringLiteral("1,000")),
                 qPrintable(text(page, "amountErrorLabel")));
        QCOMPARE(child<QLineEdit>(page, "amountLineEdit")->text(), QStringLiteral("2000"));
        QVERIFY(f.rows().isEmpty());
        QVERIFY(f.sandbox().dmtLedger().isEmpty());
    }

    void neftOnlyBankOffersNeftOnly()
    {
        DmtUiFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        QVERIFY(openRecipients(page, QStringLiteral("9811100002"))); // Gopal Rao, IOBA: NEFT only
        pressEnter(child<QListWidget>(page, "recipientsListWidget"));
        QTRY_COMPARE(page.step(), Step::Transfer);
        QVERIFY(!child<QWidget>(page, "impsRadioButton")->isEnabled());
        QVERIFY(child<QWidget>(page, "neftRadioButton")->isEnabled());
        QVERIFY(text(page, "channelHintLabel").contains(QStringLiteral("NEFT only")));
    }

    void expiredCustomerOtpIsSaidAtTheFieldAndResendWorks()
    {
        DmtUiFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        lookUp(page, QStringLiteral("9811199992"));
        QTRY_COMPARE_WITH_TIMEOUT(page.customerStep().view(), CustomerView::Register, kWait);
        registerNewCustomer(page);
        QTRY_COMPARE_WITH_TIMEOUT(page.customerStep().view(), CustomerView::Otp, kWait);
        QTRY_VERIFY(!page.customerStep().isBusy());
        QVERIFY(text(page, "customerOtpExpiryLabel").contains(QStringLiteral("10 minutes")));
        f.clock().advanceMs(11 * 60 * 1000);
        typeCustomerOtp(page, DmtUiFixture::otp());
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "customerOtpErrorLabel"), kWait);
        QVERIFY2(text(page, "customerOtpErrorLabel").contains(QStringLiteral("expired")),
                 qPrintable(text(page, "customerOtpErrorLabel")));
        QCOMPARE(child<QLineEdit>(page, "customerOtpLineEdit")->text(), DmtUiFixture::otp());
        QCOMPARE(page.customerStep().view(), CustomerView::Otp);

        child<QPushButton>(page, "customerOtpResendButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.customerStep().isBusy() && child<QLineEdit>(page, "customerOtpLineEdit")->text().isEmpty(), kWait);
        typeCustomerOtp(page, DmtUiFixture::otp());
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "customerContinueButton"), kWait);
    }

    void reusedCustomerOtpIsSaidAtTheFieldAndKept()
    {
        DmtUiFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        const QString mobile = QStringLiteral("9811199993");
        lookUp(page, mobile);
        QTRY_COMPARE_WITH_TIMEOUT(page.customerStep().view(), CustomerView::Register, kWait);
        registerNewCustomer(page);
        QTRY_COMPARE_WITH_TIMEOUT(page.customerStep().view(), CustomerView::Otp, kWait);
        QTRY_VERIFY(!page.customerStep().isBusy());
        // The same code was already used (another window at the counter verified it first).
        dmt::DmtJob* other
            = f.dmt().verifyCustomerOtp(mobile, DmtUiFixture::otp(), page.customerStep().otpTicket().otpRefId);
        QSignalSpy otherDone(other, &dmt::DmtJob::finished);
        QVERIFY(otherDone.wait(kWait));
        QVERIFY(otherDone.first().first().value<dmt::DmtReply>().ok);

        typeCustomerOtp(page, DmtUiFixture::otp());
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "customerOtpErrorLabel"), kWait);
        QVERIFY2(text(page, "customerOtpErrorLabel").contains(QStringLiteral("already used")),
                 qPrintable(text(page, "customerOtpErrorLabel")));
        QCOMPARE(child<QLineEdit>(page, "customerOtpLineEdit")->text(), DmtUiFixture::otp());
        QCOMPARE(page.customerStep().view(), CustomerView::Otp);
    }

    void finoWrongAndExpiredTransferOtpAreSaidAtTheOtpField()
    {
        DmtUiFixture f(Rail::Fino);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        QVERIFY(openRecipients(page, QStringLiteral("9822200001")));
        QVERIFY(showPlan(page, QStringLiteral("1000")));
        pressEnter(child<QPushButton>(page, "confirmButton"));

        QVERIFY(enterTransferOtp(page, 1, 1, QStringLiteral("654321")));
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "transferOtpErrorLabel"), kWait);
        QVERIFY2(text(page, "transferOtpErrorLabel").contains(QStringLiteral("OTP")),
                 qPrintable(text(page, "transferOtpErrorLabel")));
        QCOMPARE(child<QLineEdit>(page, "transferOtpLineEdit")->text(), QStringLiteral("654321"));
        QCOMPARE(page.step(), Step::Transfer);

        f.clock().advanceMs(11 * 60 * 1000);
        auto* edit = child<QLineEdit>(page, "transferOtpLineEdit");
        QTRY_VERIFY(!edit->isReadOnly());
        edit->clear();
        typeInto(edit, DmtUiFixture::otp());
        pressEnter(edit);
        QTRY_VERIFY_WITH_TIMEOUT(text(page, "transferOtpErrorLabel").contains(QStringLiteral("expired")), kWait);
        QCOMPARE(edit->text(), DmtUiFixture::otp());

        child<QPushButton>(page, "transferOtpResendButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!edit->isReadOnly() && edit->text().isEmpty(), kWait);
        typeInto(edit, DmtUiFixture::otp());
        pressEnter(edit);
        QTRY_COMPARE_WITH_TIMEOUT(page.step(), Step::Result, 30000);
        QVERIFY(text(page, "statusLabel").startsWith(QStringLiteral("Success")));
        int debits = 0;
        for (const journal::TransactionRecord& row : f.rows(TxKind::DmtTransfer)) {
            debits += f.sandbox().dmtDebitCount(row.clientRefId);
        }
        QCOMPARE(debits, 1);
    }
};

QTEST_MAIN(TestMoneyTransferInput)
#include "TestMoneyTransferInput.moc"
