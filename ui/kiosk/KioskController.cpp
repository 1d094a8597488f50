// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/kiosk/KioskController.h"

#include "core/settings/AppSettings.h"
#include "ui/kiosk/InactivityWatcher.h"
#include "ui/kiosk/LockScreen.h"

#include <QCloseEvent>
#include <QWidget>

namespace saathi::ui {

KioskController::KioskController(AppSettings& settings, const Clock& clock, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_window(window)
{
    m_lock = new LockScreen(settings, clock, window);
    m_watcher = new InactivityWatcher(clock, this);
    connect(m_watcher, &InactivityWatcher::inactivityDetected, this, &KioskController::lockNow);
    connect(m_lock, &LockScreen::unlocked, this, &KioskController::armIdleLock);
    connect(m_lock, &LockScreen::supervisorConfirmed, this, [this] {
        m_closeAuthorized = true;
        if (m_window) {
            m_window->close();
        }
    });
    connect(&settings, &AppSettings::kioskChanged, this, &KioskController::applySettings);
    applySettings();
}

void KioskController::setKioskEnabled(bool on)
{
    m_forcedKiosk = on;
    applySettings();
}

void KioskController::applySettings()
{
    if (!m_window) {
        return;
    }
    const bool kiosk = m_forcedKiosk || m_settings.kiosk().enabled;
    if (kiosk != m_kiosk) {
        m_kiosk = kiosk;
        const bool wasVisible = m_window->isVisible();
        m_window->setWindowFlag(Qt::FramelessWindowHint, kiosk);
        m_window->setWindowFlag(Qt::WindowStaysOnTopHint, kiosk);
        if (kiosk) {
            m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);
        } else {
            m_window->setWindowState(m_window->windowState() & ~Qt::WindowFullScreen);
        }
        if (wasVisible) {
            m_window->show(); // changing flags hides a window
        }
    }
    if (!m_lock->isLocked()) {
        armIdleLock();
    }
}

void KioskController::armIdleLock()
{
    if (!m_settings.hasPin()) {
        m_watcher->stop(); // nothing to unlock with
        return;
    }
    m_watcher->setTimeoutMs(qint64(m_settings.kiosk().idleLockMinutes) * 60 * 1000);
    m_watcher->start();
}

void KioskController::lockNow()
{
    if (!m_settings.hasPin()) {
        return;
    }
    m_watcher->stop();
    m_lock->lock();
}

bool KioskController::handleCloseEvent(QCloseEvent* event)
{
    // Without any PIN there is nothing to confirm with; kiosk mode from the settings always has one.
    const bool guarded = m_settings.hasSupervisorPin() || m_settings.hasPin();
    if (!m_kiosk || m_closeAuthorized || !guarded) {
        event->accept();
        return true;
    }
    event->ignore();
    m_lock->askSupervisorPin();
    Q_EMIT closeRefused();
    return false;
}

} // namespace saathi::ui
