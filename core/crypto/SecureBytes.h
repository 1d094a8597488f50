// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace saathi {

// A byte buffer for Aadhaar numbers, PID XML and keys: not implicitly shared, wiped with OPENSSL_cleanse when it
// is destroyed or cleared, so plaintext does not outlive its use in long-lived QString copies.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArrayView bytes);
    static SecureBytes fromString(const QString& text); // UTF-8
    ~SecureBytes();

    SecureBytes(const SecureBytes& other);
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const char* constData() const { return m_bytes.constData(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes); }
    // A short-lived QByteArray copy for APIs that need one (e.g. a network body); the caller wipes it if it can.
    QByteArray toByteArray() const { return QByteArray(m_bytes.constData(), m_bytes.size()); }
    void clear();

    friend bool operator==(const SecureBytes& a, const SecureBytes& b) { return a.m_bytes == b.m_bytes; }

private:
    QByteArray m_bytes; // always detached: never shares its buffer with another QByteArray
};

// Overwrites a QByteArray or QString in place before it is released.
void secureWipe(QByteArray& bytes);
void secureWipe(QString& text);

} // namespace saathi
