// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "TestKeys.h"
#include "app/CounterApp.h"
#include "core/agent/AgentSession.h"
#include "core/util/Clock.h"
#include "ui/MainWindow.h"
#include "ui/agent/EkycWizard.h"
#include "ui/home/HomePage.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

namespace {

qint64 ist(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Clock::istZone()).toMSecsSinceEpoch();
}

template<typename T>
T* child(QWidget* page, const char* name)
{
    return page ? page->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

} // namespace

class TestCounterApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newAgentGoesThroughEkycAndDailyLoginToUnlockedTiles()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("saathi.ini")), QSettings::IniFormat);
        ManualClock clock(ist(23, 11, 30));
        CounterApp::Options options;
        options.clock = &clock;
        options.settings = &settings;
        options.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
        CounterApp app(options);
        QSignalSpy journalReady(&app, &CounterApp::journalReady);
        QVERIFY(app.start().ok());
        ui::MainWindow& window = app.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window); // F-key tiles and Esc are window shortcuts
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!journalReady.isEmpty(), 10000); // it may have answered while the window came up
        QCOMPARE(journalReady.first().first().toBool(), true);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("trainingBannerLabel"))->isVisible());
        QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("balanceLabel"))->text().contains(QStringLiteral("5")));

        // A new agent starts in the eKYC wizard.
        QCOMPARE(window.currentPageId(), QStringLiteral("ekyc"));
        auto* wizard = qobject_cast<ui::EkycWizard*>(window.page(QStringLiteral("ekyc")));
        QVERIFY(wizard);
        QWidget* details = wizard->page(0);
        auto* aadhaar = child<ui::AadhaarLineEdit>(details, "aadhaarLineEdit");
        QVERIFY(aadhaar);
        QTest::keyClicks(aadhaar, QString::fromLatin1(test::kTestAadhaar));
        QVERIFY(!aadhaar->text().contains(QStringLiteral("4105"))); // masked on screen
        QTest::mouseClick(child<QPushButton>(details, "sendOtpButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), 1, 15000);

        QWidget* otpPage = wizard->page(1);
        QTest::keyClicks(child<QLineEdit>(otpPage, "otpLineEdit"), QStringLiteral("123456"));
        QTest::keyClick(child<QLineEdit>(otpPage, "otpLineEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), 2, 15000);

        QTest::mouseClick(child<QPushButton>(wizard->page(2), "captureButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPageId(), QStringLiteral("dailyLogin"), 20000);
        QVERIFY(app.session().ekycCompleted());

        // eKYC does not count as today's login: the tiles stay locked until the daily login.
        ui::HomePage* home = window.homePage();
        QVERIFY(!home->tileButton(ui::HomePage::Tile::CashWithdrawal)->isEnabled());
        QWidget* login = window.page(QStringLiteral("dailyLogin"));
        QTest::keyClicks(child<ui::AadhaarLineEdit>(login, "aadhaarLineEdit"), QString::fromLatin1(test::kTestAadhaar));
        QTest::mouseClick(child<QPushButton>(login, "loginButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPageId(), QStringLiteral("home"), 20000);
        QVERIFY(home->tileButton(ui::HomePage::Tile::CashWithdrawal)->isEnabled());
        QVERIFY(home->tileButton(ui::HomePage::Tile::BalanceEnquiry)->isEnabled());
        QVERIFY(home->tileButton(ui::HomePage::Tile::MoneyTransfer)->isEnabled()); // DMT needs no AePS login
        QVERIFY(child<QLabel>(login, "lastLoginLabel")->text().contains(QStringLiteral("2026-11-23 11:30")));

        // Each AePS tile opens its page, by click and by its F-key on the window; Esc comes back.
        QTest::mouseClick(home->tileButton(ui::HomePage::Tile::CashWithdrawal), Qt::LeftButton);
        QCOMPARE(window.currentPageId(), QStringLiteral("cashWithdrawal"));
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));
        const QList<std::pair<Qt::Key, QString>> keys {{Qt::Key_F1, QStringLiteral("cashWithdrawal")},
                                                       {Qt::Key_F2, QStringLiteral("balanceEnquiry")},
                                                       {Qt::Key_F3, QStringLiteral("miniStatement")},
                                                       {Qt::Key_F4, QStringLiteral("aadhaarPay")},
                                                       {Qt::Key_F5, QStringLiteral("moneyTransfer")}};
        for (const auto& [key, id] : keys) {
            QTest::keyClick(&window, key);
            QCOMPARE(window.currentPageId(), id);
            QTest::keyClick(&window, Qt::Key_Escape);
            QCOMPARE(window.currentPageId(), QStringLiteral("home"));
        }
        // The fingerprint device wizard opens from the header and Esc on its first page comes back.
        QTest::mouseClick(child<QPushButton>(&window, "deviceButton"), Qt::LeftButton);
        QCOMPARE(window.currentPageId(), QStringLiteral("device"));
        QTest::keyClick(&window, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPageId(), QStringLiteral("home"), 5000);

        // History is wired: its tile opens the page, Esc comes back.
        QTest::mouseClick(home->tileButton(ui::HomePage::Tile::History), Qt::LeftButton);
        QCOMPARE(window.currentPageId(), QStringLiteral("history"));
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));

        // Past IST midnight (18:31 UTC, the same UTC day) the counter asks for the daily login again.
        clock.setNowMs(ist(24, 0, 1));
        app.checkAgent();
        QCOMPARE(window.currentPageId(), QStringLiteral("dailyLogin"));
        QVERIFY(!home->tileButton(ui::HomePage::Tile::CashWithdrawal)->isEnabled());
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));
        QVERIFY(child<QPushButton>(home, "aepsUnlockButton")->isVisible());
    }
};

QTEST_MAIN(TestCounterApp)
#include "TestCounterApp.moc"
