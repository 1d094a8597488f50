// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The counter's setup as wired by CounterApp: Settings from the header and Ctrl+, the language switch at run
// time, kiosk mode with the idle lock and the guarded close, the customer-token key from the keychain, and the
// environment switch applied to the running Eko client.
#include "CounterFixture.h"
#include "EnvironmentSwitcher.h"
#include "eko/EkoClient.h"
#include "kiosk/InactivityWatcher.h"
#include "kiosk/KioskController.h"
#include "kiosk/LockScreen.h"
#include "secrets/EkoCredentialStore.h"
#include "settings/AppSettings.h"
#include "settings/LanguageSwitcher.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace saathi;
using test::CounterFixture;

class TestCounterSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settingsOpenFromTheHeaderAndCtrlCommaAndEscGoesBack()
    {
        CounterFixture f;
        QVERIFY(f.start());
        ui::MainWindow& window = f.window();
        window.showHome();
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("settingsButton")), Qt::LeftButton);
        QCOMPARE(window.currentPageId(), CounterApp::kSettingsPageId);
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), CounterApp::kSettingsPageId);
    }

    void languageComesFromTheSettingAndSwitchesAtRunTime()
    {
        CounterFixture f;
        AppSettings(f.settings()).setLanguage(QStringLiteral("hi"));
        QVERIFY(f.start());
        QCOMPARE(f.app().language().language(), QStringLiteral("hi"));
        auto* consent = f.page("cashWithdrawal")->findChild<QWidget*>(QStringLiteral("consentCheckBox"));
        const QString hindi = consent->property("text").toString();
        QVERIFY(!hindi.contains(QStringLiteral("agrees")));

        QTest::keyClick(&f.window(), Qt::Key_Comma, Qt::ControlModifier);
        auto* language = f.page("settings")->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Up); // English
        QCOMPARE(f.app().language().language(), QStringLiteral("en"));
        QTRY_VERIFY(consent->property("text").toString().contains(QStringLiteral("agrees")));
        QCOMPARE(f.app().appSettings().language(), QStringLiteral("en"));
    }

    void kioskLocksWhenIdleUnlocksWithThePinAndGuardsTheClose()
    {
        CounterFixture f;
        {
            AppSettings settings(f.settings());
            QVERIFY(settings.setPin(QStringLiteral("2468")).isNull());
            QVERIFY(settings.setSupervisorPin(QStringLiteral("97531")).isNull());
            QVERIFY(settings.setKiosk({true, 2}).isNull());
        }
        QVERIFY(f.start());
        ui::KioskController* kiosk = f.app().kiosk();
        QVERIFY(kiosk && kiosk->kioskEnabled());
        // Full screen is asked for (TestLockScreen checks the state); offscreen, the platform may answer otherwise.
        QVERIFY(f.window().windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(f.window().windowFlags().testFlag(Qt::WindowStaysOnTopHint));

        // Closing is refused: the supervisor's PIN is asked for on the lock screen.
        QSignalSpy refused(kiosk, &ui::KioskController::closeRefused);
        QVERIFY(!f.window().close());
        QCOMPARE(refused.count(), 1);
        QVERIFY(f.window().isVisible());
        ui::LockScreen* lock = kiosk->lockScreen();
        QVERIFY(lock->isLocked());
        QTest::mouseClick(lock->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QVERIFY(!lock->isLocked());

        // Idle past the configured minutes: locked, customer data hidden; the agent's PIN opens it.
        f.clock().advanceMs(2 * 60 * 1000 + 1000);
        kiosk->inactivityWatcher()->checkNow();
        QTRY_VERIFY(lock->isLocked());
        QVERIFY(lock->isVisible());
        QVERIFY(!f.page("home")->isVisible());
        auto* pin = lock->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
        pin->setFocus();
        QTest::keyClicks(pin, QStringLiteral("2468"));
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(!lock->isLocked());
    }

    void customerTokenKeyComesFromTheKeychain()
    {
        CounterFixture f;
        QVERIFY(f.start());
        QTRY_VERIFY(f.app().services().customerTokens != nullptr);
        QVERIFY(f.window().findChild<QLabel*>(QStringLiteral("counterNoticeLabel"))->isHidden());
    }

    void withoutAKeychainTheCounterSaysTheDailyLimitCheckIsOff()
    {
        CounterFixture f(false);
        QVERIFY(f.start());
        auto* notice = f.window().findChild<QLabel*>(QStringLiteral("counterNoticeLabel"));
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("5 cash withdrawals")), qPrintable(notice->text()));
        QVERIFY(f.app().services().customerTokens == nullptr);
    }

    void environmentSwitchReconfiguresTheRunningClientAndTheBanner()
    {
        CounterFixture f;
        QVERIFY(f.start());
        eko::EkoClient& client = *f.app().services().eko;
        const QUrl sandboxUrl = client.config().baseUrl;
        QVERIFY(f.window().trainingMode());
        QVERIFY(f.app().appSettings().setLatLong(QStringLiteral("28.6139,77.2090")).isNull());

        // Without credentials the client stays on the sandbox and the status line says why.
        QSignalSpy failed(f.app().environment(), &EnvironmentSwitcher::failed);
        f.app().environment()->switchTo(EkoEnvironment::Uat);
        QVERIFY(failed.wait(5000));
        QCOMPARE(client.config().baseUrl, sandboxUrl);
        QVERIFY(f.window().trainingMode());

        // With them (saved in the keychain as the settings page does) it moves to UAT and the banner goes. Anything
        // the counter then sends to UAT goes to a dead proxy on loopback: a test never reaches the internet.
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9));
        eko::EkoCredentials credentials {QStringLiteral("becbbce45f79c6f5109f848acd540567"),
                                         QStringLiteral("d2fe1d99-6298-4af2-8cc5-UITEST000042"),
                                         QStringLiteral("9962981729"), QStringLiteral("20810200")};
        bool saved = false;
        EkoCredentialStore(f.secrets()).save(EkoEnvironment::Uat, credentials, this, [&](const Error& e) {
            saved = e.isNull();
        });
        QTRY_VERIFY(saved);
        QSignalSpy switched(f.app().environment(), &EnvironmentSwitcher::switched);
        f.app().environment()->switchTo(EkoEnvironment::Uat);
        QVERIFY(switched.wait(5000));
        QCOMPARE(client.config().baseUrl.host(), QStringLiteral("staging.eko.in"));
        QVERIFY(!f.window().trainingMode());
        QVERIFY(!f.app().services().training);

        f.app().environment()->switchTo(EkoEnvironment::Training);
        QCOMPARE(client.config().baseUrl, sandboxUrl);
        QVERIFY(f.window().trainingMode());
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }
};

QTEST_MAIN(TestCounterSetup)
#include "TestCounterSetup.moc"
