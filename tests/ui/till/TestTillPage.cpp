// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #19: the cash till's screen over the real TillService and journal file, driven with the keyboard — open
// with ₹20,000, a withdrawal and a manual move change the expected cash, the close shows expected against counted
// with the difference and records it; refusals show at their field and lose nothing typed; a double Enter records
// a move once; a hand-over needs the next operator's PIN and opens their shift with the counted cash.
#include "TillUiFixture.h"
#include "ui/till/TillFigures.h"
#include "ui/till/TillPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace saathi;
using test::TillUiFixture;

namespace {

template<typename T>
T* child(QWidget* root, const char* name)
{
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w) {
        qWarning("no widget %s", name);
    }
    return w;
}

void type(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
}

void enter(QWidget* field)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Return);
}

QString shown(QWidget* root, const char* label)
{
    auto* l = child<QLabel>(root, label);
    return l && l->isVisible() ? l->text() : QString();
}

int moveCount(TillUiFixture& f)
{
    const auto report = TillUiFixture::wait(f.till().report());
    return report.ok() ? int(report.value().moves.size()) : -1;
}

} // namespace

class TestTillPage : public QObject
{
    Q_OBJECT

    // The page shown and active, its till opened by `name` (the agent's name when nobody is named in Settings).
    static bool openTill(ui::TillPage* page, TillUiFixture& f, const QString& cash, const QString& pin = {})
    {
        if (!pin.isEmpty()) {
            type(child<QLineEdit>(page, "openPinLineEdit"), pin);
        }
        type(child<QLineEdit>(page, "openingCashLineEdit"), cash);
        enter(child<QLineEdit>(page, "openingCashLineEdit"));
        return QTest::qWaitFor([&f] { return f.till().currentShift().has_value(); }, 10000);
    }

private Q_SLOTS:
    void opensRecordsAMoveAndClosesWithTheDifference()
    {
        TillUiFixture f;
        QVERIFY(f.open());
        QWidget window; // as MainWindow's stack holds it: the page hides and shows inside an active window
        auto* page = new ui::TillPage(f.services(), &window);
        (new QVBoxLayout(&window))->addWidget(page);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Nobody named in Settings: the agent's name, no PIN.
        QCOMPARE(child<QLineEdit>(page, "openOperatorLineEdit")->text(), QStringLiteral("Ravi Kumar"));
        QVERIFY(!child<QLineEdit>(page, "openPinLineEdit")->isVisible());
        page->setWalletBalance(Paise::fromRupees(5000)); // the E-value as the header last read it
        QVERIFY(openTill(page, f, QStringLiteral("20,000")));
        QCOMPARE(f.till().currentShift()->operatorName, QStringLiteral("Ravi Kumar"));
        QCOMPARE(f.till().currentShift()->evalueOpen, std::optional<Paise>(Paise::fromRupees(5000)));
        QCOMPARE(f.till().currentShift()->openingCash, Paise::fromRupees(20000));
        auto* figures = page->figures();
        QTRY_COMPARE(shown(figures, "expectedCashValueLabel"), QStringLiteral("₹20,000.00"));
        QVERIFY(figures->text().contains(QStringLiteral("Opening cash: ₹20,000.00")));
        QVERIFY(figures->text().contains(QStringLiteral("IST")));

        // A withdrawal of ₹1,500 hands cash out; the agent was on the withdrawal page and comes back to the till.
        page->hide();
        QVERIFY(f.withdrawal(Paise::fromRupees(1500)));
        page->show();
        QTRY_COMPARE(shown(figures, "expectedCashValueLabel"), QStringLiteral("₹18,500.00"));
        QVERIFY2(figures->text().contains(QStringLiteral("Cash withdrawal: 1 · ₹1,500.00")),
                 qPrintable(figures->text()));

        // ₹500 added by hand, with Enter pressed twice: recorded once.
        auto* amount = child<QLineEdit>(page, "moveAmountLineEdit");
        auto* reason = child<QLineEdit>(page, "moveReasonLineEdit");
        type(amount, QStringLiteral("500"));
        type(reason, QStringLiteral("change from the owner"));
        reason->setFocus();
        QTest::keyClick(reason, Qt::Key_Return);
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY(shown(page, "moveStatusLabel").contains(QStringLiteral("₹500.00 added")));
        QCOMPARE(moveCount(f), 1);
        QVERIFY(amount->text().isEmpty());
        QTRY_COMPARE(shown(figures, "expectedCashValueLabel"), QStringLiteral("₹19,000.00"));
        QVERIFY(figures->text().contains(QStringLiteral("+₹500.00 in 1 entry")));

        // ₹300 taken out (Alt+T picks the direction).
        type(amount, QStringLiteral("300"));
        QTest::keyClick(page, Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(page, "cashTakenRadioButton")->isChecked()); // an animated click
        type(reason, QStringLiteral("tea and snacks"));
        enter(reason);
        QTRY_COMPARE(shown(figures, "expectedCashValueLabel"), QStringLiteral("₹18,700.00"));
        QCOMPARE(moveCount(f), 2);

        // Close: the count, then expected against counted with the shortfall, then Yes.
        auto* counted = child<QLineEdit>(page, "countedCashLineEdit");
        type(counted, QStringLiteral("18,500"));
        enter(counted);
        QTRY_VERIFY(child<QPushButton>(page, "confirmCloseButton")->isVisible());
        const QString comparison = shown(page, "closeComparisonLabel");
        QVERIFY2(comparison.contains(QStringLiteral("Expected ₹18,700.00 · counted ₹18,500.00")),
                 qPrintable(comparison));
        QVERIFY(comparison.contains(QStringLiteral("Short by ₹200.00")));
        QVERIFY(f.till().currentShift().has_value()); // nothing is recorded before Yes
        // Changing the count takes the comparison away.
        QTest::keyClick(counted, Qt::Key_Backspace);
        QVERIFY(!child<QPushButton>(page, "confirmCloseButton")->isVisible());
        QTest::keyClick(counted, Qt::Key_0);
        enter(counted);
        QTRY_VERIFY(child<QPushButton>(page, "confirmCloseButton")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Yes, close the till
        QTRY_VERIFY(!f.till().currentShift().has_value());
        const QString notice = shown(page, "tillNoticeLabel");
        QVERIFY2(notice.contains(QStringLiteral("Short by ₹200.00")), qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("counted ₹18,500.00")));
        QTRY_VERIFY(child<QPushButton>(page, "openTillButton")->isVisible()); // the till can open again
        QVERIFY(!TillUiFixture::wait(f.till().report()).ok()); // till.no_shift
    }

    void refusalsShowAtTheFieldAndLoseNothing()
    {
        TillUiFixture f;
        QVERIFY(f.open());
        QVERIFY(f.operators().add(QStringLiteral("Ravi"), QStringLiteral("1234")).isNull());
        QWidget window; // as MainWindow's stack holds it: the page hides and shows inside an active window
        auto* page = new ui::TillPage(f.services(), &window);
        (new QVBoxLayout(&window))->addWidget(page);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(child<QComboBox>(page, "openOperatorComboBox")->isVisible());
        auto* cash = child<QLineEdit>(page, "openingCashLineEdit");
        auto* pin = child<QLineEdit>(page, "openPinLineEdit");
        // An amount that is not one, then a wrong PIN (checked off the UI thread once every other field is right):
        // each at its field, the texts kept, nothing opened.
        type(pin, QStringLiteral("9999"));
        type(cash, QStringLiteral("20,00x"));
        enter(cash);
        QVERIFY(!shown(page, "openingCashErrorLabel").isEmpty());
        QCOMPARE(cash->text(), QStringLiteral("20,00x"));
        cash->clear();
        type(cash, QStringLiteral("20000"));
        enter(cash);
        QTRY_VERIFY(!shown(page, "openPinErrorLabel").isEmpty());
        QVERIFY(pin->hasFocus());
        QCOMPARE(cash->text(), QStringLiteral("20000"));
        QTest::qWait(50);
        QVERIFY(!f.till().currentShift().has_value());
        cash->clear();
        type(cash, QStringLiteral("20000.505"));
        enter(cash);
        QVERIFY(shown(page, "openingCashErrorLabel").contains(QStringLiteral("paise")));
        cash->clear();
        pin->clear();
        QVERIFY(openTill(page, f, QStringLiteral("20000"), QStringLiteral("1234")));

        // A move without a reason, then with an amount that is not one.
        auto* amount = child<QLineEdit>(page, "moveAmountLineEdit");
        auto* reason = child<QLineEdit>(page, "moveReasonLineEdit");
        QTRY_VERIFY(amount->isVisible());
        type(amount, QStringLiteral("750"));
        enter(amount);
        QVERIFY(!shown(page, "moveReasonErrorLabel").isEmpty());
        QVERIFY(shown(page, "moveAmountErrorLabel").isEmpty());
        QCOMPARE(amount->text(), QStringLiteral("750"));
        QVERIFY(reason->hasFocus());
        amount->clear();
        type(amount, QStringLiteral("0"));
        type(reason, QStringLiteral("float"));
        enter(reason);
        QVERIFY(shown(page, "moveAmountErrorLabel").contains(QStringLiteral("more than ₹0")));
        QCOMPARE(reason->text(), QStringLiteral("float"));
        QCOMPARE(moveCount(f), 0);

        // A count that is not an amount.
        auto* counted = child<QLineEdit>(page, "countedCashLineEdit");
        type(counted, QStringLiteral("lots"));
        enter(counted);
        QVERIFY(!shown(page, "countedCashErrorLabel").isEmpty());
        QVERIFY(!child<QPushButton>(page, "confirmCloseButton")->isVisible());
        QCOMPARE(counted->text(), QStringLiteral("lots"));
        QVERIFY(f.till().currentShift().has_value());
    }

    void handOverNeedsTheNextOperatorsPin()
    {
        TillUiFixture f;
        QVERIFY(f.open());
        QVERIFY(f.operators().add(QStringLiteral("Ravi"), QStringLiteral("1234")).isNull());
        QVERIFY(f.operators().add(QStringLiteral("Sita"), QStringLiteral("5678")).isNull());
        QWidget window; // as MainWindow's stack holds it: the page hides and shows inside an active window
        auto* page = new ui::TillPage(f.services(), &window);
        (new QVBoxLayout(&window))->addWidget(page);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* who = child<QComboBox>(page, "openOperatorComboBox");
        who->setFocus();
        QTest::keyClick(who, Qt::Key_Home);
        QCOMPARE(who->currentText(), QStringLiteral("Ravi"));
        QVERIFY(openTill(page, f, QStringLiteral("20000"), QStringLiteral("1234")));
        page->hide();
        QVERIFY(f.withdrawal(Paise::fromRupees(2000)));
        page->show();
        QTRY_COMPARE(shown(page->figures(), "expectedCashValueLabel"), QStringLiteral("₹18,000.00"));

        auto* next = child<QComboBox>(page, "nextOperatorComboBox");
        QTRY_VERIFY(next->isVisible());
        QCOMPARE(next->count(), 1); // the operator handing over is not offered
        QCOMPARE(next->currentText(), QStringLiteral("Sita"));
        type(child<QLineEdit>(page, "countedCashLineEdit"), QStringLiteral("18000"));
        auto* nextPin = child<QLineEdit>(page, "nextPinLineEdit");
        type(nextPin, QStringLiteral("1234")); // Ravi's PIN, not Sita's
        enter(nextPin);
        QTRY_VERIFY(!shown(page, "nextPinErrorLabel").isEmpty());
        QCOMPARE(f.till().currentOperator(), QStringLiteral("Ravi"));
        nextPin->clear();
        QSignalSpy changed(&f.till(), &till::TillService::shiftChanged);
        type(nextPin, QStringLiteral("5678"));
        QTest::keyClick(page, Qt::Key_H, Qt::AltModifier); // Hand over
        QTRY_COMPARE(f.till().currentOperator(), QStringLiteral("Sita"));
        QCOMPARE(f.till().currentShift()->openingCash, Paise::fromRupees(18000));
        QVERIFY(changed.count() >= 1);
        const QString notice = shown(page, "tillNoticeLabel");
        QVERIFY2(notice.contains(QStringLiteral("Ravi handed the drawer over to Sita")), qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("no difference")));
        QTRY_COMPARE(shown(page->figures(), "tillOperatorValueLabel"), QStringLiteral("Sita"));
        QTRY_COMPARE(shown(page->figures(), "expectedCashValueLabel"), QStringLiteral("₹18,000.00"));
        QVERIFY(nextPin->text().isEmpty()); // the next shift's form starts empty
    }
};

QTEST_MAIN(TestTillPage)
#include "TestTillPage.moc"
