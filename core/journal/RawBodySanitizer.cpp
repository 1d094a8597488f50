// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/RawBodySanitizer.h"

#include "core/logging/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1StringView>
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
        if (isDroppedField(it.key())) {
            continue;
        }
        // Reference numbers (bank_ref_num, tid, …) stay as Eko sent them; redact::body checks their shape.
        const bool reference = redact::isIdentifierField(it.key()) && (it.value().isString() || it.value().isDouble());
        out.insert(it.key(), reference ? it.value() : clean(it.value()));
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
// scan for "<PidData", "<Skey", "<Hmac" over the files stays a clean signal (security.md A4). Replaces
// <\s*(PidData|Skey|Hmac|Data|DeviceInfo|Resp)\b[^>]*> by "[pid removed]", in one pass (linear time).
QString dropPidPlaceholders(const QString& s)
{
    static constexpr QLatin1StringView kTags[]
        = {QLatin1StringView("piddata"), QLatin1StringView("skey"),       QLatin1StringView("hmac"),
           QLatin1StringView("data"),    QLatin1StringView("deviceinfo"), QLatin1StringView("resp")};
    const auto wordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    QString out;
    qsizetype copied = 0;
    qsizetype nextGt = -1; // the first '>' at or after the last search start (s.size(): none)
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != u'<') {
            continue;
        }
        qsizetype name = i + 1;
        while (name < s.size() && s.at(name).isSpace()) {
            ++name;
        }
        qsizetype afterName = -1;
        for (QLatin1StringView tag : kTags) {
            const qsizetype end = name + tag.size();
            if (end <= s.size() && QStringView(s).mid(name, tag.size()).compare(tag, Qt::CaseInsensitive) == 0
                && (end == s.size() || !wordChar(s.at(end)))) {
                afterName = end;
            }
        }
        if (afterName < 0) {
            continue;
        }
        if (nextGt < afterName) {
            nextGt = qMax(nextGt + 1, afterName);
            while (nextGt < s.size() && s.at(nextGt) != u'>') {
                ++nextGt;
            }
        }
        if (nextGt >= s.size()) {
            break;
        }
        out += QStringView(s).mid(copied, i - copied) + QLatin1StringView("[pid removed]");
        copied = nextGt + 1;
        i = nextGt;
    }
    if (copied == 0) {
        return s;
    }
    out += QStringView(s).mid(copied);
    return out;
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
    text = dropPidPlaceholders(redact::body(text));
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
