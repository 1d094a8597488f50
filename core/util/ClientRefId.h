// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QMutex>
#include <QString>

namespace saathi {

class Clock;

// client_ref_id: our idempotency key for every Eko request (reference eko-api.md §8: ≤ 20 characters).
// Layout, 18 characters of [0-9A-Za-z]:
//   9 × base36 (upper case) milliseconds since the epoch — sorts by time as plain text
//   6 × base62 random tag drawn once per generator — separates processes and restarts (62^6 ≈ 5.7·10^10)
//   3 × base62 sequence within one millisecond — 238,328 ids per ms before the clock is pushed ahead
class ClientRefIdGenerator
{
public:
    explicit ClientRefIdGenerator(const Clock& clock);
    QString next();

    static constexpr int kLength = 18;
    static bool isWellFormed(const QString& id);
    // The process-wide generator on the system clock.
    static ClientRefIdGenerator& instance();

private:
    const Clock& m_clock;
    QMutex m_mutex;
    QString m_tag;
    qint64 m_lastMs = -1;
    qint64 m_sequence = 0;
};

} // namespace saathi
