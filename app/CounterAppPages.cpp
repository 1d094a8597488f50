// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// CounterApp, continued: the AePS screens, Settings, onboarding and the environment switch.
#include "CounterApp.h"
#include "EnvironmentSwitcher.h"
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
        connect(&page->flow(), &aeps::AepsCustomerFlow::stateChanged, this, [this] {
            if (m_environment && m_environment->hasDeferredSwitch()) {
                m_environment->retry();
            }
        });
    }
    // A fresh form whenever a tile opens its page from home (the last customer's numbers are not left on screen).
    connect(m_window.get(), &ui::MainWindow::pageChanged, this, [this](const QString& id) {
        for (ui::AepsFormPage* page : m_aepsPages) {
            if (m_window->page(id) == page && page->flow().isFinal()) {
                page->reset();
            }
        }
    });
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
    m_environment = new EnvironmentSwitcher(
        *m_services.eko, *m_appSettings, *m_credentials, [this] { return moneyRequestInFlight(); }, this);
    connect(m_environment, &EnvironmentSwitcher::switched, this, &CounterApp::onEnvironmentSwitched);
    connect(m_environment, &EnvironmentSwitcher::deferred, this, [this] {
        m_window->setServiceStatus(tr("The Eko environment changes as soon as the transaction in progress ends."));
    });
    connect(m_environment, &EnvironmentSwitcher::failed, this, [this](EkoEnvironment, const QString& message) {
        m_window->setServiceStatus(tr("Still on the earlier Eko environment: %1").arg(message));
    });

    m_settingsPage = new ui::SettingsPage(*m_appSettings, *m_credentials, *m_language, m_window.get());
    m_window->registerPage(kSettingsPageId, m_settingsPage);
    connect(m_window.get(), &ui::MainWindow::settingsRequested, this, [this] {
        if (!m_kiosk || !m_kiosk->lockScreen() || !m_kiosk->lockScreen()->isLocked()) {
            m_window->showPage(kSettingsPageId);
        }
    });
    connect(m_settingsPage, &ui::SettingsPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(m_settingsPage, &ui::SettingsPage::environmentChanged, m_environment, &EnvironmentSwitcher::switchTo);
    connect(m_settingsPage, &ui::SettingsPage::onboardingRequested, this, &CounterApp::showOnboarding);

    m_onboarding = new ui::OnboardingWizard(*m_services.eko, m_window.get());
    m_onboarding->setWindowFlags(Qt::Widget); // a page of the main window, never a dialog
    m_window->registerPage(kOnboardingPageId, m_onboarding);
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
    m_services.identity.userCode = userCode;
    if (m_services.training) {
        m_environment->setTrainingUserCode(userCode);
    }
    m_window->setAgent(m_services.identity.agentName, userCode, m_services.identity.shopName);
    m_session->setUserCode(userCode); // changed() → checkAgent()
    refreshBalance();
}

void CounterApp::onEnvironmentSwitched(EkoEnvironment env, const QString& userCode)
{
    m_services.training = env == EkoEnvironment::Training;
    m_window->setTrainingMode(m_services.training);
    m_window->setServiceStatus(tr("Eko environment: %1.").arg(environmentName(env)));
    setUserCode(userCode);
    for (ui::AepsFormPage* page : m_aepsPages) {
        if (!page->flow().isBusy()) {
            page->reset(); // banks and limits are the new environment's
        }
    }
    buildMoneyTransferPage();
    refreshBalance();
    updateLock();
}

} // namespace saathi
