// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace saathi {
struct CounterServices;
struct Error;
namespace agent {
class AgentSession;
class DailyLoginFlow;
} // namespace agent
} // namespace saathi

namespace saathi::ui {

class AgentFields;
class CapturePanel;

// Today's biometric login (2FA): the agent's Aadhaar and bank, one finger, progress with Cancel, and the time of
// the last success. Shown at the first start of each IST day and whenever Eko asks for it again. After two failed
// fingerprint logins in a row the strike guard's warning shows (agent::StrikeGuard); while it stops the next attempt
// the login button is off and "Test the device" opens the device wizard's test capture (testDeviceRequested()).
class DailyLoginPage : public QWidget
{
    Q_OBJECT
public:
    DailyLoginPage(CounterServices& services, agent::AgentSession& session, QWidget* parent = nullptr);

Q_SIGNALS:
    void loggedIn();
    void backRequested();
    void testDeviceRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void start();
    void onFailed(const Error& error);
    void onBusy(bool busy);
    void refreshLastLogin();
    // The strike guard's warning and what it allows (login, or the device test first), from the session.
    void refreshGuard();
    bool guardStops() const;

    CounterServices& m_services;
    agent::AgentSession& m_session;
    agent::DailyLoginFlow* m_flow = nullptr;
    AgentFields* m_fields = nullptr;
    QLabel* m_lastLogin = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_error = nullptr;
    CapturePanel* m_capture = nullptr; // whose finger, waiting, Cancel (m_cancel), the quality
    QPushButton* m_login = nullptr;
    QLabel* m_strike = nullptr; // the strike guard's warning
    QPushButton* m_testDevice = nullptr; // while the guard stops: the device wizard's test capture
    QPushButton* m_cancel = nullptr;
    QPushButton* m_back = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_why = nullptr;
    bool m_succeeded = false; // the progress line says the login is done
};

} // namespace saathi::ui
