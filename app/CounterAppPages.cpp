// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// CounterApp, continued: the AePS screens, Settings and onboarding.
#include "CounterApp.h"
#include "CounterEnvironment.h"
#include "MainWindow.h"
#include "aeps/AadhaarPayPage.h"
#include "aeps/BalanceEnquiryPage.h"
#include "aeps/CashWithdrawalPage.h"
#include "aeps/MiniStatementPage.h"
#include "agent/AgentSession.h"
#include "agent/EkycWizard.h"
#include "eko/EkoClient.h"
#include "home/HomePage.h"
#include "kiosk/KioskController.h"
#include "kiosk/LockScreen.h"
#include "onboarding/OnboardingWizard.h"
#include "secrets/EkoCredentialStore.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"
#include "setup/GoLiveContext.h"
#include "setup/GoLiveWizard.h"
#include "setup/OnboardingService.h"
#include "support/LogFile.h"
#include "support/SupportFileWriter.h"

namespace saathi {

namespace {
const QString kDailyLoginPage = QStringLiteral("dailyLogin");
const QString kEkycPage = QStringLiteral("ekyc");
} // namespace

bool CounterApp::moneyRequestInFlight() const
{
    using State = aeps::AepsCustomerFlow::State;
    for (ui::AepsFormPage* page : m_aepsPages) {
        const State state = page->flow().state();
        // From the finger to Eko's answer; a pending row is the reconciler's and needs no wire of its own.
        if (page->flow().isBusy() && !page->flow().isFinal() && state != State::Pending) {
            return true;
        }
    }
    return false;
}

void CounterApp::buildAepsPages()
{
    using Tile = ui::HomePage::Tile;
    m_aepsPages.clear(); // the old pages go with registerPage()
    const QList<std::pair<Tile, ui::AepsFormPage*>> pages {
        {Tile::CashWithdrawal, new ui::CashWithdrawalPage(m_services, m_window.get())},
        {Tile::BalanceEnquiry, new ui::BalanceEnquiryPage(m_services, m_window.get())},
        {Tile::MiniStatement, new ui::MiniStatementPage(m_services, m_window.get())},
        {Tile::AadhaarPay, new ui::AadhaarPayPage(m_services, m_window.get())},
    };
    for (const auto& [tile, page] : pages) {
        const QString id = ui::HomePage::pageIdFor(tile);
        m_window->registerPage(id, page);
        m_aepsPages.append(page);
        m_window->setBackHandler(id, [page] { page->goBack(); });
        connect(page, &ui::AepsFormPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
        connect(page, &ui::AepsFormPage::transactionFinished, this, [this, page] {
            refreshBalance();
            noteAepsOutcome(page);
        });
        connect(&page->flow(), &aeps::AepsCustomerFlow::stateChanged, this, &CounterApp::retryDeferredSwitch,
                Qt::QueuedConnection);
    }
}

void CounterApp::noteAepsOutcome(ui::AepsFormPage* page)
{
    // Eko says the agent's daily 2FA (or the eKYC) is needed again: lock the tiles and ask for it now.
    if (!m_session->noteEkoError(page->flow().lastError())) {
        return;
    }
    updateLock();
    if (!m_session->ekycCompleted()) {
        m_ekyc->restartWizard();
        m_window->showPage(kEkycPage);
    } else if (m_session->needsDailyLogin()) {
        m_window->showPage(kDailyLoginPage);
    }
}

void CounterApp::buildSetupPages()
{
    m_settingsPage
        = new ui::SettingsPage(*m_appSettings, *m_credentials, *m_language, m_window.get(), *m_options.clock);
    m_window->registerPage(kSettingsPageId, m_settingsPage);
    m_supportFile = std::make_unique<support::SupportFileWriter>(*m_settings, m_journalBase,
                                                                 support::LogFile::defaultDirectory());
    m_settingsPage->addSupportFile(*m_supportFile);
    connect(m_window.get(), &ui::MainWindow::settingsRequested, this, [this] {
        if (!m_kiosk || !m_kiosk->lockScreen() || !m_kiosk->lockScreen()->isLocked()) {
            m_window->showPage(kSettingsPageId);
        }
    });
    connect(m_settingsPage, &ui::SettingsPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(m_settingsPage, &ui::SettingsPage::environmentRequested, this, &CounterApp::requestEnvironment,
            Qt::QueuedConnection); // a switch rebuilds pages: never from inside a page's own signal
    connect(this, &CounterApp::environmentSwitchRefused, m_settingsPage, &ui::SettingsPage::showSwitchRefused);
    connect(this, &CounterApp::environmentSwitched, m_settingsPage, &ui::SettingsPage::showEnvironmentState);
    connect(m_settingsPage, &ui::SettingsPage::onboardingRequested, this, &CounterApp::showOnboarding);
    connect(m_settingsPage, &ui::SettingsPage::goLiveRequested, this, &CounterApp::showGoLive);

    m_goLive = new ui::GoLiveWizard(
        setup::GoLiveContext {*m_settings, *m_appSettings, *m_credentials, *m_options.clock, &m_setupNetwork},
        m_window.get());
    m_goLive->setWindowFlags(Qt::Widget); // a page of the main window, never a dialog
    m_window->registerPage(kGoLivePageId, m_goLive);
    connect(m_goLive, &ui::GoLiveWizard::goLiveReady, this, &CounterApp::onGoLiveReady, Qt::QueuedConnection);
    connect(m_goLive, &QWizard::rejected, m_window.get(), &ui::MainWindow::showHome);
    // The wizard says what each step needs; an earlier "not set up yet" line would only contradict it.
    connect(m_goLive, &QWizard::currentIdChanged, m_window.get(), [this] { m_window->setServiceStatus({}); });
}

void CounterApp::showGoLive()
{
    m_window->showPage(kGoLivePageId);
}

void CounterApp::onGoLiveReady(EkoEnvironment env)
{
    m_window->showHome();
    if (m_env && env == m_env->kind()) {
        beginSwitch(env); // the same world again, now with its keys, user_code and shop: rebuilt and ready
    } else {
        requestEnvironment(env); // another world: refused while money here is unresolved
    }
}

void CounterApp::buildOnboardingPage()
{
    auto* onboarding = new setup::OnboardingService(*m_services.eko, m_window.get());
    m_onboarding = new ui::OnboardingWizard(*onboarding, m_window.get());
    m_onboarding->setWindowFlags(Qt::Widget); // a page of the main window, never a dialog
    m_window->registerPage(kOnboardingPageId, m_onboarding);
    m_onboardingClosed = true;
    connect(m_onboarding, &ui::OnboardingWizard::userCodeReceived, this, &CounterApp::setUserCode);
    connect(m_onboarding, &ui::OnboardingWizard::activationSubmitted, this, [this] {
        m_appSettings->setOnboardingDone(true);
        m_appSettings->sync();
    });
    connect(m_onboarding, &QWizard::finished, this, [this] {
        m_onboardingClosed = true;
        m_window->showHome();
        checkAgent(); // the new agent's eKYC and daily login come next
    });
}

void CounterApp::showOnboarding()
{
    if (!m_onboarding) {
        return;
    }
    if (m_onboardingClosed) {
        m_onboarding->restart();
        m_onboardingClosed = false;
    }
    m_window->showPage(kOnboardingPageId);
}

void CounterApp::setUserCode(const QString& userCode)
{
    if (userCode.isEmpty() || userCode == m_services.identity.userCode) {
        return;
    }
    m_env->setUserCode(userCode);
    if (m_env->kind() != EkoEnvironment::Training) {
        // Onboarding's user_code is a credential: it goes to the keychain with the partner's keys, so the
        // counter knows its agent after a restart.
        const EkoEnvironment kind = m_env->kind();
        m_credentials->load(kind, this, [this, kind, userCode](Result<eko::EkoCredentials> saved, bool found) {
            if (!saved || !found) {
                m_window->setServiceStatus(
                    tr("The new user code %1 could not be saved: %2")
                        .arg(userCode, saved ? tr("no credentials") : saved.error().userMessage));
                return;
            }
            auto credentials = saved.value();
            credentials.userCode = userCode;
            m_credentials->save(kind, credentials, this, [this, userCode](const Error& error) {
                if (!error.isNull()) {
                    m_window->setServiceStatus(
                        tr("The new user code %1 could not be saved: %2").arg(userCode, error.userMessage));
                }
            });
        });
    }
    useEnvironment(); // changed() → checkAgent()
    refreshBalance();
}

} // namespace saathi
