// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EkoEnvelope.h"
#include "core/util/Error.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace saathi::eko {

// The outcome of one call, as the counter must treat it (reference §3.2, §15a):
//   Success  — Eko said yes (status 0; for money, tx_status 0)
//   Failed   — Eko said no, definitively (business error, 4xx, tx_status 1), or the request never left
//   Pending  — Eko accepted but the result is awaited (tx_status 2/5…): inquire later
//   Unknown  — no usable answer to a money-moving request (timeout, transport error, 5xx, garbage): it may or may
//              not have happened; never shown as failed, never retried blindly; inquire by client_ref_id
enum class Outcome { Success, Failed, Pending, Unknown };

QString outcomeName(Outcome outcome);

struct EkoResponse
{
    QString operation;
    QString clientRefId; // for money-moving calls
    Outcome outcome = Outcome::Failed;
    int httpStatus = 0;
    EkoEnvelope envelope; // valid when a JSON envelope was read
    bool hasEnvelope = false;
    Error error; // set unless outcome is Success
    QByteArray redactedBody; // the raw body with Aadhaar/PID/secrets removed (for the journal)
    qint64 elapsedMs = 0;
    int attempts = 0;
    qint64 clockSkewMs = 0; // server Date minus our clock, when the server sent a Date header

    int txStatus() const { return envelope.integer(QStringLiteral("tx_status"), -1); }
};

} // namespace saathi::eko

Q_DECLARE_METATYPE(saathi::eko::EkoResponse)
