// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/kiosk/InactivityWatcher.h"

#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace saathi::ui {

InactivityWatcher::InactivityWatcher(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_check.setInterval(1000);
    connect(&m_check, &QTimer::timeout, this, &InactivityWatcher::checkNow);
}

InactivityWatcher::~InactivityWatcher()
{
    stop();
}

void InactivityWatcher::setTimeoutMs(qint64 ms)
{
    m_timeoutMs = qMax<qint64>(1, ms);
}

void InactivityWatcher::setCheckIntervalMs(int ms)
{
    m_check.setInterval(qMax(1, ms));
}

void InactivityWatcher::start()
{
    if (!m_active && QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
    }
    m_active = true;
    noteActivity();
    m_check.start();
}

void InactivityWatcher::stop()
{
    if (m_active && QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
    m_active = false;
    m_check.stop();
}

void InactivityWatcher::noteActivity()
{
    m_lastActivityMs = m_clock.nowMs();
}

void InactivityWatcher::checkNow()
{
    if (m_active && m_clock.nowMs() - m_lastActivityMs >= m_timeoutMs) {
        stop(); // once; whoever locks starts it again after unlocking
        Q_EMIT inactivityDetected();
    }
}

bool InactivityWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace saathi::ui
