// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CounterApp.h"

#include "app/CounterEnvironment.h"
#include "app/CounterRouter.h"
#include "app/TrainingEnvironment.h"
#include "core/agent/AgentSession.h"
#include "core/agent/WalletService.h"
#include "core/claims/ClaimService.h"
#include "core/crypto/CustomerToken.h"
#include "core/dayclose/DayCloseService.h"
#include "core/device/BiometricDevice.h"
#include "core/dmt/DmtService.h"
#include "core/eko/EkoClient.h"
#include "core/journal/JournalDatabase.h"
#include "core/journal/JournalService.h"
#include "core/logging/LogCategories.h"
#include "core/preflight/AnswerClassifier.h"
#include "core/reconcile/EkoTransactionInquirer.h"
#include "core/secrets/CustomerTokenKeyStore.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/support/SupportFileWriter.h"
#include "core/till/Operators.h"
#include "core/till/TillService.h"
#include "core/training/Practice.h"
#include "core/util/ClientRefId.h"
#include "core/util/Clock.h"
#include "ui/MainWindow.h"
#include "ui/PageIds.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/agent/DailyLoginPage.h"
#include "ui/agent/EkycWizard.h"
#include "ui/dayclose/DayClosePage.h"
#include "ui/form/Theme.h"
#include "ui/history/HistoryPage.h"
#include "ui/home/HomePage.h"
#include "ui/home/RupeeText.h"
#include "ui/kiosk/KioskController.h"
#include "ui/receipt/ReceiptOutput.h"
#include "ui/settings/LanguageSwitcher.h"
#include "ui/till/TillPage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace saathi {

CounterApp::CounterApp(Options options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    if (!m_options.clock) {
        m_options.clock = &SystemClock::instance();
    }
    m_settings = m_options.settings;
    if (!m_settings) {
        const QString path = qEnvironmentVariable("SAATHI_SETTINGS_PATH");
        m_ownSettings
            = path.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(path, QSettings::IniFormat);
        m_settings = m_ownSettings.get();
    }
    m_appSettings = std::make_unique<AppSettings>(*m_settings);
    m_appSettings->migrateLegacyKeys();
    // Issue #18: an integrator's rules for classifying Eko's answers (README "Settings file"); the built-in ones else.
    const Error classes = preflight::AnswerClassifier::useFile(
        m_settings->value(QStringLiteral("preflight/answer_classes")).toString());
    if (!classes.isNull()) {
        qCWarning(lcApp) << "answer classes:" << classes.detail;
    }
    m_secrets = m_options.secrets;
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    m_credentials = std::make_unique<EkoCredentialStore>(*m_secrets);
    m_language = std::make_unique<ui::LanguageSwitcher>();
    // The one look (style, font, palette, style sheet), before the first widget is made.
    if (auto* gui = qobject_cast<QApplication*>(QCoreApplication::instance())) {
        ui::Theme::applyTo(*gui);
    }
    m_receiptOutput = std::make_unique<ui::ReceiptOutput>(*m_appSettings);
    m_journalBase = resolveJournalPath(m_options.journalPath);
}

CounterApp::~CounterApp()
{
    m_kiosk.reset(); // its idle watcher must not lock a window that is going away
    m_router.reset();
    if (m_journal) {
        m_journal->shutdown(); // the journal's queued work ends before the pages its answers would go to
    }
    m_window.reset(); // pages first: they hold the services
    m_dmt.reset();
    m_wallet.reset();
    m_inquirer.reset();
    m_claims.reset();
    m_till.reset();
    m_journal.reset(); // the worker closes the journal before the environment's client goes
}

QString CounterApp::resolveJournalPath(const QString& option)
{
    if (!option.isEmpty()) {
        return option;
    }
    const QString fromEnv = qEnvironmentVariable("SAATHI_JOURNAL_PATH");
    return fromEnv.isEmpty() ? journal::JournalDatabase::defaultPath() : fromEnv;
}

QString CounterApp::journalPath() const
{
    return m_env ? m_env->journalPath() : QString();
}

TrainingEnvironment* CounterApp::training() const
{
    return qobject_cast<TrainingEnvironment*>(m_env.get());
}

Result<bool> CounterApp::start()
{
    const Clock& clock = *m_options.clock;
    m_journal = std::make_unique<journal::JournalService>(clock);
    m_refIds = std::make_unique<ClientRefIdGenerator>(clock);
    m_services.clock = &clock;
    m_services.refIds = m_refIds.get();
    m_services.journal = m_journal.get();
    m_dayClose = std::make_unique<dayclose::DayCloseService>(*m_journal);
    m_services.dayClose = m_dayClose.get();
    // Issue #19: stuck money chased against RBI's turnaround rules, built in or the file the setting claims/rules
    // names (a bad file is logged and the built-in rules stay).
    const QString rulesPath = m_settings->value(QStringLiteral("claims/rules")).toString();
    const auto rules = rulesPath.isEmpty() ? Result<claims::ClaimRules>(claims::ClaimRules::builtIn())
                                           : claims::ClaimRules::load(rulesPath);
    if (!rules) {
        qCWarning(lcApp) << "turnaround rules:" << rules.error().detail;
    }
    m_claims
        = std::make_unique<claims::ClaimService>(*m_journal, rules ? rules.value() : claims::ClaimRules::builtIn());
    m_services.claims = m_claims.get();

    // Only the configured world is built: outside training no sandbox or simulator exists in this process.
    m_env = CounterEnvironment::create(m_appSettings->environment(),
                                       {m_settings, m_credentials.get(), m_options.clock, m_journalBase});
    m_env->prepare();
    m_session = std::make_unique<agent::AgentSession>(*m_settings, clock, m_env->kind(), m_env->identity().userCode);
    m_services.agent = m_session.get();
    buildTill();
    // Training's judge hears the agent's own authentications and the device test (no practice: nobody listens).
    connect(m_session.get(), &agent::AgentSession::agentAuthRecorded, this, [this](bool passed) {
        if (m_services.practice) {
            using Kind = training::PracticeEvent::Kind;
            m_services.practice->note({passed ? Kind::AgentAuthPassed : Kind::AgentAuthFailed, {}, {}, 0});
        }
    });
    connect(m_session.get(), &agent::AgentSession::testCaptureRecorded, this, [this] {
        if (m_services.practice) {
            m_services.practice->note({training::PracticeEvent::Kind::DeviceTestPassed, {}, {}, 0});
        }
    });
    connect(m_language.get(), &ui::LanguageSwitcher::languageChanged, this, [this] {
        if (m_env) {
            m_env->retranslateIdentity();
            m_services.identity.agentName = m_env->identity().agentName;
            m_services.identity.shopName = m_env->identity().shopName;
            m_services.identity.shopAddress = m_env->identity().shopAddress;
        }
        if (m_window) {
            m_window->setAgent(m_services.identity.agentName, m_services.identity.userCode,
                               m_services.identity.shopName);
        }
    });
    if (m_appSettings->language() != QLatin1String("en")) {
        m_language->setLanguage(m_appSettings->language()); // before the window, so it is built translated
    }
    useEnvironment();
    buildWindow();
    loadCustomerTokenKey();
    if (!m_services.eko) { // training could not start its servers: nothing else can work
        m_window->setServiceStatus(m_env->problem().userMessage);
        return m_env->problem();
    }
    openJournal();
    connect(m_env.get(), &CounterEnvironment::prepared, this, &CounterApp::onEnvironmentPrepared);
    m_dayTimer.setInterval(60 * 1000); // the IST day can end while the counter is open
    connect(&m_dayTimer, &QTimer::timeout, this, &CounterApp::checkAgent);
    m_dayTimer.start();
    return true;
}

void CounterApp::useEnvironment()
{
    m_services.eko = m_env->client();
    m_services.banks = m_env->bankDirectory();
    m_services.device = m_env->fingerprintDevice();
    m_services.identity = m_env->identity();
    m_services.training = m_env->kind() == EkoEnvironment::Training;
    // Hints and practice exist in training alone; elsewhere both stay null and no screen shows them.
    training::Practice* practice = training() ? training()->practice() : nullptr;
    m_services.practice = practice;
    m_services.guide = practice ? &practice->guide() : nullptr;
    if (practice) {
        practice->setJournal(m_journal.get());
    }
    m_session->setAgent(m_env->kind(), m_services.identity.userCode);
    m_wallet.reset();
    if (m_services.eko) {
        m_wallet = std::make_unique<agent::WalletService>(*m_services.eko, m_services.identity.agentMobile);
        connect(m_wallet.get(), &agent::WalletService::balanceChanged, this, [this](Paise balance) {
            if (m_window) {
                m_window->setBalanceText(ui::rupeeText(balance));
            }
            if (m_home) {
                m_home->setWalletBalance(balance);
            }
            if (m_tillPage) {
                m_tillPage->setWalletBalance(balance); // the E-value at the till's open and close
            }
        });
    }
    if (m_window) {
        m_window->setTrainingMode(m_services.training);
        m_window->setAgent(m_services.identity.agentName, m_services.identity.userCode, m_services.identity.shopName);
        m_window->setBalanceText({});
    }
    if (m_home) {
        m_home->setWalletBalance(std::nullopt);
    }
    if (m_tillPage) {
        m_tillPage->setWalletBalance(std::nullopt);
    }
}

void CounterApp::onEnvironmentPrepared(bool ready)
{
    useEnvironment(); // the keychain's user_code and the saved shop details are known now
    m_env->recallAgent(m_session->ekycCompleted(), m_session->ekycCompleted() && !m_session->needsDailyLogin());
    const QString problem = ready ? QString() : m_env->problem().userMessage;
    if (!ready) {
        qCWarning(lcApp) << "environment" << environmentName(m_env->kind()) << "not ready:" << m_env->problem().detail;
        m_window->setServiceStatus(problem);
    }
    refreshBalance();
    if (!ready && m_env->kind() != EkoEnvironment::Training) {
        m_router->showGoLive(); // the first run with real Eko: set up (credentials, user_code, shop) first
    }
    m_router->updateLock();
    checkAgent();
    Q_EMIT environmentReady(ready, problem);
}

void CounterApp::buildWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_services.training);
    m_window->setAgent(m_services.identity.agentName, m_services.identity.userCode, m_services.identity.shopName);
    m_kiosk = std::make_unique<ui::KioskController>(*m_appSettings, *m_options.clock, m_window.get());
    if (m_options.kiosk) {
        m_kiosk->setKioskEnabled(true);
    }
    m_router = std::make_unique<CounterRouter>(*m_window, *m_session);
    m_router->setKiosk(m_kiosk.get());
    m_window->setCloseGuard([this](QCloseEvent* event) { return !m_kiosk || m_kiosk->handleCloseEvent(event); });
    m_home = new ui::HomePage(m_services, m_window.get());
    m_window->setHomePage(m_home);
    // A switch asked for while money was on the wire goes ahead once the journal has its answer.
    connect(m_journal.get(), &journal::JournalService::moneyInFlightChanged, this, &CounterApp::retryDeferredSwitch,
            Qt::QueuedConnection);
    connect(m_journal.get(), &journal::JournalService::unresolvedChanged, m_window.get(),
            &ui::MainWindow::setUnresolvedCount);
    connect(m_journal.get(), &journal::JournalService::rowResolved, this, &CounterApp::refreshBalance);
    connect(m_journal.get(), &journal::JournalService::storeFailed, m_window.get(),
            [this](const Error& error) { m_window->setServiceStatus(error.userMessage); });
    connect(m_journal.get(), &journal::JournalService::rowsToSettleByHand, m_home,
            &ui::HomePage::setRowsToSettleByHand);
    auto* history = new ui::HistoryPage(m_services, m_window.get());
    history->setReceiptOutput(m_receiptOutput.get());
    m_window->registerPage(ui::pages::kHistory, history);
    connect(history, &ui::HistoryPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(m_home, &ui::HomePage::openRowsRequested, history, [this, history](const QDate& since) {
        history->showOpenRows(since);
        m_window->showPage(ui::pages::kHistory);
    });
    auto* dayClose = new ui::DayClosePage(m_services, m_window.get());
    dayClose->setReceiptOutput(m_receiptOutput.get());
    m_window->registerPage(ui::pages::kDayClose, dayClose);
    connect(dayClose, &ui::DayClosePage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(m_home, &ui::HomePage::dayCloseRequested, m_window.get(),
            [this] { m_window->showPage(ui::pages::kDayClose); });
    buildSetupPages();
    buildTillPage();
    if (!m_services.eko || !m_services.device) {
        return; // nothing else can work; the status line says why
    }
    connect(m_home, &ui::HomePage::ekycRequested, m_router.get(), &CounterRouter::showEkyc);
    connect(m_home, &ui::HomePage::dailyLoginRequested, m_router.get(), &CounterRouter::showDailyLogin);
    connect(m_window.get(), &ui::MainWindow::deviceRequested, m_router.get(), &CounterRouter::showDevice);
    // A fresh form whenever a tile opens its page from home (the last customer's numbers are not left on screen).
    connect(m_window.get(), &ui::MainWindow::pageChanged, this, [this](const QString& id) {
        for (ui::AepsFormPage* page : m_aepsPages) {
            if (m_window->page(id) == page && page->flow().isFinal()) {
                page->reset();
            }
        }
    });
    connect(m_session.get(), &agent::AgentSession::changed, this, &CounterApp::checkAgent);
    buildEnvironmentPages();
}

void CounterApp::buildEnvironmentPages()
{
    buildAgentPages();
    buildAepsPages();
    buildOnboardingPage();
    buildMoneyTransferPage();
    buildDevicePage();
    m_router->updateLock();
}

void CounterApp::buildAgentPages()
{
    auto* dailyLogin = new ui::DailyLoginPage(m_services, *m_session, m_window.get());
    m_window->registerPage(ui::pages::kDailyLogin, dailyLogin);
    auto* ekyc = new ui::EkycWizard(m_services, *m_session, m_window.get());
    m_window->registerPage(ui::pages::kEkyc, ekyc);
    m_router->setAgentPages(m_home, ekyc);
    connect(ekyc, &ui::EkycWizard::completed, m_router.get(), &CounterRouter::showDailyLogin);
    connect(ekyc, &ui::EkycWizard::closeRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(dailyLogin, &ui::DailyLoginPage::loggedIn, m_window.get(), &ui::MainWindow::showHome);
    connect(dailyLogin, &ui::DailyLoginPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(dailyLogin, &ui::DailyLoginPage::testDeviceRequested, m_router.get(), &CounterRouter::showDeviceTest);
}

void CounterApp::loadCustomerTokenKey()
{
    CustomerTokenKeyStore(*m_secrets).loadOrCreate(this, [this](Result<CustomerTokenizer> tokenizer) {
        if (!tokenizer || !tokenizer.value().isValid()) {
            qCWarning(lcApp) << "no customer-token key:" << tokenizer.error().detail;
            m_window->setNotice([] {
                return tr("No keychain on this computer: the counter cannot check the limit of 5 cash "
                          "withdrawals a day per customer (the bank still checks it).");
            });
            return;
        }
        m_customerTokens = std::make_unique<CustomerTokenizer>(tokenizer.value());
        m_services.customerTokens = m_customerTokens.get();
        m_window->setNotice(QString());
    });
}

void CounterApp::judgePractice()
{
    if (m_services.practice) {
        m_services.practice->refresh();
    }
}

void CounterApp::refreshBalance()
{
    if (m_wallet && m_env && m_env->isPrepared() && m_env->problem().isNull()) {
        m_wallet->refresh();
    }
}

void CounterApp::checkAgent()
{
    if (!m_session || !m_router || !m_services.device || !m_env || !m_env->isPrepared() || !m_env->problem().isNull()) {
        return; // an environment still setting up has no agent to check yet
    }
    m_session->refresh();
    m_router->routeAgent(m_services.training || !m_services.device->chosenDevice().isNull());
}

} // namespace saathi
