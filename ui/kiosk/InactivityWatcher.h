// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QObject>
#include <QTimer>

namespace saathi {
class Clock;
}

namespace saathi::ui {

// KeePassXC's InactivityTimer idea: an application-wide event filter notes every key, mouse, wheel and touch
// event; a light periodic check compares the injected clock with the last activity and emits
// inactivityDetected() once when the timeout has passed. Tests move a ManualClock instead of waiting minutes.
class InactivityWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InactivityWatcher(const Clock& clock, QObject* parent = nullptr);
    ~InactivityWatcher() override;

    void setTimeoutMs(qint64 ms);
    qint64 timeoutMs() const { return m_timeoutMs; }
    void setCheckIntervalMs(int ms); // default 1 s

    void start(); // counts from now
    void stop();
    bool isActive() const { return m_active; }
    void noteActivity();
    void checkNow();

Q_SIGNALS:
    void inactivityDetected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    QTimer m_check;
    qint64 m_timeoutMs = 5 * 60 * 1000;
    qint64 m_lastActivityMs = 0;
    bool m_active = false;
};

} // namespace saathi::ui
