// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The money-transfer screens as the agent drives them (offscreen), on both DMT rails, against the in-process Eko
// sandbox, the RD simulator and a real journal file with its reconciler.
#include "DmtUiFixture.h"
#include "dmt/DmtCustomerStep.h"
#include "dmt/DmtRecipientsStep.h"
#include "dmt/DmtRefundStep.h"
#include "dmt/DmtResultStep.h"
#include "dmt/DmtTransferStep.h"
#include "dmt/MoneyTransferPage.h"
#include "journal/JournalService.h"
#include "receipt/ReceiptPrinter.h"
#include "receipt/SaveFileChooser.h"
#include "widgets/AadhaarLineEdit.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace saathi;
using namespace saathi::ui;
using dmt::Rail;
using journal::TxKind;
using journal::TxState;
using test::DmtUiFixture;
using CustomerView = DmtCustomerStep::View;
using Step = MoneyTransferPage::Step;

namespace {

constexpr int kWait = 20000;

template<typename T>
T* child(QWidget& page, const char* name)
{
    T* w = page.findChild<T*>(QString::fromLatin1(name));
    if (!w) {
        qWarning("no widget %s", name);
    }
    return w;
}

QString text(QWidget& page, const char* labelName)
{
    return child<QLabel>(page, labelName)->text();
}

// As the agent does it: the field has the focus, then the keys.
void typeInto(QWidget* widget, const QString& keys)
{
    widget->setFocus();
    QTest::keyClicks(widget, keys);
}

void pressEnter(QWidget* widget)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_Return);
}

bool showPage(QWidget& page)
{
    page.resize(1000, 900);
    page.show();
    page.activateWindow();
    return QTest::qWaitForWindowActive(&page);
}

bool shown(QWidget& page, const char* name)
{
    QWidget* w = page.findChild<QWidget*>(QString::fromLatin1(name));
    return w && w->isVisible();
}

void lookUp(MoneyTransferPage& page, const QString& mobile)
{
    auto* edit = child<QLineEdit>(page, "customerMobileLineEdit");
    edit->clear();
    typeInto(edit, mobile);
    pressEnter(edit);
}

// Look up a customer who can send, then Enter on "Continue to recipients".
bool openRecipients(MoneyTransferPage& page, const QString& mobile)
{
    lookUp(page, mobile);
    if (!QTest::qWaitFor([&]() { return shown(page, "customerContinueButton"); }, kWait)) {
        qWarning("lookup: %s", qPrintable(text(page, "customerFormErrorLabel")));
        return false;
    }
    pressEnter(child<QPushButton>(page, "customerContinueButton"));
    return QTest::qWaitFor([&]() { return page.step() == Step::Recipients && !page.recipientsStep().isBusy(); }, kWait);
}

void registerNewCustomer(MoneyTransferPage& page)
{
    typeInto(child<QLineEdit>(page, "nameLineEdit"), QStringLiteral("Geeta Sharma"));
    typeInto(child<QLineEdit>(page, "dobLineEdit"), QStringLiteral("15/08/1985"));
    typeInto(child<QLineEdit>(page, "addressLineEdit"), QStringLiteral("12 MG Road"));
    typeInto(child<QLineEdit>(page, "cityLineEdit"), QStringLiteral("New Delhi"));
    typeInto(child<QLineEdit>(page, "stateLineEdit"), QStringLiteral("Delhi"));
    typeInto(child<QLineEdit>(page, "pinCodeLineEdit"), QStringLiteral("110001"));
    pressEnter(child<QLineEdit>(page, "pinCodeLineEdit"));
}

void typeCustomerOtp(MoneyTransferPage& page, const QString& otp)
{
    auto* edit = child<QLineEdit>(page, "customerOtpLineEdit");
    edit->clear();
    typeInto(edit, otp);
    pressEnter(edit);
}

// A new customer on either rail, up to the recipients: registration, then the OTP (classic) or the sender eKYC
// with the finger and its OTP (DMT-Fino).
bool onboardNewCustomer(MoneyTransferPage& page, const QString& mobile)
{
    lookUp(page, mobile);
    if (!QTest::qWaitFor([&]() { return page.customerStep().view() == CustomerView::Register; }, kWait)) {
        return false;
    }
    registerNewCustomer(page);
    if (page.rail() == Rail::Fino) {
        if (!QTest::qWaitFor([&]() { return page.customerStep().view() == CustomerView::Ekyc; }, kWait)) {
            return false;
        }
        typeInto(child<AadhaarLineEdit>(page, "aadhaarLineEdit"), DmtUiFixture::senderAadhaar());
        QTest::keyClick(child<QCheckBox>(page, "ekycConsentCheckBox"), Qt::Key_Space);
        child<QPushButton>(page, "ekycCaptureButton")->click();
    }
    if (!QTest::qWaitFor(
            [&]() { return page.customerStep().view() == CustomerView::Otp && !page.customerStep().isBusy(); },
            kWait)) {
        qWarning("no OTP step: %s", qPrintable(text(page, "customerFormErrorLabel")));
        return false;
    }
    typeCustomerOtp(page, DmtUiFixture::otp());
    if (!QTest::qWaitFor([&]() { return shown(page, "customerContinueButton"); }, kWait)) {
        qWarning("OTP: %s", qPrintable(text(page, "customerOtpErrorLabel")));
        return false;
    }
    pressEnter(child<QPushButton>(page, "customerContinueButton"));
    return QTest::qWaitFor([&]() { return page.step() == Step::Recipients && !page.recipientsStep().isBusy(); }, kWait);
}

void fillRecipient(MoneyTransferPage& page, const QString& account, const QString& ifsc)
{
    child<QPushButton>(page, "addRecipientButton")->click();
    typeInto(child<QLineEdit>(page, "accountLineEdit"), account);
    typeInto(child<QLineEdit>(page, "ifscLineEdit"), ifsc);
    typeInto(child<QLineEdit>(page, "recipientNameLineEdit"), QStringLiteral("Anil Kumar"));
    typeInto(child<QLineEdit>(page, "recipientMobileLineEdit"), QStringLiteral("9876501234"));
}

bool addRecipient(MoneyTransferPage& page, const QString& account, const QString& ifsc)
{
    const qsizetype before = page.recipientsStep().recipients().size();
    fillRecipient(page, account, ifsc);
    pressEnter(child<QLineEdit>(page, "recipientMobileLineEdit"));
    return QTest::qWaitFor(
        [&]() { return page.recipientsStep().recipients().size() == before + 1 && !page.recipientsStep().isBusy(); },
        kWait);
}

// Enter on the selected recipient, the amount, Enter for the plan.
bool showPlan(MoneyTransferPage& page, const QString& amount)
{
    pressEnter(child<QListWidget>(page, "recipientsListWidget"));
    if (!QTest::qWaitFor([&]() { return page.step() == Step::Transfer; }, kWait)) {
        return false;
    }
    typeInto(child<QLineEdit>(page, "amountLineEdit"), amount);
    pressEnter(child<QLineEdit>(page, "amountLineEdit"));
    return page.transferStep().view() == DmtTransferStep::View::Plan;
}

// DMT-Fino: the OTP for part `part` (1-based) of `parts`.
bool enterTransferOtp(MoneyTransferPage& page, int part, int parts, const QString& otp)
{
    auto* edit = child<QLineEdit>(page, "transferOtpLineEdit");
    const QString expected = QStringLiteral("transfer %1 of %2").arg(part).arg(parts);
    if (!QTest::qWaitFor(
            [&]() {
                return edit->isVisible() && !edit->isReadOnly()
                    && text(page, "transferOtpPromptLabel").contains(expected);
            },
            kWait)) {
        qWarning("no OTP prompt for %s: %s", qPrintable(expected), qPrintable(text(page, "transferOtpErrorLabel")));
        return false;
    }
    edit->clear();
    typeInto(edit, otp);
    pressEnter(edit);
    return true;
}

QString receiptText(MoneyTransferPage& page, const char* name = "receiptPlainTextEdit")
{
    return child<QPlainTextEdit>(page, name)->toPlainText();
}

} // namespace

class TestMoneyTransferPage : public QObject
{
    Q_OBJECT

private:
    // New customer → OTP (Fino: sender eKYC) → add recipient → ₹12,000 as three journaled transfers.
    void newCustomerSendsTwelveThousand(Rail rail, const QString& mobile)
    {
        DmtUiFixture f(rail);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        QSignalSpy finished(&page, &MoneyTransferPage::transactionFinished);

        QVERIFY(onboardNewCustomer(page, mobile));
        QVERIFY(text(page, "customerLimitLabel").contains(QStringLiteral("25,000")));
        QVERIFY(page.recipientsStep().recipients().isEmpty());
        QVERIFY(addRecipient(page, QStringLiteral("30098765432"), QStringLiteral("SBIN0001234")));
        QCOMPARE(child<QListWidget>(page, "recipientsListWidget")->count(), 1);
        const QString listed = child<QListWidget>(page, "recipientsListWidget")->item(0)->text();
        QVERIFY2(listed.contains(QStringLiteral("XXXXXXX5432")), qPrintable(listed));
        QVERIFY(!listed.contains(QStringLiteral("30098765432")));
        QVERIFY(listed.contains(QStringLiteral("IMPS")));

        QVERIFY(showPlan(page, QStringLiteral("12000")));
        auto* plan = child<QListWidget>(page, "planListWidget");
        QCOMPARE(plan->count(), 3);
        QVERIFY(plan->item(0)->text().contains(QStringLiteral("5,000.00")));
        QVERIFY(plan->item(2)->text().contains(QStringLiteral("2,000.00")));
        QVERIFY2(text(page, "collectLabel").contains(QStringLiteral("12,120.00")),
                 qPrintable(text(page, "collectLabel")));
        QVERIFY(f.rows().isEmpty()); // nothing sent before the confirmation

        // A double Enter and a click on Confirm: one plan, sent once.
        auto* confirm = child<QPushButton>(page, "confirmButton");
        pressEnter(confirm);
        QTest::keyClick(confirm, Qt::Key_Return);
        QTest::mouseClick(confirm, Qt::LeftButton);
        if (rail == Rail::Fino) {
            for (int part = 1; part <= 3; ++part) {
                QVERIFY(enterTransferOtp(page, part, 3, DmtUiFixture::otp()));
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(page.step(), Step::Result, 30000);
        QTest::keyClick(&page.resultStep(), Qt::Key_Return); // still held down: starts nothing
        QTest::qWait(200);

        const QList<journal::TransactionRecord> rows = f.rows(TxKind::DmtTransfer);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(f.sandbox().dmtLedger().size(), 3);
        const QString receipt = receiptText(page);
        for (const journal::TransactionRecord& row : rows) {
            QCOMPARE(row.state, TxState::Success);
            QCOMPARE(f.sandbox().dmtDebitCount(row.clientRefId), 1);
            QVERIFY2(receipt.contains(row.clientRefId), qPrintable(receipt));
            QVERIFY(!row.rrn.isEmpty());
            QVERIFY(receipt.contains(row.rrn));
            QVERIFY(receipt.contains(row.tid));
        }
        QVERIFY(text(page, "statusLabel").startsWith(QStringLiteral("Success")));
        QVERIFY(receipt.contains(QStringLiteral("XXXXXXX5432")));
        QVERIFY(!receipt.contains(QStringLiteral("30098765432")));
        QVERIFY(receipt.contains(QStringLiteral("Anil Kumar")));
        QVERIFY(receipt.contains(QStringLiteral("IMPS")));
        QVERIFY(receipt.contains(QStringLiteral("12,000.00")));
        QVERIFY(receipt.contains(QStringLiteral("120.00")));
        QVERIFY(!shown(page, "refundButton"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toString(), page.resultStep().clientRefId());

        // Print through the hook and Save PDF through the presettable chooser: no dialog.
        QString printed;
        ReceiptPrinter::setPrintHook([&printed](const QTextDocument& doc, QWidget*) {
            printed = doc.toPlainText();
            return Error {};
        });
        child<QPushButton>(page, "printButton")->click();
        ReceiptPrinter::setPrintHook({});
        QVERIFY(printed.contains(rows.first().clientRefId));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("dmt.pdf"));
        SaveFileChooser::setNextAnswer(pdf);
        child<QPushButton>(page, "savePdfButton")->click();
        QVERIFY(QFile::exists(pdf));
        QVERIFY(text(page, "actionLabel").contains(QStringLiteral("dmt.pdf")));
    }

    // A transfer that the bank puts in refund_pending (₹4,321), refunded with the customer's OTP.
    void refundPendingTransferIsRefunded(Rail rail, const QString& mobile)
    {
        DmtUiFixture f(rail);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        QVERIFY(openRecipients(page, mobile));
        QVERIFY(!page.recipientsStep().recipients().isEmpty());
        QVERIFY(showPlan(page, QStringLiteral("4321")));
        pressEnter(child<QPushButton>(page, "confirmButton"));
        if (rail == Rail::Fino) {
            QVERIFY(enterTransferOtp(page, 1, 1, DmtUiFixture::otp()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(page.step(), Step::Result, 30000);
        QVERIFY2(text(page, "statusLabel").startsWith(QStringLiteral("Failed")), qPrintable(text(page, "statusLabel")));
        QVERIFY(receiptText(page).contains(QStringLiteral("REFUND PENDING")));
        QTRY_VERIFY(shown(page, "refundButton"));
        const journal::TransactionRecord transfer = page.resultStep().parts().first().record;
        QCOMPARE(transfer.state, TxState::RefundPending);
        QCOMPARE(f.sandbox().dmtDebitCount(transfer.clientRefId), 1);

        pressEnter(child<QPushButton>(page, "refundButton"));
        QTRY_COMPARE(page.step(), Step::Refund);
        auto* otp = child<QLineEdit>(page, "refundOtpLineEdit");
        QTRY_VERIFY_WITH_TIMEOUT(otp->isVisible() && !otp->isReadOnly(), kWait);
        typeInto(otp, DmtUiFixture::otp());
        pressEnter(otp);
        QTRY_VERIFY_WITH_TIMEOUT(text(page, "refundStatusLabel").startsWith(QStringLiteral("Refunded")), kWait);
        const QString receipt = receiptText(page, "refundReceiptPlainTextEdit");
        QVERIFY2(receipt.simplified().contains(QStringLiteral("returned to the customer in cash")),
                 qPrintable(receipt));
        QVERIFY(receipt.contains(transfer.tid));
        QCOMPARE(f.sandbox().dmtDebitCount(transfer.clientRefId), 0);
        QTRY_COMPARE(f.rows(TxKind::DmtTransfer).first().state, TxState::Refunded);
        QCOMPARE(f.rows(TxKind::Refund).size(), 1);
        QCOMPARE(f.rows(TxKind::Refund).first().state, TxState::Success);
    }

private Q_SLOTS:
    void classicNewCustomerSendsTwelveThousandAsThreeJournaledTransfers()
    {
        newCustomerSendsTwelveThousand(Rail::Classic, QStringLiteral("9811199991"));
    }

    void finoNewCustomerWithSenderEkycSendsTwelveThousandWithAnOtpPerPart()
    {
        newCustomerSendsTwelveThousand(Rail::Fino, QStringLiteral("9822299991"));
    }

    void classicRefundPendingTransferIsRefundedWithTheCustomersOtp()
    {
        refundPendingTransferIsRefunded(Rail::Classic, QStringLiteral("9811100001"));
    }

    void finoRefundPendingTransferIsRefundedWithTheCustomersOtp()
    {
        refundPendingTransferIsRefunded(Rail::Fino, QStringLiteral("9822200001"));
    }

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

    void neftInitiatedShowsPendingAndTurnsToSuccessWhenTheReconcilerSettlesIt()
    {
        DmtUiFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        QVERIFY(openRecipients(page, QStringLiteral("9811100002"))); // Gopal Rao, IOBA: NEFT only
        QVERIFY(showPlan(page, QStringLiteral("3000")));
        QVERIFY(text(page, "planLabel").contains(QStringLiteral("NEFT")));
        pressEnter(child<QPushButton>(page, "confirmButton"));
        QTRY_COMPARE_WITH_TIMEOUT(page.step(), Step::Result, 30000);
        QVERIFY2(text(page, "statusLabel").contains(QStringLiteral("NEFT initiated — we are checking")),
                 qPrintable(text(page, "statusLabel")));
        QVERIFY(receiptText(page).contains(QStringLiteral("PENDING")));
        QVERIFY(receiptText(page).contains(QStringLiteral("NEFT")));
        const QString ref = page.resultStep().clientRefId();

        f.sandbox().resolvePending();
        f.journal().reconcileNow(true);
        QTRY_VERIFY_WITH_TIMEOUT(text(page, "statusLabel").startsWith(QStringLiteral("Success")), kWait);
        QVERIFY(receiptText(page).contains(QStringLiteral("SUCCESS")));
        QVERIFY(!receiptText(page).contains(QStringLiteral("PENDING")));
        QCOMPARE(f.sandbox().dmtDebitCount(ref), 1);
        QCOMPARE(f.rows(TxKind::DmtTransfer).size(), 1);
    }

    void escGoesBackStepByStepAndHomeFromTheFirst()
    {
        DmtUiFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        QSignalSpy back(&page, &MoneyTransferPage::backRequested);
        QVERIFY(openRecipients(page, QStringLiteral("9811100001")));
        pressEnter(child<QListWidget>(page, "recipientsListWidget"));
        QTRY_COMPARE(page.step(), Step::Transfer);
        typeInto(child<QLineEdit>(page, "amountLineEdit"), QStringLiteral("700"));
        QTest::keyClick(child<QLineEdit>(page, "amountLineEdit"), Qt::Key_Escape);
        QCOMPARE(page.step(), Step::Recipients);
        QTest::keyClick(child<QListWidget>(page, "recipientsListWidget"), Qt::Key_Escape);
        QCOMPARE(page.step(), Step::Customer);
        QCOMPARE(child<QLineEdit>(page, "customerMobileLineEdit")->text(), QStringLiteral("9811100001"));
        QCOMPARE(back.size(), 0);
        QTest::keyClick(child<QLineEdit>(page, "customerMobileLineEdit"), Qt::Key_Escape);
        QCOMPARE(back.size(), 1);
        QVERIFY(f.rows().isEmpty());
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

QTEST_MAIN(TestMoneyTransferPage)
#include "TestMoneyTransferPage.moc"
