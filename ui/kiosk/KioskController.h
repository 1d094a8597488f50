// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QObject>
#include <QPointer>

class QCloseEvent;
class QWidget;

namespace saathi {
class AppSettings;
class Clock;
} // namespace saathi

namespace saathi::ui {

class InactivityWatcher;
class LockScreen;

// Kiosk mode for one top-level window (security.md K-1, K-3): full screen, frameless, on top; closing (the close
// button, Alt+F4, the window manager) is refused unless the supervisor's PIN is given on the lock screen; the
// idle lock follows the settings (on whenever the agent has set a PIN, after 1–15 minutes). The window keeps
// its own closeEvent and calls handleCloseEvent():
//
//     void MainWindow::closeEvent(QCloseEvent* e) { if (m_kiosk->handleCloseEvent(e)) QMainWindow::closeEvent(e); }
class KioskController : public QObject
{
    Q_OBJECT
public:
    KioskController(AppSettings& settings, const Clock& clock, QWidget* window, QObject* parent = nullptr);

    bool kioskEnabled() const { return m_kiosk; }
    // Applies kiosk mode now (also done on construction and whenever the settings' kiosk options change).
    void applySettings();
    void setKioskEnabled(bool on); // e.g. `saathi --kiosk`, for this run only

    // True when the close may go ahead; otherwise the event is ignored and the supervisor PIN is asked for.
    bool handleCloseEvent(QCloseEvent* event);
    void lockNow();

    LockScreen* lockScreen() const { return m_lock; }
    InactivityWatcher* inactivityWatcher() const { return m_watcher; }

Q_SIGNALS:
    void closeRefused();

private:
    void armIdleLock();

    AppSettings& m_settings;
    QPointer<QWidget> m_window;
    LockScreen* m_lock = nullptr;
    InactivityWatcher* m_watcher = nullptr;
    bool m_kiosk = false;
    bool m_forcedKiosk = false;
    bool m_closeAuthorized = false;
};

} // namespace saathi::ui
