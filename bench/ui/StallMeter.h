// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>

// A QApplication that times every event the UI thread handles from its event loop (the outermost notify()). A
// handler that runs a nested event loop (a modal dialog, QEventLoop) is not a stall — the loop keeps turning — so
// such events are left out: the dispatcher's aboutToBlock inside a handler marks them. Each event is timed twice: on
// the wall clock (what the agent feels) and on the thread's CPU clock (the work itself; a loaded machine that
// preempts the UI thread inflates only the first).
class StallMeter : public QApplication
{
public:
    StallMeter(int& argc, char** argv);

    struct Stall
    {
        qint64 ns = 0; // wall clock
        qint64 cpuNs = 0; // the UI thread's CPU time
        QString receiver; // class and object name
        int eventType = 0;
    };
    struct Phase
    {
        QString name;
        qint64 events = 0;
        qint64 overFrame = 0; // handlers longer than 16 ms
        Stall longest;
        qint64 longestCpuNs = 0;
    };

    void beginPhase(const QString& name);
    const QList<Phase>& phases() const { return m_phases; }
    QList<Stall> worst(int n) const;

    bool notify(QObject* receiver, QEvent* event) override;

private:
    int m_depth = 0;
    bool m_nestedLoop = false;
    QElapsedTimer m_timer;
    QList<Phase> m_phases;
    QList<Stall> m_worst; // sorted, longest first
};
