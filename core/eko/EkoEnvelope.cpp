// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/EkoEnvelope.h"

#include "core/logging/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace saathi::eko {

namespace {

bool lenientInt(const QJsonValue& v, int* out)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d >= -2147483648.0 && d <= 2147483647.0) {
            *out = int(d);
            return true;
        }
        return false;
    }
    if (v.isString()) {
        Paise p;
        if (Paise::parseWire(v.toString(), &p) && p.isWholeRupees()) {
            const qint64 n = p.wholeRupees();
            if (n >= -2147483648LL && n <= 2147483647LL) {
                *out = int(n);
                return true;
            }
        }
    }
    return false;
}

QString cleanMessage(QString message)
{
    // "Transaction successful Last_used_OkeyKey: 233" → "Transaction successful"
    static const QRegularExpression junk(QStringLiteral("\\s*Last_used_OkeyKey\\s*:\\s*\\S*\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    message.remove(junk);
    return message.trimmed().left(500);
}

} // namespace

QString EkoEnvelope::textOf(const QJsonObject& object, const QString& key)
{
    const QJsonValue v = object.value(key);
    if (v.isString()) {
        return v.toString().left(2000);
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) {
            return QString::number(qint64(d));
        }
        return QString::number(d, 'f', 2);
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

int EkoEnvelope::integerOf(const QJsonObject& object, const QString& key, int fallback)
{
    int out = fallback;
    return lenientInt(object.value(key), &out) ? out : fallback;
}

bool EkoEnvelope::amount(const QString& key, Paise* out) const
{
    const QJsonValue v = data.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > 1e13) {
            return false;
        }
        out->value = qint64(std::llround(d * 100.0));
        return true;
    }
    return v.isString() && Paise::parseWire(v.toString(), out);
}

QString EkoEnvelope::reason() const
{
    for (const char* key : {"reason", "comment"}) {
        const QString t = text(QLatin1String(key)).trimmed();
        if (!t.isEmpty()) {
            return t;
        }
    }
    return message;
}

Result<EkoEnvelope> parseEnvelope(const QByteArray& body)
{
    const auto malformed = [](const QString& detail) {
        return Error {QStringLiteral("eko.malformed_response"),
                      QCoreApplication::translate("Eko",
                                                  "Eko's answer could not be read. Try again in a minute; if "
                                                  "this repeats, call support."),
                      detail};
    };
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        return malformed(QStringLiteral("empty body"));
    }
    if (trimmed.startsWith('<')) {
        return Error {QStringLiteral("eko.html_response"),
                      QCoreApplication::translate("Eko",
                                                  "Eko's server sent an error page instead of an answer. Try "
                                                  "again in a minute; if it repeats, check the server address "
                                                  "in Settings."),
                      QStringLiteral("non-JSON body starting with '<'")};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError) {
        return malformed(error.errorString() + QStringLiteral(" at offset %1").arg(error.offset));
    }
    if (!doc.isObject()) {
        return malformed(QStringLiteral("top level is not an object"));
    }
    const QJsonObject root = doc.object();
    EkoEnvelope e;
    e.message = cleanMessage(EkoEnvelope::textOf(root, QStringLiteral("message")));
    int status = -1;
    e.hasStatus = lenientInt(root.value(QStringLiteral("status")), &status);
    e.status = status;
    e.responseStatusId = EkoEnvelope::integerOf(root, QStringLiteral("response_status_id"), 0);
    e.responseTypeId = EkoEnvelope::integerOf(root, QStringLiteral("response_type_id"), 0);
    e.data = root.value(QStringLiteral("data")).toObject();
    e.paramAttributes = root.value(QStringLiteral("param_attributes")).toObject();
    const QJsonValue invalid = root.value(QStringLiteral("invalid_params"));
    if (invalid.isObject()) {
        const QJsonObject o = invalid.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            e.invalidParams.insert(it.key().left(100), EkoEnvelope::textOf(o, it.key()).left(300));
        }
    } else if (invalid.isString()) {
        e.invalidParams.insert(QString(), invalid.toString().left(300));
    }
    if (!e.hasStatus && e.message.isEmpty()) {
        return malformed(QStringLiteral("neither status nor message"));
    }
    return e;
}

QByteArray redactedBody(const QByteArray& body)
{
    return redact::body(QString::fromUtf8(body.left(256 * 1024))).toUtf8();
}

} // namespace saathi::eko
