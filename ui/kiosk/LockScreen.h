// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/kiosk/PinService.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saathi {
class AppSettings;
class Clock;
} // namespace saathi

namespace saathi::ui {

// Covers the whole window and hides every other child of it while locked, so no customer data stays on screen
// (security.md K-1); the hidden screens keep running, so a request in flight still completes behind the lock.
// Unlocks with the agent's PIN; 10 wrong PINs lock it for 30 minutes on the injected clock (K-2). A second mode
// asks for the supervisor's PIN before the app may close in kiosk mode (K-3), with a lockout of its own. PINs are
// checked off the UI thread (PinService).
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    LockScreen(AppSettings& settings, const Clock& clock, QWidget* window);

    bool isLocked() const { return m_mode != Mode::Open; }
    void lock();
    void askSupervisorPin(); // for closing the app; Cancel returns to where the agent was

Q_SIGNALS:
    void locked();
    void unlocked();
    void supervisorConfirmed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Mode { Open, Agent, Supervisor };
    void cover();
    void uncover();
    void submit();
    void agentChecked(const PinLockout::Attempt& attempt);
    void supervisorChecked(const PinLockout::Attempt& attempt);
    void cancel();
    void showLockout(qint64 untilMs);
    void showSupervisorLockout(qint64 untilMs);
    void retranslate();

    AppSettings& m_settings;
    const Clock& m_clock;
    PinService* m_agentPin = nullptr;
    PinService* m_supervisorPin = nullptr;
    Mode m_mode = Mode::Open;
    Mode m_modeBeforeSupervisor = Mode::Open;
    QList<QPointer<QWidget>> m_hidden;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace saathi::ui
