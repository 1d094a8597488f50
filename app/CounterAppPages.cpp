// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// CounterApp, continued: the AePS screens, Settings and onboarding.
#include "app/CounterApp.h"
#include "app/CounterEnvironment.h"
#include "app/CounterRouter.h"
#include "core/agent/AgentSession.h"
#include "core/eko/EkoClient.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/settings/AppSettings.h"
#include "core/setup/GoLiveContext.h"
#include "core/setup/OnboardingService.h"
#include "core/support/LogFile.h"
#include "core/support/SupportFileWriter.h"
#include "ui/MainWindow.h"
#include "ui/PageIds.h"
#include "ui/aeps/AadhaarPayPage.h"
#include "ui/aeps/BalanceEnquiryPage.h"
#include "ui/aeps/CashWithdrawalPage.h"
#include "ui/aeps/MiniStatementPage.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/agent/EkycWizard.h"
#include "ui/home/HomePage.h"
#include "ui/kiosk/KioskController.h"
#include "ui/kiosk/LockScreen.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/settings/SettingsPage.h"
#include "ui/setup/GoLiveWizard.h"

namespace saathi {

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
        const QString id = ui::HomePage::pageIdFor(tile); // ui/PageIds.h
        m_window->registerPage(id, page);
        m_aepsPages.append(page);
        page->resultPage().setReceiptOutput(m_receiptOutput.get());
        m_window->setBackHandler(id, [page] { page->goBack(); });
        connect(page, &ui::AepsFormPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
        connect(page, &ui::AepsFormPage::transactionFinished, this, [this, page] {
            refreshBalance();
            judgePractice();
            m_router->routeAfterEkoError(page->flow().lastError());
        });
    }
}

void CounterApp::buildSetupPages()
{
    m_settingsPage
        = new ui::SettingsPage(*m_appSettings, *m_credentials, *m_language, m_window.get(), *m_options.clock);
    m_window->registerPage(ui::pages::kSettings, m_settingsPage);
    m_supportFile = std::make_unique<support::SupportFileWriter>(*m_settings, m_journalBase,
                                                                 support::LogFile::defaultDirectory());
    m_settingsPage->addSupportFile(*m_supportFile);
    m_settingsPage->addCustomerMemory(*m_journal);
    connect(m_window.get(), &ui::MainWindow::settingsRequested, m_router.get(), &CounterRouter::showSettings);
    connect(m_settingsPage, &ui::SettingsPage::backRequested, m_window.get(), &ui::MainWindow::showHome);
    connect(m_settingsPage, &ui::SettingsPage::environmentRequested, this, &CounterApp::requestEnvironment,
            Qt::QueuedConnection); // a switch rebuilds pages: never from inside a page's own signal
    connect(this, &CounterApp::environmentSwitchRefused, m_settingsPage, &ui::SettingsPage::showSwitchRefused);
    connect(this, &CounterApp::environmentSwitched, m_settingsPage, &ui::SettingsPage::showEnvironmentState);
    connect(m_settingsPage, &ui::SettingsPage::onboardingRequested, m_router.get(), &CounterRouter::showOnboarding);
    connect(m_settingsPage, &ui::SettingsPage::goLiveRequested, m_router.get(), &CounterRouter::showGoLive);

    m_goLive = new ui::GoLiveWizard(
        setup::GoLiveContext {*m_settings, *m_appSettings, *m_credentials, *m_options.clock, &m_setupNetwork},
        m_window.get());
    m_goLive->setWindowFlags(Qt::Widget); // a page of the main window, never a dialog
    m_window->registerPage(ui::pages::kGoLive, m_goLive);
    connect(m_goLive, &ui::GoLiveWizard::goLiveReady, this, &CounterApp::onGoLiveReady, Qt::QueuedConnection);
    connect(m_goLive, &QWizard::rejected, m_window.get(), &ui::MainWindow::showHome);
    // The first-run screen's way to training: the usual switch (refused while money here is unresolved; the
    // refusal is listed on Settings).
    connect(
        m_goLive, &ui::GoLiveWizard::trainingRequested, this,
        [this] {
            if (m_env && m_env->kind() == EkoEnvironment::Training) {
                m_window->showHome(); // already practising
                return;
            }
            requestEnvironment(EkoEnvironment::Training);
        },
        Qt::QueuedConnection);
    connect(this, &CounterApp::environmentSwitchRefused, m_router.get(), [this] {
        if (m_window->currentPageId() == ui::pages::kGoLive) {
            m_router->showSettings();
        }
    });
    // The wizard says what each step needs; an earlier "not set up yet" line would only contradict it.
    connect(m_goLive, &QWizard::currentIdChanged, m_window.get(), [this] { m_window->setServiceStatus(QString()); });
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
    auto* service = new setup::OnboardingService(*m_services.eko);
    auto* onboarding = new ui::OnboardingWizard(*service, m_window.get());
    service->setParent(onboarding); // goes with the page when the environment changes
    onboarding->setWindowFlags(Qt::Widget); // a page of the main window, never a dialog
    m_window->registerPage(ui::pages::kOnboarding, onboarding);
    m_router->setOnboarding(onboarding);
    connect(onboarding, &ui::OnboardingWizard::userCodeReceived, this, &CounterApp::setUserCode);
    connect(onboarding, &ui::OnboardingWizard::activationSubmitted, this, [this] {
        m_appSettings->setOnboardingDone(true);
        m_appSettings->sync();
    });
    connect(onboarding, &QWizard::finished, this, [this] {
        m_router->onboardingClosed();
        m_window->showHome();
        checkAgent(); // the new agent's eKYC and daily login come next
    });
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
