// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The agent's first day at the counter, offscreen through the real widgets: onboarding, eKYC, daily login, a cash
// withdrawal typed with the keyboard, the receipt, History, and the next IST day.
#include "CounterFixture.h"
#include "app/StartupCheck.h"
#include "core/agent/AgentSession.h"
#include "core/eko/EkoClient.h"
#include "core/journal/DailySummary.h"
#include "core/journal/JournalService.h"
#include "sandbox/eko/EkoSandbox.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/home/DayGlance.h"
#include "ui/home/HomePage.h"
#include "ui/home/RupeeText.h"
#include "ui/onboarding/ActivationPage.h"
#include "ui/onboarding/AgentDetailsPage.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/onboarding/ServiceStatusPage.h"
#include "ui/widgets/FileChooser.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace saathi;
using test::CounterFixture;

namespace {

void type(QWidget* root, const char* name, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

QString writeJpeg(CounterFixture& f, const QString& name)
{
    QFile file(f.path(name));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2048, 'j'));
    return file.fileName();
}

QString serviceStatus(QTreeWidget* list, const QString& code)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == code) {
            return list->topLevelItem(i)->text(1);
        }
    }
    return {};
}

bool modelContains(const QAbstractItemModel* model, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString().contains(text)) {
                return true;
            }
        }
    }
    return false;
}

// Onboarding from Settings (Ctrl+,): agent details → user code, activation with JPEG documents, Re-check.
QString onboard(CounterFixture& f)
{
    ui::MainWindow& window = f.window();
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    if (window.currentPageId() != ui::pages::kSettings) {
        qWarning("Ctrl+, did not open Settings");
        return {};
    }
    QTest::mouseClick(f.page("settings")->findChild<QPushButton*>(QStringLiteral("onboardButton")), Qt::LeftButton);
    auto* wizard = qobject_cast<ui::OnboardingWizard*>(f.page("onboarding"));
    if (!wizard || window.currentPageId() != ui::pages::kOnboarding || !wizard->isVisible()) {
        qWarning("the onboarding wizard is not on screen");
        return {};
    }
    QWidget* details = wizard->detailsPage();
    type(details, "firstNameLineEdit", QStringLiteral("Ravi"));
    type(details, "lastNameLineEdit", QStringLiteral("Kumar"));
    type(details, "mobileLineEdit", QStringLiteral("9876501234"));
    type(details, "emailLineEdit", QStringLiteral("ravi@example.com"));
    type(details, "panLineEdit", QStringLiteral("abcpk1234f"));
    type(details, "shopNameLineEdit", QStringLiteral("Ravi Kirana"));
    type(details, "residenceLineLineEdit", QStringLiteral("12 Gandhi Road"));
    type(details, "residenceCityLineEdit", QStringLiteral("New Delhi"));
    details->findChild<QComboBox*>(QStringLiteral("residenceStateComboBox"))->setEditText(QStringLiteral("Delhi"));
    type(details, "residencePinCodeLineEdit", QStringLiteral("110001"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return wizard->currentId() == ui::OnboardingWizard::ActivationPageId; }, 20000)) {
        qWarning("no user code");
        return {};
    }
    const QString code = wizard->userCode();

    QWidget* activation = wizard->activationPage();
    auto* shopType = activation->findChild<QComboBox*>(QStringLiteral("shopTypeComboBox"));
    auto* officeState = activation->findChild<QComboBox*>(QStringLiteral("officeStateComboBox"));
    if (!QTest::qWaitFor([&] { return shopType->count() > 0 && officeState->count() > 0; }, 20000)) {
        qWarning("no shop types or states");
        return {};
    }
    type(activation, "modelNameLineEdit", QStringLiteral("MFS110"));
    type(activation, "deviceSerialLineEdit", QStringLiteral("8123456"));
    type(activation, "accountLineEdit", QStringLiteral("123456789012"));
    type(activation, "ifscLineEdit", QStringLiteral("SBIN0001234"));
    type(activation, "aadhaarLineEdit", QStringLiteral("999941057058"));
    type(activation, "officeLineLineEdit", QStringLiteral("Shop 4, Main Market"));
    type(activation, "officeCityLineEdit", QStringLiteral("New Delhi"));
    officeState->setCurrentIndex(officeState->findText(QStringLiteral("Delhi")));
    type(activation, "officePinCodeLineEdit", QStringLiteral("110001"));
    for (const char* button : {"panCardButton", "aadhaarFrontButton", "aadhaarBackButton"}) {
        ui::FileChooser::setNextAnswer(writeJpeg(f, QString::fromLatin1(button) + QStringLiteral(".jpg")));
        QTest::mouseClick(activation->findChild<QPushButton*>(QLatin1String(button)), Qt::LeftButton);
    }
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return wizard->currentId() == ui::OnboardingWizard::StatusPageId; }, 20000)) {
        qWarning("activation was not submitted");
        return {};
    }
    auto* list = wizard->statusPage()->findChild<QTreeWidget*>(QStringLiteral("servicesTreeWidget"));
    if (!QTest::qWaitFor([&] { return !serviceStatus(list, QStringLiteral("43")).isEmpty(); }, 20000)) {
        qWarning("no AePS service on the status page");
        return {};
    }
    f.clock().advanceMs(2 * 60 * 1000); // Eko approves after its delay, on the shared clock
    QSignalSpy updated(wizard->statusPage(), &ui::ServiceStatusPage::servicesUpdated);
    QTest::mouseClick(wizard->statusPage()->findChild<QPushButton*>(QStringLiteral("recheckButton")), Qt::LeftButton);
    if (!updated.wait(20000) || serviceStatus(list, QStringLiteral("43")) != QLatin1String("Activated")) {
        qWarning("AePS is not activated: %s", qPrintable(serviceStatus(list, QStringLiteral("43"))));
        return {};
    }
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    return code;
}

} // namespace

class TestCounterJourney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstDayFromOnboardingToTheNextIstDay()
    {
        CounterFixture f;
        QVERIFY(f.start());
        ui::MainWindow& window = f.window();
        QCOMPARE(window.currentPageId(), QStringLiteral("ekyc")); // a new counter starts with the eKYC

        const QString code = onboard(f);
        QVERIFY(!code.isEmpty());
        QCOMPARE(f.app().services().eko->config().credentials.userCode, code);
        QCOMPARE(f.app().session().userCode(), code);
        QTRY_COMPARE(window.currentPageId(), QStringLiteral("ekyc")); // the new agent's eKYC comes next
        QVERIFY(f.chooseDevice());
        f.app().checkAgent(); // back to what the agent still has to do: the eKYC
        QTRY_COMPARE(window.currentPageId(), QStringLiteral("ekyc"));
        QVERIFY(f.loginAgent());

        ui::HomePage* home = window.homePage();
        QVERIFY(home->tileButton(ui::HomePage::Tile::CashWithdrawal)->isEnabled());
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("2500")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal"));
        auto* form = qobject_cast<ui::AepsFormPage*>(f.page("cashWithdrawal"));
        const QString ref = form->flow().clientRefId();
        QVERIFY2(f.resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success")),
                 qPrintable(f.resultStatus("cashWithdrawal") + f.resultMessage("cashWithdrawal")));
        const QString receipt = f.receiptText("cashWithdrawal");
        QVERIFY(!form->flow().record().rrn.isEmpty());
        QVERIFY(receipt.contains(form->flow().record().rrn));
        QVERIFY(receipt.contains(QStringLiteral("XXXX XXXX 7058")));
        QVERIFY(!receipt.contains(QStringLiteral("999941057058")));
        QCOMPARE(f.sandbox().debitCount(ref), 1);

        // Home from the result page, then History (F6) lists the withdrawal.
        QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("homeButton")), Qt::LeftButton);
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));
        QTest::keyClick(&window, Qt::Key_F6);
        QCOMPARE(window.currentPageId(), QStringLiteral("history"));
        auto* table = f.page("history")->findChild<QTableView*>(QStringLiteral("historyTableView"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(modelContains(table->model(), QStringLiteral("2,500")), 10000);
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));

        // Past IST midnight the counter asks for the daily login again and the tiles lock.
        f.clock().setNowMs(test::istMs(24, 0, 1));
        f.app().checkAgent();
        QCOMPARE(window.currentPageId(), QStringLiteral("dailyLogin"));
        QVERIFY(!home->tileButton(ui::HomePage::Tile::CashWithdrawal)->isEnabled());
        QTest::keyClick(&window, Qt::Key_Escape);
        QTest::keyClick(&window, Qt::Key_F1); // locked: F1 does nothing
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));
    }

    void doubleEnterOnSubmitMakesOneRowAndOneDebit()
    {
        CounterFixture f;
        QVERIFY(f.start());
        QVERIFY(f.loginAgent());
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("1000")));
        auto* form = qobject_cast<ui::AepsFormPage*>(f.page("cashWithdrawal"));
        auto* submit = form->findChild<QPushButton*>(QStringLiteral("submitButton"));
        submit->setFocus();
        QTest::keyClick(submit, Qt::Key_Enter);
        QTest::keyClick(submit, Qt::Key_Enter);
        QVERIFY(f.waitForResult("cashWithdrawal"));
        QTest::keyClick(&form->resultPage(), Qt::Key_Enter); // still held down on the result page
        QTest::qWait(300);
        QCOMPARE(f.journalRows(), 1);
        QCOMPARE(f.sandbox().debitCount(form->flow().clientRefId()), 1);
        QCOMPARE(f.sandbox().ledger().size(), 1);
    }

    // The practice Eko starts empty with each run; a restarted training counter tells it what the counter remembers
    // (the eKYC, today's login), so the next withdrawal goes through instead of "do the daily login first".
    void aRestartedTrainingCounterKeepsItsLogin()
    {
        CounterFixture f;
        QVERIFY(f.start());
        QVERIFY(f.loginAgent());
        QVERIFY(f.restart());
        QTRY_VERIFY_WITH_TIMEOUT(f.app().session().aepsUnlocked(), 20000);
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("1000")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal"));
        QVERIFY2(f.resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success")),
                 qPrintable(f.resultStatus("cashWithdrawal") + f.resultMessage("cashWithdrawal")));
    }

    // The home screen's day at a glance follows the journal: a withdrawal that went through counts with its money
    // and commission, the E-value is the header's, and a pending one is listed in History from the glance's button.
    void dayAtAGlanceFollowsTheJournal()
    {
        CounterFixture f;
        QVERIFY(f.start());
        StartupCheck check(*f.app().services().eko, *f.app().services().device, &f.app().session());
        connect(&check, &StartupCheck::progress, &f.window(),
                qOverload<const QString&>(&ui::MainWindow::setServiceStatus));
        QSignalSpy checked(&check, &StartupCheck::finished);
        check.start();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
        auto* status = f.window().findChild<QLabel*>(QStringLiteral("serviceStatusLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("Agent: eKYC still to do")), qPrintable(status->text()));
        QVERIFY(f.loginAgent());
        ui::HomePage* home = f.window().homePage();
        ui::DayGlance* glance = home->dayGlance();
        // The start-up lines follow the agent: the login just done is said, not "eKYC still to do".
        QTRY_VERIFY2(status->text().contains(QStringLiteral("Agent: logged in for today")), qPrintable(status->text()));
        QTRY_VERIFY(glance->text().contains(QStringLiteral("Cash withdrawals: 0 done · ₹0.00")));
        QVERIFY(!glance->findChild<QPushButton*>(QStringLiteral("dayGlanceOpenButton"))->isEnabled());

        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("1000")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal"));
        QVERIFY(f.resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success")));
        auto* form = qobject_cast<ui::AepsFormPage*>(f.page("cashWithdrawal"));
        QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("homeButton")), Qt::LeftButton);
        QTRY_VERIFY2(glance->text().contains(QStringLiteral("Cash withdrawals: 1 done · ₹1,000.00")),
                     qPrintable(glance->text()));
        auto summary = f.app().services().journal->dailySummary(f.clock().istDate());
        QTRY_VERIFY(summary.isFinished());
        QVERIFY(summary.result().ok());
        const Paise commission = summary.result().value().commission;
        QVERIFY(commission.value > 0); // the sandbox pays 0.40 % on ₹1,000
        QVERIFY2(glance->text().contains(QStringLiteral("Commission today: ") + ui::rupeeText(commission)),
                 qPrintable(glance->text()));
        auto* balance = f.window().findChild<QLabel*>(QStringLiteral("balanceLabel"));
        QVERIFY(balance);
        QTRY_VERIFY(!balance->text().isEmpty());
        QTRY_VERIFY2(glance->text().contains(QStringLiteral("E-value balance: ") + balance->text().section(u' ', -1)),
                     qPrintable(glance->text() + QStringLiteral(" / ") + balance->text()));

        // ₹7,050: the sandbox answers "pending" and holds it; the row waits for Eko's final answer.
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543211"), QStringLiteral("7050")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal"));
        QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("homeButton")), Qt::LeftButton);
        QTRY_VERIFY2(glance->text().contains(QStringLiteral("Unresolved: 1")), qPrintable(glance->text()));
        QVERIFY(glance->text().contains(QStringLiteral("Cash withdrawals: 1 done · ₹1,000.00")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier); // a mnemonic clicks after 100 ms
        QTRY_COMPARE(f.window().currentPageId(), QStringLiteral("history"));
        auto* table = f.page("history")->findChild<QTableView*>(QStringLiteral("historyTableView"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(modelContains(table->model(), QStringLiteral("7,050")));
    }
};

QTEST_MAIN(TestCounterJourney)
#include "TestCounterJourney.moc"
