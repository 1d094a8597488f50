// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CounterRouter.h"

#include "core/agent/AgentSession.h"
#include "ui/MainWindow.h"
#include "ui/PageIds.h"
#include "ui/agent/EkycWizard.h"
#include "ui/device/DeviceWizard.h"
#include "ui/home/HomePage.h"
#include "ui/kiosk/KioskController.h"
#include "ui/kiosk/LockScreen.h"
#include "ui/onboarding/OnboardingWizard.h"

#include <QDateTime>

namespace saathi {

namespace pages = ui::pages;

CounterRouter::CounterRouter(ui::MainWindow& window, agent::AgentSession& session, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
{
}

void CounterRouter::setAgentPages(ui::HomePage* home, ui::EkycWizard* ekyc)
{
    m_home = home;
    m_ekyc = ekyc;
}

void CounterRouter::setDeviceWizard(ui::DeviceWizard* wizard)
{
    m_device = wizard;
}

void CounterRouter::setOnboarding(ui::OnboardingWizard* wizard)
{
    m_onboarding = wizard;
    m_onboardingClosed = true;
}

bool CounterRouter::isIdle() const
{
    return m_window.currentPageId() == pages::kHome;
}

void CounterRouter::updateLock()
{
    if (!m_home) {
        return;
    }
    const QDateTime last = m_session.lastDailyLogin();
    const QString lastText = last.isValid() ? last.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    if (!m_session.ekycCompleted()) {
        m_home->setLock(ui::HomePage::Lock::NeedsEkyc, lastText);
    } else if (m_session.needsDailyLogin()) {
        m_home->setLock(ui::HomePage::Lock::NeedsDailyLogin, lastText);
    } else {
        m_home->setLock(ui::HomePage::Lock::Unlocked, lastText);
    }
}

void CounterRouter::routeAgent(bool deviceChosen)
{
    updateLock();
    const bool idle = isIdle();
    if (!deviceChosen) {
        // Going live: the shop's own fingerprint device is chosen before the first finger (eKYC) is asked for.
        if (idle) {
            showDevice();
        }
        return;
    }
    if (!m_session.ekycCompleted()) {
        if (idle) {
            showEkyc();
        }
    } else if (m_session.needsDailyLogin() && (idle || m_window.currentPageId() == pages::kEkyc)) {
        showDailyLogin();
    }
}

bool CounterRouter::routeAfterEkoError(const Error& error)
{
    // Eko says the agent's daily 2FA (or the eKYC) is needed again: lock the tiles and ask for it now.
    if (!m_session.noteEkoError(error)) {
        return false;
    }
    updateLock();
    if (!m_session.ekycCompleted()) {
        showEkyc();
    } else if (m_session.needsDailyLogin()) {
        showDailyLogin();
    }
    return true;
}

void CounterRouter::showEkyc()
{
    if (m_ekyc) {
        m_ekyc->restartWizard();
        m_window.showPage(pages::kEkyc);
    }
}

void CounterRouter::showDailyLogin()
{
    m_window.showPage(pages::kDailyLogin);
}

void CounterRouter::showDevice()
{
    if (m_device) {
        m_device->restartWizard();
        m_window.showPage(pages::kDevice);
    }
}

void CounterRouter::showDeviceTest()
{
    if (m_device) {
        m_device->openTestCapture();
        m_window.showPage(pages::kDevice);
    }
}

void CounterRouter::showSettings()
{
    if (!m_kiosk || !m_kiosk->lockScreen() || !m_kiosk->lockScreen()->isLocked()) {
        m_window.showPage(pages::kSettings);
    }
}

void CounterRouter::showGoLive()
{
    m_window.showPage(pages::kGoLive);
}

void CounterRouter::showOnboarding()
{
    if (!m_onboarding) {
        return;
    }
    if (m_onboardingClosed) {
        m_onboarding->restart();
        m_onboardingClosed = false;
    }
    m_window.showPage(pages::kOnboarding);
}

} // namespace saathi
