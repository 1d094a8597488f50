// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace saathi::fuzz {

// Splits libFuzzer's bytes into the values a target needs: small numbers, then text fields cut at '\n'.
class FuzzInput
{
public:
    FuzzInput(const uint8_t* data, size_t size)
        : m_bytes(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)))
    {
    }

    bool atEnd() const { return m_pos >= m_bytes.size(); }
    QByteArray rest() const { return m_bytes.mid(m_pos); }

    uint8_t byte() { return atEnd() ? 0 : uint8_t(m_bytes.at(m_pos++)); }

    QString line()
    {
        const qsizetype end = m_bytes.indexOf('\n', m_pos);
        const qsizetype stop = end < 0 ? m_bytes.size() : end;
        const QString out = QString::fromUtf8(m_bytes.mid(m_pos, stop - m_pos));
        m_pos = stop + 1;
        return out;
    }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

} // namespace saathi::fuzz
