// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The counter's setup as wired by CounterApp: Settings from the header and Ctrl+, the language switch at run
// time, kiosk mode with the idle lock and the guarded close, the customer-token key from the keychain, and the
// environment switch applied to the running Eko client.
#include "CounterFixture.h"
#include "TestKeys.h"
#include "app/CounterEnvironment.h"
#include "app/TrainingEnvironment.h"
#include "core/agent/AgentSession.h"
#include "core/eko/EkoClient.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalStore.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/settings/AppSettings.h"
#include "ui/kiosk/InactivityWatcher.h"
#include "ui/kiosk/KioskController.h"
#include "ui/kiosk/LockScreen.h"
#include "ui/settings/LanguageSwitcher.h"
#include "ui/widgets/FileChooser.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
        QCOMPARE(window.currentPageId(), ui::pages::kSettings);
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), ui::pages::kSettings);
    }

    void settingsSavesASupportFileWithoutTheCustomersAadhaar()
    {
        CounterFixture f;
        QVERIFY(f.start());
        QVERIFY(f.loginAgent());
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("700")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal"));
        ui::MainWindow& window = f.window();
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), ui::pages::kSettings);
        auto* button = window.findChild<QPushButton*>(QStringLiteral("saveSupportFileButton"));
        auto* status = window.findChild<QLabel*>(QStringLiteral("supportFileStatusLabel"));
        QVERIFY(button && status);

        const QString path = f.path(QStringLiteral("support.json"));
        ui::FileChooser::setNextAnswer(path);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Saved")), 20000); // written on a worker
        QVERIFY(button->isEnabled());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(QByteArray(test::kTestAadhaar)));
        QVERIFY(!bytes.contains("9876543210")); // the customer's mobile stays in the journal
        const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(bundle.value(QStringLiteral("format")).toString(), QStringLiteral("saathi-support-bundle/1"));
        const QJsonObject training = bundle.value(QStringLiteral("journals")).toArray().at(0).toObject();
        QVERIFY(training.value(QStringLiteral("exists")).toBool());
        QCOMPARE(training.value(QStringLiteral("rows_by_state")).toObject().value(QStringLiteral("success")).toInt(),
                 1);

        // A folder it cannot write to is said at the button; nothing typed or done is lost.
        ui::FileChooser::setNextAnswer(f.path(QStringLiteral("no-such-folder/support.json")));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("could not be saved")), 20000);
        QVERIFY(button->isEnabled());
    }

    void languageComesFromTheSettingAndSwitchesAtRunTime()
    {
        CounterFixture f;
        AppSettings(f.settings()).setLanguage(QStringLiteral("hi"));
        QVERIFY(f.start());
        QCOMPARE(f.app().language().language(), QStringLiteral("hi"));
        auto* consent = f.page("cashWithdrawal")->findChild<QWidget*>(QStringLiteral("consentCheckBox"));
        const QString hindi = consent->property("text").toString().remove(QLatin1Char('&')); // the mnemonic mark
        QVERIFY(!hindi.contains(QStringLiteral("agrees")));

        QTest::keyClick(&f.window(), Qt::Key_Comma, Qt::ControlModifier);
        auto* language = f.page("settings")->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Up); // English
        QCOMPARE(f.app().language().language(), QStringLiteral("en"));
        QTRY_VERIFY(consent->property("text").toString().remove(QLatin1Char('&')).contains(QStringLiteral("agrees")));
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

    // A money row of training's that still waits for Eko's answer: written before the app starts, as a crash
    // mid-withdrawal leaves it.
    static void leaveUnresolvedWithdrawal(const QString& journalPath, const Clock& clock)
    {
        journal::JournalStore::Options options;
        options.environment = EkoEnvironment::Training;
        auto store = journal::JournalStore::open(journalPath, clock, options);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().detail));
        journal::PrepareRequest request;
        request.submissionKey = QStringLiteral("setup-test-1");
        request.clientRefId = QStringLiteral("SAATHISWITCH0001");
        request.amount = Paise::fromRupees(2500);
        request.customerMobile = QStringLiteral("9876543210");
        request.aadhaarLast4 = QStringLiteral("7058");
        request.agentUserCode = QStringLiteral("20810200");
        request.bankCode = QStringLiteral("SBIN");
        QVERIFY(store.value()->prepare(request).ok());
        QVERIFY(store.value()->markSent(request.clientRefId).ok());
    }

    // The one journal of earlier versions: rows move to the environment their user_code proves, the rest stay,
    // are never reconciled, and Home lists the open ones to settle with Eko by hand.
    void theSharedJournalOfEarlierVersionsMovesOnEvidenceAndTheRestIsListed()
    {
        CounterFixture f;
        const QString legacy = f.path(QStringLiteral("journal.sqlite"));
        {
            auto store = journal::JournalStore::open(legacy, f.clock()); // an untagged, shared file
            QVERIFY(store.ok());
            const auto add = [&](const char* ref, const char* userCode) {
                journal::PrepareRequest request;
                request.submissionKey = QStringLiteral("k-") + QLatin1String(ref);
                request.clientRefId = QLatin1String(ref);
                request.amount = Paise::fromRupees(1000);
                request.customerMobile = QStringLiteral("9876543210");
                request.agentUserCode = QLatin1String(userCode);
                QVERIFY(store.value()->prepare(request).ok());
                QVERIFY(store.value()->markSent(request.clientRefId).ok());
            };
            add("LEGACYUAT0001", "20810299"); // only UAT's saved credentials have this agent
            add("LEGACYNOBODY01", "39990000"); // no environment knows this agent
        }
        bool saved = false;
        EkoCredentialStore(f.secrets())
            .save(EkoEnvironment::Uat,
                  {QStringLiteral("becbbce45f79c6f5109f848acd540567"),
                   QStringLiteral("d2fe1d99-6298-4af2-8cc5-UITEST000042"), QStringLiteral("9962981729"),
                   QStringLiteral("20810299")},
                  this, [&](const Error& e) { saved = e.isNull(); });
        QTRY_VERIFY(saved);
        QVERIFY(f.start());

        auto* list = f.window().findChild<QListWidget*>(QStringLiteral("unresolvedListWidget"));
        QTRY_VERIFY_WITH_TIMEOUT(list->count() > 0, 10000);
        QStringList lines;
        for (int i = 0; i < list->count(); ++i) {
            lines << list->item(i)->text();
        }
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("LEGACYNOBODY01")) && all.contains(QStringLiteral("by hand")),
                 qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("LEGACYUAT0001")), qPrintable(all)); // UAT's, not training's

        journal::JournalStore::Options uatOptions;
        uatOptions.environment = EkoEnvironment::Uat;
        auto uat = journal::JournalStore::open(journal::JournalPaths::forEnvironment(legacy, EkoEnvironment::Uat),
                                               f.clock(), uatOptions);
        QVERIFY(uat.ok());
        QVERIFY(uat.value()->find(QStringLiteral("LEGACYUAT0001")).value().has_value());
        QVERIFY(!uat.value()->find(QStringLiteral("LEGACYNOBODY01")).value().has_value());
    }

    void environmentSwitchIsRefusedWhileMoneyIsUnresolvedAndRebuildsTheCounterWhenAllowed()
    {
        CounterFixture f;
        {
            AppSettings settings(f.settings());
            QVERIFY(settings.setSupervisorPin(QStringLiteral("97531")).isNull());
            QVERIFY(settings.setLatLong(QStringLiteral("28.6139,77.2090")).isNull());
        }
        leaveUnresolvedWithdrawal(
            journal::JournalPaths::forEnvironment(f.path(QStringLiteral("journal.sqlite")), EkoEnvironment::Training),
            f.clock());
        QVERIFY(f.start());
        QVERIFY(f.window().trainingMode());
        QVERIFY(f.app().training());
        QVERIFY(f.app().journalPath().endsWith(QStringLiteral("journal-training.sqlite")));

        // Credentials for UAT, saved in the keychain as the settings page does. Anything the counter then sends to
        // UAT goes to a dead proxy on loopback: a test never reaches the internet.
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9));
        eko::EkoCredentials credentials {QStringLiteral("becbbce45f79c6f5109f848acd540567"),
                                         QStringLiteral("d2fe1d99-6298-4af2-8cc5-UITEST000042"),
                                         QStringLiteral("9962981729"), QStringLiteral("20810299")};
        bool saved = false;
        EkoCredentialStore(f.secrets()).save(EkoEnvironment::Uat, credentials, this, [&](const Error& e) {
            saved = e.isNull();
        });
        QTRY_VERIFY(saved);

        // Training still owes an answer on the withdrawal: the switch is refused and the settings page lists it.
        QSignalSpy refused(&f.app(), &CounterApp::environmentSwitchRefused);
        QTest::keyClick(&f.window(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(f.window().currentPageId(), ui::pages::kSettings);
        f.app().requestEnvironment(EkoEnvironment::Uat);
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QCOMPARE(refused.first().at(1).value<QList<journal::TransactionRecord>>().size(), 1);
        QVERIFY(f.window().trainingMode());
        QCOMPARE(f.app().appSettings().environment(), EkoEnvironment::Training);
        auto* rows = f.window().findChild<QLabel*>(QStringLiteral("switchRefusedRowsLabel"));
        QVERIFY(rows && rows->isVisible());
        QVERIFY2(rows->text().contains(QStringLiteral("SAATHISWITCH0001")), qPrintable(rows->text()));

        // A wrong supervisor PIN changes nothing; the right one lets the supervisor switch anyway.
        auto* pin = f.window().findChild<QLineEdit*>(QStringLiteral("supervisorOverridePinLineEdit"));
        QTest::keyClicks(pin, QStringLiteral("11111"));
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(!f.window().findChild<QLabel*>(QStringLiteral("supervisorOverrideErrorLabel"))->text().isEmpty());
        QTRY_VERIFY(f.window().findChild<QPushButton*>(QStringLiteral("supervisorOverrideButton"))->isEnabled());
        QSignalSpy switched(&f.app(), &CounterApp::environmentSwitched);
        QTest::keyClicks(pin, QStringLiteral("97531"));
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 1, 10000);
        QCOMPARE(switched.first().first().value<EkoEnvironment>(), EkoEnvironment::Uat);
        QCOMPARE(f.app().services().eko->config().baseUrl.host(), QStringLiteral("staging.eko.in"));
        QCOMPARE(f.app().services().eko->config().credentials.userCode, QStringLiteral("20810299"));
        QVERIFY(!f.window().trainingMode());
        QVERIFY(!f.app().services().training);
        QVERIFY(!f.app().training()); // training's sandbox and simulator are gone with it
        QCOMPARE(f.app().appSettings().environment(), EkoEnvironment::Uat);
        QVERIFY(f.app().journalPath().endsWith(QStringLiteral("journal-uat.sqlite")));
        QVERIFY(!f.app().session().ekycCompleted()); // nothing of training's agent carries over

        // Back to training (UAT owes nothing): the practice counter again, its withdrawal still in its journal.
        f.app().requestEnvironment(EkoEnvironment::Training);
        QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 2, 10000);
        QVERIFY(f.window().trainingMode());
        QVERIFY(f.app().training());
        QVERIFY(f.app().services().eko->config().baseUrl.host() != QStringLiteral("staging.eko.in"));
        QVERIFY(f.app().journalPath().endsWith(QStringLiteral("journal-training.sqlite")));
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }
};

QTEST_MAIN(TestCounterSetup)
#include "TestCounterSetup.moc"
