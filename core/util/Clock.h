// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace saathi {

// Time comes from a Clock so that signing, daily login (IST calendar day) and reconciliation schedules can be tested
// with a clock the test moves.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()); }
    // India has one time zone and no daylight saving: a fixed +05:30 offset needs no tz database on Windows.
    QDateTime nowIst() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), istZone()); }
    QDate istDate() const { return nowIst().date(); }

    static QTimeZone istZone() { return QTimeZone(5 * 3600 + 30 * 60); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    static const SystemClock& instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

// A clock for tests and the sandbox: starts where it is told and moves only when told.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1700000000000)
        : m_nowMs(startMs)
    {
    }
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace saathi
