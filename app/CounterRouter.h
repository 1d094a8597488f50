// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QObject>
#include <QPointer>

namespace saathi {
namespace agent {
class AgentSession;
}
namespace ui {
class DeviceWizard;
class EkycWizard;
class HomePage;
class KioskController;
class MainWindow;
class OnboardingWizard;
} // namespace ui

// Routing between the counter's pages (CounterApp builds the object graph; this decides what shows). It knows the
// page ids (ui/PageIds.h) and the agent's standing, never a flow's state: the home tiles lock until eKYC and
// today's login are done, going live asks for the shop's device before the first finger, and an Eko answer that
// asks for the agent's 2FA again sends the agent there.
class CounterRouter : public QObject
{
    Q_OBJECT
public:
    CounterRouter(ui::MainWindow& window, agent::AgentSession& session, QObject* parent = nullptr);

    // The pages rebuilt with each environment, and the kiosk that may hide Settings behind its lock.
    void setAgentPages(ui::HomePage* home, ui::EkycWizard* ekyc);
    void setDeviceWizard(ui::DeviceWizard* wizard);
    void setOnboarding(ui::OnboardingWizard* wizard);
    void setKiosk(ui::KioskController* kiosk) { m_kiosk = kiosk; }

    // The home tiles' lock follows the agent's standing.
    void updateLock();
    // Sends the agent where today's standing says, when the counter is idle. `deviceChosen` false outside training:
    // the device wizard comes first.
    void routeAgent(bool deviceChosen);
    // After a money flow's answer: true when Eko asked for the agent's eKYC or 2FA again (the page changed).
    bool routeAfterEkoError(const Error& error);

    void showEkyc();
    void showDailyLogin();
    void showDevice();
    // The strike guard (issue #18): the device wizard straight at its test capture.
    void showDeviceTest();
    void showSettings(); // not while the kiosk's lock screen is up
    void showGoLive();
    void showOnboarding(); // where it was left, or afresh after it was closed
    void onboardingClosed() { m_onboardingClosed = true; }

private:
    bool isIdle() const;

    ui::MainWindow& m_window;
    agent::AgentSession& m_session;
    QPointer<ui::HomePage> m_home;
    QPointer<ui::EkycWizard> m_ekyc;
    QPointer<ui::DeviceWizard> m_device;
    QPointer<ui::OnboardingWizard> m_onboarding;
    ui::KioskController* m_kiosk = nullptr;
    bool m_onboardingClosed = true;
};

} // namespace saathi
