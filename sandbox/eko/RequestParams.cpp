// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RequestParams.h"

#include "sandbox/eko/SandboxTypes.h"

#include <QUrlQuery>

namespace saathi::sandbox {

RequestParams RequestParams::fromJson(const QJsonObject& object)
{
    RequestParams p;
    p.m_fields = object;
    return p;
}

RequestParams RequestParams::fromForm(const QByteArray& urlEncoded)
{
    RequestParams p;
    QByteArray plusFixed = urlEncoded;
    plusFixed.replace('+', ' ');
    const QUrlQuery query(QString::fromUtf8(plusFixed));
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        p.m_fields.insert(key, value);
    }
    return p;
}

void RequestParams::mergeQuery(const SandboxRequest& request)
{
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!m_fields.contains(key)) {
            m_fields.insert(key, value);
        }
    }
}

QString RequestParams::text(const QString& name) const
{
    const QJsonValue v = m_fields.value(name);
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 whole = static_cast<qint64>(d);
        if (static_cast<double>(whole) == d) {
            return QString::number(whole);
        }
        return QString::number(d, 'f', 2);
    }
    return QString();
}

void RequestParams::requireAll(const QStringList& names, QMap<QString, QString>* invalid) const
{
    for (const QString& name : names) {
        const QJsonValue v = m_fields.value(name);
        if (text(name).trimmed().isEmpty() && !v.isObject() && !v.isArray()) {
            invalid->insert(name, QStringLiteral("Please provide the value of the field"));
        }
    }
}

} // namespace saathi::sandbox
