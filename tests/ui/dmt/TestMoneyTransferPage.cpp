// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The money-transfer journeys as the agent drives them (offscreen), on both DMT rails, against the in-process Eko
// sandbox, the RD simulator and a real journal file with its reconciler: new customer → ₹12,000 in three parts,
// refund of a refund-pending part, NEFT pending settled live, Esc back.
#include "DmtPageDriver.h"
#include "ui/receipt/ReceiptQrView.h"

using namespace saathi;
using namespace saathi::ui;
using namespace saathi::test::dmtui;

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
        // The receipt's QR beside it, the same one the paper carries.
        auto* qr = page.resultStep().findChild<ReceiptQrView*>();
        QVERIFY(qr && qr->isVisible());
        QCOMPARE(qr->payload(), page.resultStep().receipt().qrPayload());
        QVERIFY2(qr->payload().contains(QStringLiteral("ref=") + page.resultStep().clientRefId()),
                 qPrintable(qr->payload()));

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
        FileChooser::setNextAnswer(pdf);
        child<QPushButton>(page, "savePdfButton")->click();
        QTRY_VERIFY(text(page, "actionLabel").contains(QStringLiteral("Saved")));
        QVERIFY(text(page, "actionLabel").contains(QStringLiteral("dmt.pdf")));
        QVERIFY(QFile::exists(pdf));
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

    void droppedAnswerHaltsThePlanUntilTheReconcilerFindsItThenTheRestIsSentOnce()
    {
        DmtUiFixture f(Rail::Classic);
        QVERIFY(f.isReady());
        MoneyTransferPage page(f.services(), f.dmt());
        QVERIFY(showPage(page));
        QSignalSpy finished(&page, &MoneyTransferPage::transactionFinished);
        QVERIFY(openRecipients(page, QStringLiteral("9811100001")));
        f.sandbox().armFault(sandbox::Fault::DropResponse, QStringLiteral("dmt-transfer"));
        QVERIFY(showPlan(page, QStringLiteral("7000")));
        pressEnter(child<QPushButton>(page, "confirmButton"));
        QTRY_COMPARE_WITH_TIMEOUT(page.step(), Step::Result, 30000);
        QVERIFY2(text(page, "statusLabel").startsWith(QStringLiteral("Pending")),
                 qPrintable(text(page, "statusLabel")));
        QVERIFY2(text(page, "messageLabel").contains(QStringLiteral("Do not send it again")),
                 qPrintable(text(page, "messageLabel")));
        QVERIFY(!shown(page, "resumeButton"));
        QCOMPARE(f.sandbox().dmtLedger().size(), 1); // part 2 waits

        f.journal().reconcileNow(true);
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "resumeButton"), kWait);
        pressEnter(child<QPushButton>(page, "resumeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.step() == Step::Result && text(page, "statusLabel").startsWith(QStringLiteral("Success")), 30000);
        const QList<journal::TransactionRecord> rows = f.rows(TxKind::DmtTransfer);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(f.sandbox().dmtLedger().size(), 2);
        for (const journal::TransactionRecord& row : rows) {
            QCOMPARE(row.state, TxState::Success);
            QCOMPARE(f.sandbox().dmtDebitCount(row.clientRefId), 1);
            QVERIFY(receiptText(page).contains(row.clientRefId));
        }
        QCOMPARE(finished.size(), 2);
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
};

QTEST_MAIN(TestMoneyTransferPage)
#include "TestMoneyTransferPage.moc"
