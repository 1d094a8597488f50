// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace saathi::sandbox {

struct SandboxRequest;

// The fields of one request, whatever their encoding (JSON body, form body, multipart `form-data` JSON part, query
// string). JSON values stay typed; form and query values are strings.
class RequestParams
{
public:
    static RequestParams fromJson(const QJsonObject& object);
    // Query items first, then the body's fields override (Eko reads GET fields from the query).
    static RequestParams fromForm(const QByteArray& urlEncoded);
    void mergeQuery(const SandboxRequest& request);

    bool has(const QString& name) const { return m_fields.contains(name); }
    // A field as text: strings as-is, numbers in plain decimal, anything else empty.
    QString text(const QString& name) const;
    QJsonValue value(const QString& name) const { return m_fields.value(name); }
    QStringList names() const { return m_fields.keys(); }

    // Adds "Please provide the value of the field" for each missing or empty field.
    void requireAll(const QStringList& names, QMap<QString, QString>* invalid) const;

private:
    QJsonObject m_fields;
};

} // namespace saathi::sandbox
