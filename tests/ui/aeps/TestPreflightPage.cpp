// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #18 on the AePS form (offscreen, against the sandbox and a real journal): a known customer's bank is chosen
// as soon as the Aadhaar is typed, a bank that answered "not linked" is warned about under the bank field before the
// capture, and the pre-flight warning offers "Change" (focused; Esc too) and "Go ahead anyway" from the keyboard.
#include "AepsFixture.h"
#include "core/crypto/CustomerToken.h"
#include "core/journal/JournalService.h"
#include "core/preflight/CustomerMemory.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/CashWithdrawalPage.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::ui;
using test::AepsFixture;
using State = aeps::AepsCustomerFlow::State;

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

bool remember(AepsFixture& f, preflight::Conclusion conclusion, const QString& bank)
{
    const QString token = f.services().customerTokens->token(SecureBytes::fromString(AepsFixture::aadhaar()));
    const qint64 now = f.clock().nowMs();
    const QDate day = f.clock().istDate();
    auto future = f.journal().run([=](journal::JournalStore& store) -> Result<bool> {
        const Error e = preflight::CustomerMemory(store.database()).learnBank(token, bank, conclusion, now, day);
        return e.isNull() ? Result<bool>(true) : Result<bool>(e);
    });
    for (int i = 0; i < 10000 && !future.isFinished(); ++i) {
        QTest::qWait(1);
    }
    return future.isFinished() && future.result().ok();
}

} // namespace

class TestPreflightPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aKnownCustomersBankIsChosenWhenTheAadhaarIsTyped()
    {
        AepsFixture f;
        QVERIFY(remember(f, preflight::Conclusion::BankWorked, QStringLiteral("SBIN")));
        CashWithdrawalPage page(f.services());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<BankPicker*>()->isLoaded(), 20000);
        auto* recall = child<QLabel>(page, "recallLabel");
        QVERIFY(recall->isHidden());
        QTest::keyClicks(child<QLineEdit>(page, "mobileLineEdit"), QStringLiteral("9876543210"));
        QTest::keyClicks(child<AadhaarLineEdit>(page, "aadhaarLineEdit"), AepsFixture::aadhaar());
        QTRY_COMPARE(page.findChild<BankPicker*>()->bankCode(), QStringLiteral("SBIN"));
        QVERIFY(!recall->isHidden());
        QVERIFY(recall->text().startsWith(QStringLiteral("This customer's bank last time: ")));
        // Another number: the line goes.
        QTest::keyClick(child<AadhaarLineEdit>(page, "aadhaarLineEdit"), Qt::Key_Backspace);
        QVERIFY(recall->isHidden());
    }

    void aNotLinkedBankIsWarnedBeforeTheCaptureAndTheAgentChooses()
    {
        AepsFixture f;
        QVERIFY(remember(f, preflight::Conclusion::NotLinked, QStringLiteral("SBIN")));
        CashWithdrawalPage page(f.services());
        page.show();
        QSignalSpy back(&page, &AepsFormPage::backRequested);
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<BankPicker*>()->isLoaded(), 20000);
        QTest::keyClicks(child<QLineEdit>(page, "mobileLineEdit"), QStringLiteral("9876543210"));
        QTest::keyClicks(child<QLineEdit>(page, "bankSearchLineEdit"), QStringLiteral("SBIN"));
        QTest::keyClicks(child<AadhaarLineEdit>(page, "aadhaarLineEdit"), AepsFixture::aadhaar());
        auto* bankError = child<QLabel>(page, "bankErrorLabel");
        QTRY_VERIFY(!bankError->isHidden());
        QVERIFY(bankError->text().contains(QStringLiteral("not linked")));
        QTest::keyClicks(child<QLineEdit>(page, "amountLineEdit"), QStringLiteral("500"));
        QTest::keyClick(child<QCheckBox>(page, "consentCheckBox"), Qt::Key_Space);
        QTest::keyClick(child<QLineEdit>(page, "amountLineEdit"), Qt::Key_Return);

        auto* change = child<QPushButton>(page, "changeButton");
        auto* goAhead = child<QPushButton>(page, "goAheadButton");
        QTRY_VERIFY(goAhead->isVisible());
        QCOMPARE(page.flow().state(), State::AwaitingPreflightConfirmation);
        QVERIFY(change->hasFocus());
        QVERIFY(change->text().contains(QLatin1Char('&')) && goAhead->text().contains(QLatin1Char('&')));
        QCOMPARE(f.simulator().requestCount("CAPTURE"), 0);
        QCOMPARE(f.rowCount(), 0);

        // Esc is "Change": back to the form, nothing else.
        QTest::keyClick(change, Qt::Key_Escape);
        QCOMPARE(page.flow().state(), State::Editing);
        QVERIFY(!goAhead->isVisible());
        QCOMPARE(back.size(), 0);

        // Again, and this time the agent goes ahead from the keyboard.
        QTest::keyClick(child<QLineEdit>(page, "amountLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(goAhead->isVisible());
        QTest::keyClick(change, Qt::Key_Tab);
        QVERIFY(goAhead->hasFocus());
        QTest::keyClick(goAhead, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(page.resultPage().isVisible(), 20000);
        QCOMPARE(page.flow().state(), State::Success);
        QCOMPARE(f.simulator().requestCount("CAPTURE"), 1);
    }
};

QTEST_MAIN(TestPreflightPage)
#include "TestPreflightPage.moc"
