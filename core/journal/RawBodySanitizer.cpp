// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "journal/RawBodySanitizer.h"

#include "logging/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace saathi::journal::sanitize {

namespace {

bool isDroppedField(const QString& key)
{
    static const QSet<QString> names {
        QStringLiteral("aadhar"),        QStringLiteral("aadhaar"),
        QStringLiteral("aadhar_number"), QStringLiteral("aadhaar_number"),
        QStringLiteral("aadhaarnumber"), QStringLiteral("uid"),
        QStringLiteral("vid"),           QStringLiteral("piddata"),
        QStringLiteral("pid_data"),      QStringLiteral("pid"),
        QStringLiteral("pidblock"),      QStringLiteral("otp"),
        QStringLiteral("skey"),          QStringLiteral("hmac"),
    };
    return names.contains(key.toLower());
}

QJsonValue clean(const QJsonValue& value);

QJsonObject cleanObject(const QJsonObject& in)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!isDroppedField(it.key())) {
            out.insert(it.key(), clean(it.value()));
        }
    }
    return out;
}

QJsonValue clean(const QJsonValue& value)
{
    if (value.isObject()) {
        return cleanObject(value.toObject());
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray()) {
            out.append(clean(v));
        }
        return out;
    }
    if (value.isString()) {
        return redact::text(value.toString());
    }
    return value;
}

// The redactor leaves "<PidData redacted/>" placeholders; the journal keeps no PID tag names at all, so a byte
// scan for "<PidData", "<Skey", "<Hmac" over the files stays a clean signal (security.md A4).
QString dropPidPlaceholders(QString s)
{
    static const QRegularExpression re(QStringLiteral("<\\s*(PidData|Skey|Hmac|Data|DeviceInfo|Resp)\\b[^>]*>"),
                                       QRegularExpression::CaseInsensitiveOption);
    s.replace(re, QStringLiteral("[pid removed]"));
    return s;
}

} // namespace

QString rawBody(const QString& body)
{
    if (body.isEmpty()) {
        return body;
    }
    QString text;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonDocument cleaned
            = doc.isObject() ? QJsonDocument(cleanObject(doc.object())) : QJsonDocument(clean(doc.array()).toArray());
        text = QString::fromUtf8(cleaned.toJson(QJsonDocument::Compact));
    } else {
        text = body;
    }
    // Second pass over the whole text: numbers and PID blocks outside the known fields, non-JSON bodies.
    text = dropPidPlaceholders(redact::text(text));
    if (text.size() > kMaxStoredChars) {
        text = text.left(kMaxStoredChars) + QStringLiteral("…[truncated]");
    }
    return text;
}

QString text(const QString& input)
{
    return dropPidPlaceholders(redact::text(input));
}

} // namespace saathi::journal::sanitize
