// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CounterApp.h"

#include "CounterEnvironment.h"
#include "MainWindow.h"
#include "TrainingEnvironment.h"
#include "aeps/AepsFormPage.h"
#include "agent/AgentSession.h"
#include "agent/DailyLoginPage.h"
#include "agent/EkycWizard.h"
#include "agent/WalletService.h"
#include "crypto/CustomerToken.h"
#include "device/BiometricDevice.h"
#include "dmt/DmtService.h"
#include "eko/EkoClient.h"
#include "eko/EkoTransactionInquirer.h"
#include "history/HistoryPage.h"
#include "home/HomePage.h"
#include "home/RupeeText.h"
#include "journal/JournalDatabase.h"
#include "journal/JournalService.h"
#include "kiosk/KioskController.h"
#include "logging/LogCategories.h"
#include "secrets/CustomerTokenKeyStore.h"
#include "secrets/EkoCredentialStore.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "settings/LanguageSwitcher.h"
#include "support/SupportFileWriter.h"
#include "util/ClientRefId.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace saathi {

namespace {
const QString kDailyLoginPage = QStringLiteral("dailyLogin");
const QString kEkycPage = QStringLiteral("ekyc");
} // namespace

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
    m_secrets = m_options.secrets;
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    m_credentials = std::make_unique<EkoCredentialStore>(*m_secrets);
    m_language = std::make_unique<ui::LanguageSwitcher>();
    m_journalBase = resolveJournalPath(m_options.journalPath);
}

CounterApp::~CounterApp()
{
    m_kiosk.reset(); // its idle watcher must not lock a window that is going away
    if (m_journal) {
        m_journal->shutdown(); // the journal's queued work ends before the pages its answers would go to
    }
    m_window.reset(); // pages first: they hold the services
    m_dmt.reset();
    m_wallet.reset();
    m_inquirer.reset();
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

    // Only the configured world is built: outside training no sandbox or simulator exists in this process.
    m_env = CounterEnvironment::create(m_appSettings->environment(),
                                       {m_settings, m_credentials.get(), m_options.clock, m_journalBase});
    m_env->prepare();
    m_session = std::make_unique<agent::AgentSession>(*m_settings, clock, m_env->kind(), m_env->identity().userCode);
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
    m_session->setAgent(m_env->kind(), m_services.identity.userCode);
    m_wallet.reset();
    if (m_services.eko) {
        m_wallet = std::make_unique<agent::WalletService>(*m_services.eko);
        connect(m_wallet.get(), &agent::WalletService::balanceChanged, this, [this](Paise balance) {
            if (m_window) {
                m_window->setBalanceText(ui::rupeeText(balance));
            }
        });
    }
    if (m_window) {
        m_window->setTrainingMode(m_services.training);
        m_window->setAgent(m_services.identity.agentName, m_services.identity.userCode, m_services.identity.shopName);
        m_window->setBalanceText({});
    }
}

void CounterApp::onEnvironmentPrepared(bool ready)
{
    useEnvironment(); // the keychain's user_code and the saved shop details are known now
    const QString problem = ready ? QString() : m_env->problem().userMessage;
    if (!ready) {
        qCWarning(lcApp) << "environment" << environmentName(m_env->kind()) << "not ready:" << m_env->problem().detail;
        m_window->setServiceStatus(problem);
    }
    refreshBalance();
    if (!ready && m_env->kind() != EkoEnvironment::Training) {
        showGoLive(); // the first run with real Eko: set up (credentials, user_code, shop) first
    }
    updateLock();
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
    m_window->setCloseGuard([this](QCloseEvent* event) { return !m_kiosk || m_kiosk->handleCloseEvent(event); });
    m_home = new ui::HomePage(m_services, m_window.get());
    m_window->setHomePage(m_home);
    connect(m_journal.get(), &journal::JournalService::unresolvedChanged, m_window.get(),
            &ui::MainWindow::setUnresolvedCount);
    connect(m_journal.get(), &journal::JournalService::rowResolved, this, &CounterApp::refreshBalance);
    connect(m_journal.get(), &journal::JournalService::storeFailed, m_window.get(),
            [this](const Error& error) { m_window->setServiceStatus(error.userMessage); });
    connect(m_journal.get(), &journal::JournalService::rowsToSettleByHand, m_home,
            &ui::HomePage::setRowsToSettleByHand);
    auto* history = new ui::HistoryPage(m_services, m_window.get());
    m_window->registerPage(ui::HomePage::pageIdFor(ui::HomePage::Tile::History), history);
    connect(history, &ui::HistoryPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    buildSetupPages();
    if (!m_services.eko || !m_services.device) {
        return; // nothing else can work; the status line says why
    }
    connect(m_home, &ui::HomePage::ekycRequested, this, [this] {
        m_ekyc->restartWizard();
        m_window->showPage(kEkycPage);
    });
    connect(m_home, &ui::HomePage::dailyLoginRequested, this, [this] { m_window->showPage(kDailyLoginPage); });
    connect(m_window.get(), &ui::MainWindow::deviceRequested, this, &CounterApp::showDeviceWizard);
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
    updateLock();
}

void CounterApp::buildAgentPages()
{
    m_dailyLogin = new ui::DailyLoginPage(m_services, *m_session, m_window.get());
    m_window->registerPage(kDailyLoginPage, m_dailyLogin);
    m_ekyc = new ui::EkycWizard(m_services, *m_session, m_window.get());
    m_window->registerPage(kEkycPage, m_ekyc);
    connect(m_ekyc, &ui::EkycWizard::completed, this, [this] { m_window->showPage(kDailyLoginPage); });
    connect(m_ekyc, &ui::EkycWizard::closeRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(m_dailyLogin, &ui::DailyLoginPage::loggedIn, m_window.get(), &ui::MainWindow::showHome);
    connect(m_dailyLogin, &ui::DailyLoginPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
}

void CounterApp::loadCustomerTokenKey()
{
    CustomerTokenKeyStore(*m_secrets).loadOrCreate(this, [this](Result<CustomerTokenizer> tokenizer) {
        if (!tokenizer || !tokenizer.value().isValid()) {
            qCWarning(lcApp) << "no customer-token key:" << tokenizer.error().detail;
            m_window->setNotice(tr("No keychain on this computer: the counter cannot check the limit of 5 cash "
                                   "withdrawals a day per customer (the bank still checks it)."));
            return;
        }
        m_customerTokens = std::make_unique<CustomerTokenizer>(tokenizer.value());
        m_services.customerTokens = m_customerTokens.get();
        m_window->setNotice({});
    });
}

void CounterApp::refreshBalance()
{
    if (m_wallet && m_env && m_env->isPrepared() && m_env->problem().isNull()) {
        m_wallet->refresh();
    }
}

void CounterApp::updateLock()
{
    if (!m_session || !m_home) {
        return;
    }
    const QDateTime last = m_session->lastDailyLogin();
    const QString lastText = last.isValid() ? last.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    if (!m_session->ekycCompleted()) {
        m_home->setLock(ui::HomePage::Lock::NeedsEkyc, lastText);
    } else if (m_session->needsDailyLogin()) {
        m_home->setLock(ui::HomePage::Lock::NeedsDailyLogin, lastText);
    } else {
        m_home->setLock(ui::HomePage::Lock::Unlocked, lastText);
    }
}

void CounterApp::checkAgent()
{
    if (!m_session || !m_ekyc || !m_env || !m_env->isPrepared() || !m_env->problem().isNull()) {
        return; // an environment still setting up has no agent to check yet
    }
    m_session->refresh();
    updateLock();
    const QString current = m_window->currentPageId();
    const bool idle = current == ui::MainWindow::kHomePageId;
    if (!m_services.training && m_services.device->chosenDevice().isNull()) {
        // Going live: the shop's own fingerprint device is chosen before the first finger (eKYC) is asked for.
        if (idle) {
            showDeviceWizard();
        }
        return;
    }
    if (!m_session->ekycCompleted()) {
        if (idle) {
            m_ekyc->restartWizard();
            m_window->showPage(kEkycPage);
        }
    } else if (m_session->needsDailyLogin() && (idle || current == kEkycPage)) {
        m_window->showPage(kDailyLoginPage);
    }
}

} // namespace saathi
