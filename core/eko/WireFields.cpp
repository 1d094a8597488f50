// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/WireFields.h"

#include "core/eko/WireBody.h"
#include "core/logging/LogCategories.h"

#include <QCoreApplication>

namespace saathi::eko {

namespace {

bool isBlank(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
}

} // namespace

Result<QJsonObject> wireFields(const Endpoint& endpoint, const EkoRequest& request, const QString& initiatorId,
                               const QString& userCode, const AadhaarEncryptor& encrypt)
{
    QJsonObject fields = request.fields;
    fields.insert(QStringLiteral("initiator_id"), initiatorId);
    const bool describes = endpoint.describesFields();
    const bool wantsUserCode
        = describes ? endpoint.required.contains(QStringLiteral("user_code")) : request.addUserCode;
    if (wantsUserCode && !fields.contains(QStringLiteral("user_code"))) {
        fields.insert(QStringLiteral("user_code"), userCode);
    }
    if (!request.clientRefId.isEmpty() && (!describes || endpoint.listsField(QStringLiteral("client_ref_id")))) {
        fields.insert(QStringLiteral("client_ref_id"), request.clientRefId);
    }
    if (!request.aadhaar.isEmpty()) {
        if (endpoint.aadhaar == AadhaarForm::Plain) {
            fields.insert(QStringLiteral("aadhar"),
                          QString::fromLatin1(request.aadhaar.constData(), request.aadhaar.size()));
        } else {
            // Unknown form: encrypted, the safe choice for an Aadhaar number leaving the process.
            const auto encrypted = encrypt(request.aadhaar);
            if (!encrypted) {
                return encrypted.error();
            }
            fields.insert(QStringLiteral("aadhar"), encrypted.value());
        }
    }
    if (!describes) {
        return fields;
    }
    const bool withPid = sendsPid(endpoint, request);
    const auto blank = [&fields, withPid](const QString& name) {
        return isBlank(fields.value(name)) && !(withPid && name == QLatin1String(kPidField));
    };
    for (auto it = fields.begin(); it != fields.end();) {
        if (endpoint.listsField(it.key())) {
            ++it;
            continue;
        }
        qCDebug(lcEko).noquote() << endpoint.name << "does not list" << it.key() << "in the catalogue: not sent";
        it = fields.erase(it);
    }
    for (const QString& name : endpoint.required) {
        if (blank(name) && !request.probe) {
            return Error {QStringLiteral("eko.missing_field"),
                          QCoreApplication::translate("Eko",
                                                      "This request lacks a value Eko requires. Call support: the "
                                                      "endpoint catalogue and this version of Saathi disagree."),
                          QStringLiteral("%1 requires '%2'").arg(endpoint.name, name)};
        }
    }
    for (const QStringList& group : endpoint.oneOf) {
        if (!request.probe && std::all_of(group.begin(), group.end(), blank)) {
            return Error {QStringLiteral("eko.missing_field"),
                          QCoreApplication::translate("Eko",
                                                      "This request lacks a value Eko requires. Call support: the "
                                                      "endpoint catalogue and this version of Saathi disagree."),
                          QStringLiteral("%1 requires one of %2").arg(endpoint.name, group.join(QLatin1Char('|')))};
        }
    }
    return fields;
}

bool sendsPid(const Endpoint& endpoint, const EkoRequest& request)
{
    return !request.pid.isEmpty() && (!endpoint.describesFields() || endpoint.listsField(QLatin1String(kPidField)));
}

bool hasPidText(const EkoRequest& request)
{
    if (request.fields.contains(QLatin1String(kPidField))) {
        return true;
    }
    for (auto it = request.fields.begin(); it != request.fields.end(); ++it) {
        if (it.value().isString() && it.value().toString().contains(QLatin1String("<PidData"), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace saathi::eko
