// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/OneShotBody.h"

#include "core/crypto/SecureBytes.h"

#include <cstring>
#include <openssl/crypto.h>

namespace saathi::eko {

OneShotBody::OneShotBody(QByteArray body, QObject* parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

OneShotBody::~OneShotBody()
{
    secureWipe(m_body); // it carried a PID block
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_position);
    if (n <= 0) {
        return m_position >= m_body.size() ? -1 : 0;
    }
    memcpy(data, m_body.constData() + m_position, size_t(n));
    m_position += n;
    if (m_position >= m_body.size() && !m_wiped && m_body.isDetached()) {
        // Everything was handed over: nothing needs these bytes any more. Wiped in place, so size() stays (a
        // shared buffer is left to its other owner: detaching would copy the PID first).
        OPENSSL_cleanse(m_body.data(), size_t(m_body.size()));
        m_wiped = true;
    }
    return n;
}

} // namespace saathi::eko
