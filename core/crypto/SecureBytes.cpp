// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/crypto/SecureBytes.h"

#include <openssl/crypto.h>

namespace saathi {

namespace {
QByteArray deepCopy(QByteArrayView bytes)
{
    QByteArray copy(bytes.size(), Qt::Uninitialized);
    if (!bytes.isEmpty()) {
        memcpy(copy.data(), bytes.data(), size_t(bytes.size()));
    }
    return copy;
}
} // namespace

SecureBytes::SecureBytes(QByteArrayView bytes)
    : m_bytes(deepCopy(bytes))
{
}

SecureBytes SecureBytes::fromString(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(utf8);
    secureWipe(utf8);
    return out;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(const SecureBytes& other)
    : m_bytes(deepCopy(other.view()))
{
}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        clear();
        m_bytes = deepCopy(other.view());
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

void SecureBytes::clear()
{
    secureWipe(m_bytes);
    m_bytes = QByteArray();
}

void secureWipe(QByteArray& bytes)
{
    // Only wipe a buffer we own alone; detaching would copy the secret first.
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes = QByteArray();
        return;
    }
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

void secureWipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached()) {
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace saathi
