// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace saathi {

class Clock;

// Eko's request signature (reference eko-api.md §2.2–2.3):
//   secret-key   = base64(HMAC-SHA256(key = base64(access_key) as text, msg = ms timestamp as decimal text))
//   request_hash = the same HMAC over timestamp + field1 + field2 + … (no separators)
struct SignedHeaders
{
    QByteArray timestamp; // secret-key-timestamp
    QByteArray secretKey; // secret-key
};

class EkoSigner
{
public:
    static QByteArray secretKey(const QString& accessKey, qint64 timestampMs);
    static QByteArray requestHash(const QString& accessKey, qint64 timestampMs, const QStringList& fields);
    // A fresh pair from the clock: every request, retries included, is signed anew.
    static SignedHeaders sign(const QString& accessKey, const Clock& clock);
};

} // namespace saathi
