// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"
#include "core/util/Money.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace saathi::eko {

// Eko's response envelope (reference §3.1), read leniently: numbers may come as strings or in "2.2E9" form,
// `message` may carry junk suffixes, `data` may be missing, the whole body may be "No key for Response".
struct EkoEnvelope
{
    bool hasStatus = false; // false for {"message":"No key for Response"}
    int status = -1;
    int responseStatusId = 0;
    int responseTypeId = 0;
    QString message; // junk suffixes removed
    QJsonObject data;
    QJsonObject paramAttributes; // lists (states, MCC) come here, not in data
    QMap<QString, QString> invalidParams;

    bool isSuccess() const { return hasStatus && status == 0; }
    // data.reason, else data.comment, else the message: the text Eko gives for a failure.
    QString reason() const;

    // Accessors that accept strings and numbers alike; empty / false when absent or malformed.
    QString text(const QString& key) const { return textOf(data, key); }
    int integer(const QString& key, int fallback = -1) const { return integerOf(data, key, fallback); }
    bool amount(const QString& key, Paise* out) const;

    static QString textOf(const QJsonObject& object, const QString& key);
    static int integerOf(const QJsonObject& object, const QString& key, int fallback = -1);
};

// Parses a body into an envelope. Errors (not JSON, HTML page, not an object) come back as Error values with
// a message for the agent; the parser never throws and never trusts types.
Result<EkoEnvelope> parseEnvelope(const QByteArray& body);

// The body with Aadhaar, PID and secrets removed, fit for the journal and the log.
QByteArray redactedBody(const QByteArray& body);

} // namespace saathi::eko
