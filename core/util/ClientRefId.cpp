// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/util/ClientRefId.h"

#include "core/util/Clock.h"

#include <QRandomGenerator>

namespace saathi {

namespace {
constexpr char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"; // ASCII order

QString encode(quint64 value, int base, int width)
{
    QString out(width, QLatin1Char('0'));
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QLatin1Char(kBase62[value % quint64(base)]);
        value /= quint64(base);
    }
    return out;
}
} // namespace

ClientRefIdGenerator::ClientRefIdGenerator(const Clock& clock)
    : m_clock(clock)
{
    // The OS's CSPRNG: two processes started in the same millisecond still draw different tags.
    quint64 random = QRandomGenerator::system()->generate64();
    m_tag = encode(random % 56800235584ULL, 62, 6); // 62^6
}

QString ClientRefIdGenerator::next()
{
    QMutexLocker lock(&m_mutex);
    qint64 now = m_clock.nowMs();
    if (now < m_lastMs) {
        now = m_lastMs; // the clock stepped back: keep ids unique and ordered
    }
    if (now == m_lastMs) {
        if (++m_sequence >= 238328) { // 62^3
            ++now;
            m_sequence = 0;
        }
    } else {
        m_sequence = 0;
    }
    m_lastMs = now;
    return encode(quint64(now), 36, 9) + m_tag + encode(quint64(m_sequence), 62, 3);
}

bool ClientRefIdGenerator::isWellFormed(const QString& id)
{
    if (id.isEmpty() || id.size() > 20) {
        return false;
    }
    for (QChar c : id) {
        const bool alnum = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        if (!alnum) {
            return false;
        }
    }
    return true;
}

ClientRefIdGenerator& ClientRefIdGenerator::instance()
{
    static ClientRefIdGenerator generator(SystemClock::instance());
    return generator;
}

} // namespace saathi
