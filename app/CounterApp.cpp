// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CounterApp.h"

#include "EkoSandbox.h"
#include "EnvironmentSwitcher.h"
#include "MainWindow.h"
#include "TrainingEnvironment.h"
#include "agent/AgentSession.h"
#include "agent/DailyLoginPage.h"
#include "agent/EkycWizard.h"
#include "crypto/CustomerToken.h"
#include "device/BiometricDevice.h"
#include "device/DeviceWizard.h"
#include "dmt/DmtService.h"
#include "dmt/MoneyTransferPage.h"
#include "eko/AgentOperations.h"
#include "eko/EkoClient.h"
#include "eko/EkoJob.h"
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
#include "util/ClientRefId.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
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
    m_secrets = m_options.secrets;
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    m_credentials = std::make_unique<EkoCredentialStore>(*m_secrets);
    m_language = std::make_unique<ui::LanguageSwitcher>();
    m_journalPath = resolveJournalPath(m_options.journalPath);
}

CounterApp::~CounterApp()
{
    m_kiosk.reset(); // its idle watcher must not lock a window that is going away
    m_window.reset(); // pages first: they hold the services
}

QString CounterApp::resolveJournalPath(const QString& option)
{
    if (!option.isEmpty()) {
        return option;
    }
    const QString fromEnv = qEnvironmentVariable("SAATHI_JOURNAL_PATH");
    return fromEnv.isEmpty() ? journal::JournalDatabase::defaultPath() : fromEnv;
}

Result<bool> CounterApp::start()
{
    const Clock& clock = *m_options.clock;
    // Training is the embedded default; UAT and production come with the settings screen.
    m_training = std::make_unique<TrainingEnvironment>(m_options.clock);
    const auto started = m_training->start();
    m_journal = std::make_unique<journal::JournalService>(clock);
    m_refIds = std::make_unique<ClientRefIdGenerator>(clock);

    const auto& sandboxConfig = m_training->ekoSandbox().config();
    m_services.clock = &clock;
    m_services.refIds = m_refIds.get();
    m_services.journal = m_journal.get();
    m_services.training = true;
    m_services.identity = {sandboxConfig.defaultUserCode, sandboxConfig.defaultAgentMobile, tr("Training Agent"),
                           tr("Practice Kirana Store")};
    if (started) {
        m_services.eko = &m_training->ekoClient();
        m_services.device = &m_training->device();
        const auto choice = QJsonDocument::fromJson(m_settings->value(QStringLiteral("device/choice")).toByteArray());
        m_services.device->setChosenDevice(device::DeviceChoice::fromJson(choice.object()));
    }
    m_session = std::make_unique<agent::AgentSession>(*m_settings, clock, m_services.identity.userCode);
    if (m_appSettings->language() != QLatin1String("en")) {
        m_language->setLanguage(m_appSettings->language()); // before the window, so it is built translated
    }
    buildWindow();
    loadCustomerTokenKey();
    if (!started) {
        m_window->setServiceStatus(started.error().userMessage);
        return started.error();
    }
    openJournal();
    refreshBalance();
    if (m_appSettings->environment() != EkoEnvironment::Training) {
        m_environment->switchTo(m_appSettings->environment());
    }
    if (m_appSettings->environment() != EkoEnvironment::Training && !m_appSettings->onboardingDone()) {
        showOnboarding(); // the first run with real Eko: onboard (or skip to eKYC) first
    }
    checkAgent();
    m_dayTimer.setInterval(60 * 1000); // the IST day can end while the counter is open
    connect(&m_dayTimer, &QTimer::timeout, this, &CounterApp::checkAgent);
    m_dayTimer.start();
    return true;
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
    auto* history = new ui::HistoryPage(m_services, m_window.get());
    m_window->registerPage(ui::HomePage::pageIdFor(ui::HomePage::Tile::History), history);
    connect(history, &ui::HistoryPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    if (!m_services.eko || !m_services.device) {
        return; // nothing else can work; the status line says why
    }
    m_dailyLogin = new ui::DailyLoginPage(m_services, *m_session, m_window.get());
    m_window->registerPage(kDailyLoginPage, m_dailyLogin);
    m_ekyc = new ui::EkycWizard(m_services, *m_session, m_window.get());
    m_window->registerPage(kEkycPage, m_ekyc);

    connect(m_home, &ui::HomePage::ekycRequested, this, [this] {
        m_ekyc->restartWizard();
        m_window->showPage(kEkycPage);
    });
    connect(m_home, &ui::HomePage::dailyLoginRequested, this, [this] { m_window->showPage(kDailyLoginPage); });
    connect(m_ekyc, &ui::EkycWizard::completed, this, [this] { m_window->showPage(kDailyLoginPage); });
    connect(m_ekyc, &ui::EkycWizard::closeRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(m_dailyLogin, &ui::DailyLoginPage::loggedIn, m_window.get(), &ui::MainWindow::showHome);
    connect(m_dailyLogin, &ui::DailyLoginPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(m_session.get(), &agent::AgentSession::changed, this, &CounterApp::checkAgent);
    buildAepsPages();
    buildSetupPages();
    buildMoneyTransferPage();
    buildDevicePage();
    updateLock();
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

void CounterApp::openJournal()
{
    QDir().mkpath(QFileInfo(m_journalPath).absolutePath());
    m_inquirer = std::make_unique<eko::EkoTransactionInquirer>(*m_services.eko);
    m_journal->open(m_journalPath).then(this, [this](const Result<bool>& opened) {
        if (!opened) {
            qCWarning(lcApp) << "journal did not open:" << opened.error().detail;
            m_window->setServiceStatus(opened.error().userMessage);
            Q_EMIT journalReady(false);
            return;
        }
        // Rows an earlier run left unresolved (a crash mid-transaction) are inquired at once.
        m_journal->startReconciler(m_inquirer.get());
        m_home->reloadUnresolved();
        Q_EMIT journalReady(true);
    });
}

void CounterApp::refreshBalance()
{
    if (!m_services.eko) {
        return;
    }
    auto* job = eko::AgentOperations(*m_services.eko).walletBalance();
    connect(job, &eko::EkoJob::finished, m_window.get(), [this](const eko::EkoResponse& response) {
        Paise balance;
        if (response.outcome == eko::Outcome::Success
            && Paise::parseWire(response.envelope.text(QStringLiteral("balance")), &balance)) {
            m_window->setBalanceText(ui::rupeeText(balance));
        }
    });
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
    if (!m_session || !m_ekyc) {
        return;
    }
    m_session->refresh();
    updateLock();
    const QString current = m_window->currentPageId();
    const bool idle = current == ui::MainWindow::kHomePageId;
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
