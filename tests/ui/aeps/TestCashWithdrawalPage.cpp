// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The AePS screens as the agent drives them (offscreen), against the in-process Eko sandbox, the RD simulator and a
// real journal file.
#include "AepsFixture.h"
#include "core/journal/JournalService.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/CashWithdrawalPage.h"
#include "ui/aeps/MiniStatementModel.h"
#include "ui/aeps/MiniStatementPage.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/receipt/ReceiptPrinter.h"
#include "ui/widgets/AadhaarLineEdit.h"
#include "ui/widgets/FileChooser.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace saathi;
using namespace saathi::ui;
using sandbox::Fault;
using test::AepsFixture;

namespace {

template<typename T>
T* child(QWidget& page, const char* name)
{
    T* w = page.findChild<T*>(QString::fromLatin1(name));
    if (!w) {
        qWarning("no widget %s", name);
    }
    return w;
}

// Types the whole form the way an agent does; the consent is ticked with the keyboard.
void fillForm(QWidget& page, const QString& mobile, const QString& amount = QStringLiteral("2500"))
{
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<BankPicker*>()->isLoaded(), 20000);
    QTest::keyClicks(child<QLineEdit>(page, "mobileLineEdit"), mobile);
    QTest::keyClicks(child<QLineEdit>(page, "bankSearchLineEdit"), QStringLiteral("SBIN"));
    QTest::keyClicks(child<AadhaarLineEdit>(page, "aadhaarLineEdit"), AepsFixture::aadhaar());
    if (auto* amountEdit = page.findChild<QLineEdit*>(QStringLiteral("amountLineEdit"));
        amountEdit->isVisibleTo(&page)) {
        QTest::keyClicks(amountEdit, amount);
    }
    QTest::keyClick(child<QCheckBox>(page, "consentCheckBox"), Qt::Key_Space);
}

bool onResult(AepsFormPage& page)
{
    return page.resultPage().isVisible();
}

} // namespace

class TestCashWithdrawalPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enterOnTheFilledFormShowsSuccessWithRrnAndMaskedAadhaar()
    {
        AepsFixture f;
        CashWithdrawalPage page(f.services());
        page.show();
        QSignalSpy finished(&page, &AepsFormPage::transactionFinished);
        auto* submit = child<QPushButton>(page, "submitButton");
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<BankPicker*>()->isLoaded(), 20000);
        QVERIFY(!submit->isEnabled()); // no capture before consent
        fillForm(page, QStringLiteral("9876543210"));
        QVERIFY(submit->isEnabled());
        QTest::keyClick(child<QLineEdit>(page, "amountLineEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(onResult(page), 20000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toString(), page.flow().clientRefId());
        QVERIFY(child<QLabel>(page, "statusLabel")->text().startsWith(QStringLiteral("Success")));
        const QString receipt = child<QPlainTextEdit>(page, "receiptPlainTextEdit")->toPlainText();
        QVERIFY(!page.flow().record().rrn.isEmpty());
        QVERIFY(receipt.contains(page.flow().record().rrn));
        QVERIFY(receipt.contains(QStringLiteral("XXXX XXXX 7058")));
        QVERIFY(!receipt.contains(AepsFixture::aadhaar()));
        QCOMPARE(f.sandbox().debitCount(page.flow().clientRefId()), 1);
    }

    void enterTwiceFastOnSubmitMakesOneRowAndOneDebit()
    {
        AepsFixture f;
        CashWithdrawalPage page(f.services());
        page.show();
        fillForm(page, QStringLiteral("9876543210"), QStringLiteral("1000"));
        auto* submit = child<QPushButton>(page, "submitButton");
        QTest::keyClick(submit, Qt::Key_Enter);
        QTest::keyClick(submit, Qt::Key_Enter);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(onResult(page), 20000);
        QTest::keyClick(&page.resultPage(), Qt::Key_Enter); // still held down on the result page
        QTest::qWait(300);
        QCOMPARE(f.rowCount(), 1);
        QCOMPARE(f.sandbox().ledger().size(), 1);
        QCOMPARE(f.sandbox().debitCount(page.flow().clientRefId()), 1);
        QVERIFY(onResult(page));
    }

    void nineDigitMobileIsReportedAtTheFieldAndNothingTypedIsLost()
    {
        AepsFixture f;
        CashWithdrawalPage page(f.services());
        page.show();
        fillForm(page, QStringLiteral("987654321"));
        QTest::keyClick(child<QLineEdit>(page, "amountLineEdit"), Qt::Key_Return);
        auto* mobileError = child<QLabel>(page, "mobileErrorLabel");
        QTRY_VERIFY(mobileError->isVisible());
        QVERIFY(!mobileError->text().isEmpty());
        QVERIFY(!child<QLabel>(page, "amountErrorLabel")->isVisible());
        QCOMPARE(page.focusWidget(), child<QLineEdit>(page, "mobileLineEdit"));
        QCOMPARE(child<QLineEdit>(page, "mobileLineEdit")->text(), QStringLiteral("987654321"));
        QCOMPARE(child<QLineEdit>(page, "amountLineEdit")->text(), QStringLiteral("2500"));
        QCOMPARE(child<AadhaarLineEdit>(page, "aadhaarLineEdit")->digitCount(), 12);
        QCOMPARE(page.findChild<BankPicker*>()->bankCode(), QStringLiteral("SBIN"));
        QVERIFY(child<QCheckBox>(page, "consentCheckBox")->isChecked());
        QCOMPARE(f.rowCount(), 0);
        QCOMPARE(f.simulator().requestCount("CAPTURE"), 0);
    }

    void bankDeclineShowsItsMessage()
    {
        AepsFixture f;
        f.sandbox().armFault(Fault::BankDeclineFrozen, QStringLiteral("cash-withdrawal"));
        CashWithdrawalPage page(f.services());
        page.show();
        fillForm(page, QStringLiteral("9876543210"));
        QTest::mouseClick(child<QPushButton>(page, "submitButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(onResult(page), 20000);
        QVERIFY(child<QLabel>(page, "statusLabel")->text().startsWith(QStringLiteral("Failed")));
        QVERIFY2(child<QLabel>(page, "messageLabel")->text().contains(QStringLiteral("frozen")),
                 qPrintable(child<QLabel>(page, "messageLabel")->text()));
        QVERIFY(child<QPlainTextEdit>(page, "receiptPlainTextEdit")->toPlainText().contains(QStringLiteral("FAILED")));
    }

    void droppedResponseShowsPendingThenUpdatesLive()
    {
        AepsFixture f;
        f.sandbox().armFault(Fault::DropResponse, QStringLiteral("cash-withdrawal"));
        CashWithdrawalPage page(f.services());
        page.show();
        fillForm(page, QStringLiteral("9876543210"));
        QTest::mouseClick(child<QPushButton>(page, "submitButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(onResult(page), 20000);
        auto* status = child<QLabel>(page, "statusLabel");
        QVERIFY(status->text().startsWith(QStringLiteral("Pending")));
        QVERIFY(child<QPlainTextEdit>(page, "receiptPlainTextEdit")->toPlainText().contains(QStringLiteral("reverse")));
        f.journal().reconcileNow(true);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Success")), 20000);
        QCOMPARE(f.sandbox().debitCount(page.flow().clientRefId()), 1);
    }

    void savePdfWritesAReceiptWithoutTheAadhaarAndPrintUsesTheHook()
    {
        AepsFixture f;
        CashWithdrawalPage page(f.services());
        page.show();
        fillForm(page, QStringLiteral("9876543210"));
        QTest::mouseClick(child<QPushButton>(page, "submitButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(onResult(page), 20000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
        FileChooser::setNextAnswer(path);
        QTest::mouseClick(child<QPushButton>(page, "savePdfButton"), Qt::LeftButton);
        // Written on a worker: the page says so when it is done.
        QTRY_VERIFY(child<QLabel>(page, "actionLabel")->text().contains(QStringLiteral("receipt.pdf")));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(!bytes.contains(AepsFixture::aadhaar().toLatin1()));
        QVERIFY(child<QLabel>(page, "actionLabel")->text().contains(QStringLiteral("receipt.pdf")));
        // A folder it cannot write to is told, not a silent empty file.
        FileChooser::setNextAnswer(dir.filePath(QStringLiteral("no-such-folder/receipt.pdf")));
        QTest::mouseClick(child<QPushButton>(page, "savePdfButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(page, "actionLabel")->text().contains(QStringLiteral("could not be saved")));
        QVERIFY(child<QPushButton>(page, "savePdfButton")->isEnabled());

        QString printed;
        ReceiptPrinter::setPrintHook([&printed](const QTextDocument& document, QWidget*) {
            printed = document.toPlainText();
            return Error {};
        });
        QTest::mouseClick(child<QPushButton>(page, "printButton"), Qt::LeftButton);
        ReceiptPrinter::setPrintHook({});
        QVERIFY(printed.contains(page.flow().record().rrn));
        QVERIFY(!printed.contains(AepsFixture::aadhaar()));
    }

    void newTransactionClearsTheFormAndEscGoesBack()
    {
        AepsFixture f;
        CashWithdrawalPage page(f.services());
        page.show();
        QSignalSpy back(&page, &AepsFormPage::backRequested);
        fillForm(page, QStringLiteral("9876543210"));
        QTest::mouseClick(child<QPushButton>(page, "submitButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(onResult(page), 20000);
        const QString first = page.flow().clientRefId();
        QTest::mouseClick(child<QPushButton>(page, "newTransactionButton"), Qt::LeftButton);
        QVERIFY(!onResult(page));
        QVERIFY(child<QLineEdit>(page, "mobileLineEdit")->text().isEmpty());
        QCOMPARE(child<AadhaarLineEdit>(page, "aadhaarLineEdit")->digitCount(), 0);
        QVERIFY(!child<QCheckBox>(page, "consentCheckBox")->isChecked());
        QVERIFY(page.flow().clientRefId().isEmpty() && first != page.flow().clientRefId());
        QTest::keyClick(child<QLineEdit>(page, "mobileLineEdit"), Qt::Key_Escape);
        QCOMPARE(back.size(), 1);
    }

    void bankListErrorOffersRetry()
    {
        AepsFixture f;
        f.sandbox().armFault(Fault::Http500, QStringLiteral("banks"), 20);
        CashWithdrawalPage page(f.services());
        page.show();
        auto* retry = child<QPushButton>(page, "bankRetryButton");
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 20000);
        QVERIFY(!child<QLabel>(page, "bankStatusLabel")->text().isEmpty());
        f.sandbox().clearFaults();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<BankPicker*>()->isLoaded(), 20000);
        QVERIFY(!retry->isVisible());
    }

    void miniStatementIsShownAsATable()
    {
        AepsFixture f;
        MiniStatementPage page(f.services());
        page.show();
        fillForm(page, QStringLiteral("9876543210"));
        QTest::mouseClick(child<QPushButton>(page, "submitButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(onResult(page), 20000);
        auto* table = child<QTableView>(page, "miniStatementTableView");
        QVERIFY(table->isVisible());
        QVERIFY(table->model()->rowCount() > 0);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.rowCount(), 1);
        QCOMPARE(f.rows().first().kind, journal::TxKind::MiniStatement);
    }

    void miniStatementModelPassesTheModelTester()
    {
        MiniStatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({{QStringLiteral("21/11"), Paise::fromRupees(1200), QStringLiteral("ATM"), false},
                          {QStringLiteral("22/11"), Paise::fromRupees(100000), QStringLiteral("SALARY"), true}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, MiniStatementModel::AmountColumn).data().toString(), QStringLiteral("₹1,00,000.00"));
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCashWithdrawalPage)
#include "TestCashWithdrawalPage.moc"
