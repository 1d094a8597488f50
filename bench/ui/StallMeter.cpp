// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "StallMeter.h"

#include <QAbstractEventDispatcher>
#include <QEvent>

#include <algorithm>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <ctime>
#endif

namespace {
constexpr qint64 kFrameNs = 16'000'000;
constexpr int kWorstKept = 8;

qint64 threadCpuNs()
{
#if defined(Q_OS_WIN)
    FILETIME created, exited, kernel, user;
    GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user);
    const auto ticks = [](const FILETIME& t) { return (qint64(t.dwHighDateTime) << 32) | t.dwLowDateTime; };
    return (ticks(kernel) + ticks(user)) * 100;
#else
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
#endif
}
} // namespace

StallMeter::StallMeter(int& argc, char** argv)
    : QApplication(argc, argv)
{
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this, [this] {
        if (m_depth > 0) {
            m_nestedLoop = true;
        }
    });
    beginPhase(QStringLiteral("start-up"));
}

void StallMeter::beginPhase(const QString& name)
{
    m_phases.append(Phase {name, 0, 0, {}, 0});
}

QList<StallMeter::Stall> StallMeter::worst(int n) const
{
    return m_worst.mid(0, n);
}

bool StallMeter::notify(QObject* receiver, QEvent* event)
{
    if (m_depth > 0) {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }
    m_depth = 1;
    m_nestedLoop = false;
    const int type = event->type(); // the event may be gone when the handler returns
    QString who = QString::fromLatin1(receiver->metaObject()->className());
    if (!receiver->objectName().isEmpty()) {
        who += QLatin1Char('#') + receiver->objectName();
    }
    const qint64 cpuStart = threadCpuNs();
    m_timer.start();
    const bool handled = QApplication::notify(receiver, event);
    const qint64 ns = m_timer.nsecsElapsed();
    const qint64 cpuNs = threadCpuNs() - cpuStart;
    m_depth = 0;
    if (m_nestedLoop) {
        return handled;
    }
    Phase& phase = m_phases.last();
    ++phase.events;
    if (ns > kFrameNs) {
        ++phase.overFrame;
    }
    const Stall stall {ns, cpuNs, who, type};
    if (ns > phase.longest.ns) {
        phase.longest = stall;
    }
    phase.longestCpuNs = qMax(phase.longestCpuNs, cpuNs);
    if (m_worst.size() < kWorstKept || ns > m_worst.last().ns) {
        m_worst.append(stall);
        std::sort(m_worst.begin(), m_worst.end(), [](const Stall& a, const Stall& b) { return a.ns > b.ns; });
        m_worst = m_worst.mid(0, kWorstKept);
    }
    return handled;
}
