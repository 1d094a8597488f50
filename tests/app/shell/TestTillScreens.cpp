// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #19 through the whole counter (CounterApp in training): home's till line and its Alt+T, the till opened
// with ₹20,000 by an operator named in Settings, a real cash withdrawal moving the expected cash, and a hand-over
// that locks AePS (AgentSession::aepsUnlocked) until the new operator's own daily login; the open shift is read
// again when the journal opens after a restart.
#include "CounterFixture.h"
#include "core/agent/AgentSession.h"
#include "core/till/Operators.h"
#include "core/till/TillService.h"
#include "ui/home/HomePage.h"
#include "ui/home/TillStatus.h"
#include "ui/settings/OperatorsBox.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace saathi;
using test::CounterFixture;

namespace {

constexpr int kWait = 20000;

template<typename T>
T* child(QWidget* root, const char* name)
{
    T* w = root ? root->findChild<T*>(QString::fromLatin1(name)) : nullptr;
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

QString tillLine(CounterFixture& f)
{
    return f.window().homePage()->tillStatus()->text();
}

} // namespace

class TestTillScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handOverLocksAepsUntilTheNewOperatorsLogin()
    {
        CounterFixture f;
        QVERIFY(f.start());
        QVERIFY(f.loginAgent());
        till::TillService& till = *f.app().services().till;
        QTRY_VERIFY(tillLine(f).contains(QStringLiteral("Till not open")));
        // The shop's operators, as Settings lists them.
        till::Operators& operators = *f.app().services().operators;
        QVERIFY(operators.add(QStringLiteral("Ravi"), QStringLiteral("1234")).isNull());
        QVERIFY(operators.add(QStringLiteral("Sita"), QStringLiteral("5678")).isNull());
        auto* box = f.page("settings")->findChild<ui::OperatorsBox*>();
        QVERIFY(box);
        QCOMPARE(box->list()->count(), 2);

        // Alt+T on home opens the till.
        QTest::keyClick(&f.window(), Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(f.window().currentPageId(), QStringLiteral("till")); // an animated click
        QWidget* page = f.page("till");
        auto* who = child<QComboBox>(page, "openOperatorComboBox");
        QTRY_VERIFY(who->isVisible());
        QCOMPARE(who->currentText(), QStringLiteral("Ravi"));
        type(child<QLineEdit>(page, "openPinLineEdit"), QStringLiteral("1234"));
        type(child<QLineEdit>(page, "openingCashLineEdit"), QStringLiteral("20,000"));
        QTest::keyClick(&f.window(), Qt::Key_O, Qt::AltModifier); // Open the till
        QTRY_COMPARE_WITH_TIMEOUT(till.currentOperator(), QStringLiteral("Ravi"), kWait);
        if (!f.app().session().aepsUnlocked()) { // the first operator of the day logs in too
            QVERIFY(f.window().showPage(QStringLiteral("dailyLogin")));
            QVERIFY(f.dailyLogin());
        }
        f.window().showHome();
        QTRY_VERIFY2(tillLine(f).contains(QStringLiteral("Till: Ravi · expected ₹20,000.00")), qPrintable(tillLine(f)));

        // A withdrawal of ₹500 hands cash out of the drawer.
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("500")));
        child<QPushButton>(f.page("cashWithdrawal"), "submitButton")->click();
        QVERIFY(f.waitForResult("cashWithdrawal"));
        QVERIFY2(f.resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success")),
                 qPrintable(f.resultStatus("cashWithdrawal")));
        f.window().showHome();
        QTRY_VERIFY2(tillLine(f).contains(QStringLiteral("expected ₹19,500.00")), qPrintable(tillLine(f)));

        // Ravi hands the drawer to Sita, who gives her PIN.
        QTest::keyClick(&f.window(), Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(f.window().currentPageId(), QStringLiteral("till")); // an animated click
        type(child<QLineEdit>(page, "countedCashLineEdit"), QStringLiteral("19500"));
        QCOMPARE(child<QComboBox>(page, "nextOperatorComboBox")->currentText(), QStringLiteral("Sita"));
        type(child<QLineEdit>(page, "nextPinLineEdit"), QStringLiteral("5678"));
        QTest::keyClick(&f.window(), Qt::Key_H, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(till.currentOperator(), QStringLiteral("Sita"), kWait);
        QTRY_VERIFY(!f.app().session().aepsUnlocked());
        const QString notice = child<QLabel>(page, "tillNoticeLabel")->text();
        QVERIFY2(notice.contains(QStringLiteral("AePS is locked until Sita")), qPrintable(notice));
        QCOMPARE(f.window().homePage()->lock(), ui::HomePage::Lock::NeedsDailyLogin);
        QVERIFY(!f.window().homePage()->tileButton(ui::HomePage::Tile::CashWithdrawal)->isEnabled());

        // The page's button (Alt+L) leads to the daily login; Sita's own login unlocks AePS.
        auto* login = child<QPushButton>(page, "tillDailyLoginButton");
        QVERIFY(login->isVisible());
        QTest::keyClick(&f.window(), Qt::Key_L, Qt::AltModifier);
        QTRY_COMPARE(f.window().currentPageId(), QStringLiteral("dailyLogin"));
        QVERIFY(f.dailyLogin());
        QVERIFY(f.app().session().aepsUnlocked());
        QTRY_COMPARE(f.window().homePage()->lock(), ui::HomePage::Lock::Unlocked);
        QVERIFY(f.window().homePage()->tileButton(ui::HomePage::Tile::CashWithdrawal)->isEnabled());

        // After a restart the journal's open shift is Sita's again.
        QVERIFY(f.restart());
        QTRY_COMPARE_WITH_TIMEOUT(f.app().services().till->currentOperator(), QStringLiteral("Sita"), kWait);
        QTRY_VERIFY2(tillLine(f).contains(QStringLiteral("Till: Sita · expected ₹19,500.00")), qPrintable(tillLine(f)));
    }
};

QTEST_MAIN(TestTillScreens)
#include "TestTillScreens.moc"
