// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The bank field of the AePS forms (issue #17): a search box with a popup list. Typing narrows the popup and
// highlights the best match, Down/Up move the highlight, Enter or Tab picks it and moves on to the Aadhaar field
// (never into a list), Esc closes only the popup, and the picked bank shows as one line "Name (CODE)".
#include "AepsFixture.h"
#include "core/bank/BankDirectory.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/CashWithdrawalPage.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using namespace saathi::ui;
using test::AepsFixture;

namespace {

// A key where the agent's key would go: the popup while it shows, else the focused widget.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target
        = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

void type(const QString& text)
{
    for (const QChar c : text) {
        QWidget* target
            = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::focusWidget();
        QTest::keyClick(target, c.toLatin1());
    }
}

struct Form
{
    AepsFixture f;
    CashWithdrawalPage page {f.services()};
    BankPicker* picker = nullptr;
    QLineEdit* search = nullptr;

    bool open()
    {
        page.show();
        QApplication::setActiveWindow(&page);
        if (!QTest::qWaitForWindowActive(&page)) {
            return false;
        }
        picker = page.findChild<BankPicker*>();
        search = picker->searchEdit();
        if (!QTest::qWaitFor([this] { return picker->isLoaded(); }, 20000)) {
            return false;
        }
        search->setFocus();
        return search->hasFocus();
    }
    QString highlighted() const { return picker->listView()->currentIndex().data().toString(); }
};

} // namespace

class TestBankPicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typingNarrowsThePopupAndTabPicksTheMatchAndMovesOn()
    {
        Form form;
        QVERIFY(form.open());
        QSignalSpy changed(form.picker, &BankPicker::bankChanged);
        type(QStringLiteral("sbi"));
        QTRY_VERIFY(form.picker->isPopupVisible());
        QVERIFY(form.picker->listView()->model()->rowCount() >= 1);
        QVERIFY(form.picker->listView()->model()->rowCount() < form.f.services().banks->banks().size());
        QCOMPARE(form.picker->bankCode(), QStringLiteral("SBIN")); // highlighted as it is typed
        press(Qt::Key_Tab);
        QVERIFY(!form.picker->isPopupVisible());
        QCOMPARE(form.picker->bankCode(), QStringLiteral("SBIN"));
        QVERIFY(form.search->text().endsWith(QStringLiteral("(SBIN)")));
        QVERIFY(form.search->text().size() > 7); // the name, then the code
        QCOMPARE(QApplication::focusWidget(), form.page.findChild<AadhaarLineEdit*>(QStringLiteral("aadhaarLineEdit")));
        QCOMPARE(changed.last().first().toString(), QStringLiteral("SBIN"));
        // The popup gave the window back: it stays active, the focus where Tab put it.
        QTest::qWait(50);
        QCOMPARE(QApplication::activeWindow(), &form.page);
        QCOMPARE(QApplication::focusWidget(), form.page.findChild<AadhaarLineEdit*>(QStringLiteral("aadhaarLineEdit")));
        // No list stays on the form: the field is one line.
        QVERIFY(form.picker->height() < 100);
    }

    void aNameMatchesAnyWhereInAnyCaseAndDownUpMoveTheHighlight()
    {
        Form form;
        QVERIFY(form.open());
        type(QStringLiteral("BANK"));
        QTRY_VERIFY(form.picker->isPopupVisible());
        const int rows = form.picker->listView()->model()->rowCount();
        QVERIFY2(rows >= 2, "the sandbox lists several banks named Bank");
        for (int r = 0; r < rows; ++r) {
            QVERIFY(form.picker->listView()->model()->index(r, 0).data().toString().contains(QStringLiteral("bank"),
                                                                                             Qt::CaseInsensitive));
        }
        const QString first = form.highlighted();
        press(Qt::Key_Down);
        const QString second = form.highlighted();
        QVERIFY(second != first);
        QVERIFY(second.endsWith(QStringLiteral("(%1)").arg(form.picker->bankCode())));
        press(Qt::Key_Up);
        QCOMPARE(form.highlighted(), first);
        press(Qt::Key_Down);
        press(Qt::Key_Return); // Enter picks like Tab, and moves on
        QCOMPARE(form.search->text(), second);
        QVERIFY(!form.picker->isPopupVisible());
        QCOMPARE(QApplication::focusWidget(), form.page.findChild<AadhaarLineEdit*>(QStringLiteral("aadhaarLineEdit")));
    }

    void escClosesOnlyThePopupAndKeepsTheText()
    {
        Form form;
        QVERIFY(form.open());
        QSignalSpy back(&form.page, &AepsFormPage::backRequested);
        type(QStringLiteral("hdf"));
        QTRY_VERIFY(form.picker->isPopupVisible());
        press(Qt::Key_Escape);
        QVERIFY(!form.picker->isPopupVisible());
        QCOMPARE(form.search->text(), QStringLiteral("hdf"));
        QCOMPARE(back.size(), 0); // the page stays
        QTest::qWait(50);
        QCOMPARE(QApplication::focusWidget(), form.search);
        // With the popup closed, Esc is the page's again.
        press(Qt::Key_Escape);
        QCOMPARE(back.size(), 1);
    }

    void typingWithNoMatchClosesThePopupAndKeepsTheFocus()
    {
        Form form;
        QVERIFY(form.open());
        type(QStringLiteral("s"));
        QTRY_VERIFY(form.picker->isPopupVisible());
        type(QStringLiteral("qqq"));
        QVERIFY(!form.picker->isPopupVisible());
        QVERIFY(form.picker->bankCode().isEmpty());
        QTest::qWait(50);
        QCOMPARE(QApplication::focusWidget(), form.search);
        QCOMPARE(form.search->text(), QStringLiteral("sqqq"));
    }

    void tabNeverLandsInAList()
    {
        Form form;
        QVERIFY(form.open());
        press(Qt::Key_Tab); // nothing typed: on to the Aadhaar field
        QVERIFY(!qobject_cast<QAbstractItemView*>(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget(), form.page.findChild<AadhaarLineEdit*>(QStringLiteral("aadhaarLineEdit")));
        QVERIFY(form.picker->bankCode().isEmpty());
    }

    void selectCodeShowsTheBankAndClearEmptiesIt()
    {
        Form form;
        QVERIFY(form.open());
        QVERIFY(form.picker->selectCode(QStringLiteral("SBIN")));
        QCOMPARE(form.picker->bankCode(), QStringLiteral("SBIN"));
        QVERIFY(form.search->text().endsWith(QStringLiteral("(SBIN)")));
        QVERIFY(!form.picker->bankName().isEmpty());
        QVERIFY(!form.picker->isPopupVisible());
        QVERIFY(!form.picker->selectCode(QStringLiteral("NOPE")));
        form.picker->clearSelection();
        QVERIFY(form.picker->bankCode().isEmpty());
        QVERIFY(form.search->text().isEmpty());
    }
};

QTEST_MAIN(TestBankPicker)
#include "TestBankPicker.moc"
