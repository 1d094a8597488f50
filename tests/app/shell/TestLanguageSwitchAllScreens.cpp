// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Settings → Hindi at run time reaches every screen without a restart: each page below is shown, the language is
// switched to Hindi (its texts then hold Devanagari) and back to English (the English text is back), and what the
// agent typed or picked survives both switches.
#include "CounterFixture.h"
#include "core/agent/AgentSession.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/device/DeviceWizard.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPage.h"
#include "ui/home/HomePage.h"
#include "ui/settings/LanguageSwitcher.h"
#include "ui/till/TillFigures.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QWizard>

#include <functional>

using namespace saathi;
using test::CounterFixture;

namespace {

bool hasDevanagari(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Devanagari; });
}

template<typename T>
T* child(QWidget* root, const char* name)
{
    return root ? root->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

} // namespace

class TestLanguageSwitchAllScreens : public QObject
{
    Q_OBJECT

    std::unique_ptr<CounterFixture> m_f;

    void setLanguage(const char* code)
    {
        QVERIFY(m_f->app().language().setLanguage(QString::fromLatin1(code)));
        QCoreApplication::processEvents(); // LanguageChange is posted to every widget
    }

    // Shows the page, then reads `text` in English, Hindi and English again.
    void checkSwitch(const char* pageId, const std::function<QString()>& text)
    {
        QVERIFY2(m_f->window().showPage(QString::fromLatin1(pageId)), pageId);
        const QString english = text();
        QVERIFY2(!english.isEmpty() && !hasDevanagari(english), qPrintable(english));
        setLanguage("hi");
        QTRY_VERIFY2(hasDevanagari(text()), qPrintable(QStringLiteral("%1: %2").arg(pageId, text())));
        setLanguage("en");
        QTRY_COMPARE(text(), english);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<CounterFixture>();
        QVERIFY(m_f->start());
        QVERIFY(m_f->loginAgent());
    }

    void cleanupTestCase() { m_f.reset(); }

    void home()
    {
        QWidget* home = m_f->page("home");
        checkSwitch("home", [home] { return child<QAbstractButton>(home, "cashWithdrawalTileButton")->text(); });
        checkSwitch("home", [home] { return child<QLabel>(home, "aepsLockLabel")->text(); });
        auto* page = qobject_cast<ui::HomePage*>(home);
        page->showNotice([] { return ui::HomePage::tileTitle(ui::HomePage::Tile::History); });
        checkSwitch("home", [home] { return child<QLabel>(home, "homeNoticeLabel")->text(); });
        page->showNotice(QString());
    }

    void dailyLoginKeepsTheTypedAadhaar()
    {
        QWidget* page = m_f->page("dailyLogin");
        QVERIFY2(m_f->window().showPage(QStringLiteral("dailyLogin")), "dailyLogin");
        auto* aadhaar = child<ui::AadhaarLineEdit>(page, "aadhaarLineEdit");
        aadhaar->setFocus();
        QTest::keyClicks(aadhaar, QStringLiteral("2345"));
        const int typed = aadhaar->digitCount();
        QVERIFY(typed > 0);
        checkSwitch("dailyLogin", [page] { return child<QAbstractButton>(page, "loginButton")->text(); });
        checkSwitch("dailyLogin", [page] { return child<QLabel>(page, "lastLoginLabel")->text(); });
        checkSwitch("dailyLogin", [page] { return child<QLabel>(page, "dailyLoginTitleLabel")->text(); });
        QCOMPARE(aadhaar->digitCount(), typed);
    }

    void ekycWizardKeepsTheChosenBank()
    {
        auto* wizard = qobject_cast<QWizard*>(m_f->page("ekyc"));
        QVERIFY(wizard);
        wizard->restart();
        QWidget* details = wizard->page(0);
        auto* bank = child<QComboBox>(details, "bankComboBox");
        bank->setCurrentIndex(2);
        const QString bankEnglish = bank->currentText();
        checkSwitch("ekyc", [wizard] { return wizard->currentPage()->title(); });
        checkSwitch("ekyc", [details] { return child<QAbstractButton>(details, "sendOtpButton")->text(); });
        setLanguage("hi");
        QCOMPARE(bank->currentIndex(), 2);
        QTRY_VERIFY(bank->currentText() != bankEnglish);
        setLanguage("en");
        QCOMPARE(bank->currentText(), bankEnglish);
        QWidget* otp = wizard->page(1);
        checkSwitch("ekyc", [otp] { return child<QAbstractButton>(otp, "verifyOtpButton")->text(); });
        checkSwitch("ekyc", [wizard] { return wizard->page(2)->subTitle(); });
    }

    void deviceWizard()
    {
        auto* wizard = qobject_cast<ui::DeviceWizard*>(m_f->page("device"));
        QVERIFY(wizard);
        wizard->restartWizard();
        checkSwitch("device", [wizard] { return wizard->button(QWizard::CancelButton)->text(); });
        checkSwitch("device", [wizard] { return child<QAbstractButton>(wizard, "retrySearchButton")->text(); });
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20000); // the simulator is found
        checkSwitch("device", [wizard] { return child<QLabel>(wizard, "discoveryStatusLabel")->text(); });
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(ui::DeviceWizard::ChoosePageId));
        checkSwitch("device", [wizard] { return child<QLabel>(wizard, "chooseNoteLabel")->text(); });
        QVERIFY(wizard->currentPage()->isComplete()); // the pick is kept
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(ui::DeviceWizard::DetailsPageId));
        checkSwitch("device", [wizard] { return child<QLabel>(wizard, "levelLabel")->text(); });
        m_f->window().showHome();
    }

    void historyKeepsItsFilters()
    {
        auto* page = qobject_cast<ui::HistoryPage*>(m_f->page("history"));
        QVERIFY2(m_f->window().showPage(QStringLiteral("history")), "history");
        auto* kind = child<QComboBox>(page, "kindComboBox");
        auto* state = child<QComboBox>(page, "stateComboBox");
        auto* mobile = child<QLineEdit>(page, "mobileLineEdit");
        kind->setCurrentIndex(2);
        state->setCurrentIndex(1);
        mobile->setText(QStringLiteral("98765"));
        QTRY_VERIFY(!child<QLabel>(page, "historyStatusLabel")->text().isEmpty()); // the first page was read
        checkSwitch("history", [page] { return page->model()->headerData(0, Qt::Horizontal).toString(); });
        checkSwitch("history", [kind] { return kind->currentText(); });
        checkSwitch("history", [state] { return state->currentText(); });
        checkSwitch("history", [page] { return child<QAbstractButton>(page, "loadMoreButton")->text(); });
        checkSwitch("history", [page] { return child<QLabel>(page, "historyStatusLabel")->text(); });
        QCOMPARE(kind->currentIndex(), 2);
        QCOMPARE(state->currentIndex(), 1);
        QCOMPARE(mobile->text(), QStringLiteral("98765"));
    }

    void tillKeepsTheTypedCash()
    {
        QWidget* page = m_f->page("till");
        QVERIFY2(m_f->window().showPage(QStringLiteral("till")), "till");
        auto* cash = child<QLineEdit>(page, "openingCashLineEdit");
        QTRY_VERIFY(cash->isVisible());
        cash->setFocus();
        QTest::keyClicks(cash, QStringLiteral("20,000"));
        checkSwitch("till", [page] { return child<QLabel>(page, "tillTitleLabel")->text(); });
        checkSwitch("till", [page] { return child<QLabel>(page, "openingCashLabel")->text(); });
        checkSwitch("till", [page] { return child<QAbstractButton>(page, "openTillButton")->text(); });
        QCOMPARE(cash->text(), QStringLiteral("20,000"));
        QWidget* home = m_f->page("home");
        checkSwitch("home", [home] { return child<QLabel>(home, "tillStatusLabel")->text(); });
        // Opened: the figures and the close box say it again in each language.
        QVERIFY(m_f->window().showPage(QStringLiteral("till")));
        cash->setFocus();
        QTest::keyClick(cash, Qt::Key_Return);
        auto* figures = page->findChild<ui::TillFigures*>();
        QTRY_VERIFY(figures->isVisible() && figures->report().has_value());
        checkSwitch("till", [figures] { return figures->text(); });
        checkSwitch("till", [page] { return child<QGroupBox>(page, "tillCloseGroup")->title(); });
        // Closed again: the operator leaves the till, so today's login holds for the screens that follow.
        auto* counted = child<QLineEdit>(page, "countedCashLineEdit");
        counted->setFocus();
        QTest::keyClicks(counted, QStringLiteral("20000"));
        QTest::keyClick(counted, Qt::Key_Return);
        auto* yes = child<QAbstractButton>(page, "confirmCloseButton");
        QTRY_VERIFY(yes->isVisible() && yes->isEnabled());
        yes->setFocus();
        QTest::keyClick(yes, Qt::Key_Return);
        QTRY_VERIFY(cash->isVisible());
        QTRY_VERIFY(m_f->app().session().aepsUnlocked());
        m_f->window().showHome();
    }

    void bankPickerAndTransactionResult()
    {
        m_f->window().showHome();
        QVERIFY(m_f->typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("500")));
        QWidget* form = m_f->page("cashWithdrawal");
        const QString bank = child<QLineEdit>(form, "bankSearchLineEdit")->text(); // the picked "Name (SBIN)"
        QVERIFY(bank.endsWith(QStringLiteral("(SBIN)")));
        checkSwitch("cashWithdrawal",
                    [form] { return child<QLineEdit>(form, "bankSearchLineEdit")->placeholderText(); });
        QCOMPARE(child<QLineEdit>(form, "bankSearchLineEdit")->text(), bank);
        child<QAbstractButton>(form, "submitButton")->click();
        QVERIFY(m_f->waitForResult("cashWithdrawal"));
        QVERIFY2(m_f->resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success")),
                 qPrintable(m_f->resultStatus("cashWithdrawal") + m_f->resultMessage("cashWithdrawal")));
        checkSwitch("cashWithdrawal", [form] { return child<QLabel>(form, "statusLabel")->text(); });
        checkSwitch("cashWithdrawal", [form] { return child<QLabel>(form, "messageLabel")->text(); });
        checkSwitch("cashWithdrawal", [form] { return child<QAbstractButton>(form, "homeButton")->text(); });
        auto* mini = child<QTableView>(form, "miniStatementTableView");
        checkSwitch("cashWithdrawal", [mini] { return mini->model()->headerData(0, Qt::Horizontal).toString(); });
        m_f->window().showHome();
    }

    void moneyTransfer()
    {
        QWidget* page = m_f->page("moneyTransfer");
        if (!page) {
            QSKIP("no money-transfer page in this environment");
        }
        checkSwitch("moneyTransfer", [page] {
            const auto labels = page->findChildren<QLabel*>();
            for (QLabel* label : labels) {
                if (label->isVisible() && !label->text().isEmpty()) {
                    return label->text();
                }
            }
            return QString();
        });
        m_f->window().showHome();
    }
};

QTEST_MAIN(TestLanguageSwitchAllScreens)
#include "TestLanguageSwitchAllScreens.moc"
