// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/ToolsOperations.h"

#include "core/eko/EkoClient.h"
#include "core/validation/FieldValidators.h"

#include <QJsonArray>

namespace saathi::eko {

namespace {

BankChannels channelsOf(const QJsonObject& o)
{
    BankChannels c;
    c.availableChannels = EkoEnvelope::integerOf(o, QStringLiteral("available_channels"), -1);
    c.ifscStatus = EkoEnvelope::integerOf(o, QStringLiteral("ifsc_status"), -1);
    c.verificationAvailable = EkoEnvelope::integerOf(o, QStringLiteral("isverificationavailable"), 0) == 1;
    return c;
}

} // namespace

EkoJob* ToolsOperations::serviceCodes()
{
    EkoRequest r;
    r.operation = QStringLiteral("tools.service_codes");
    r.addUserCode = false; // a partner-level list: initiator_id only (§5.4)
    return m_client.call(std::move(r));
}

EkoJob* ToolsOperations::bankDetails(const QString& bankCode, const QString& ifsc)
{
    EkoRequest r;
    r.operation = QStringLiteral("tools.bank");
    r.pathParams = {{QStringLiteral("bank_code"), bankCode.trimmed().toUpper()}};
    r.addUserCode = !m_client.config().credentials.userCode.isEmpty();
    if (!ifsc.trimmed().isEmpty()) {
        r.fields.insert(QStringLiteral("ifsc"), ifsc.trimmed().toUpper());
    }
    return m_client.call(std::move(r));
}

EkoJob* ToolsOperations::ifscDetails(const QString& ifsc)
{
    EkoRequest r;
    r.operation = QStringLiteral("tools.ifsc");
    r.addUserCode = false;
    const ValidationResult valid = validate::ifsc(ifsc);
    if (!valid.valid) {
        return m_client.failBeforeSending(r.operation,
                                          Error {QStringLiteral("eko.invalid_ifsc"), valid.message, ifsc.left(32)});
    }
    r.pathParams = {{QStringLiteral("ifsc"), valid.normalized}};
    return m_client.call(std::move(r));
}

EkoJob* ToolsOperations::classicServices()
{
    EkoRequest r;
    r.operation = QStringLiteral("agent.services_classic");
    r.pathParams = {{QStringLiteral("user_code"), m_client.config().credentials.userCode}};
    r.addUserCode = false; // it is in the path: /v1/user/services/user_code:{user_code}
    return m_client.call(std::move(r));
}

EkoJob* ToolsOperations::activateServiceClassic(const QString& serviceCode)
{
    EkoRequest r;
    r.operation = QStringLiteral("agent.activate_service_classic");
    r.fields.insert(QStringLiteral("service_code"), serviceCode);
    if (!m_client.config().latLong.isEmpty()) {
        r.fields.insert(QStringLiteral("latlong"), m_client.config().latLong);
    }
    return m_client.call(std::move(r));
}

QList<ServiceCode> ToolsOperations::parseServiceCodes(const EkoEnvelope& envelope)
{
    QList<ServiceCode> out;
    for (const QJsonValue& v : envelope.data.value(QStringLiteral("service_list")).toArray()) {
        const QJsonObject o = v.toObject();
        ServiceCode s {EkoEnvelope::textOf(o, QStringLiteral("service_name")),
                       EkoEnvelope::textOf(o, QStringLiteral("service_code")),
                       EkoEnvelope::textOf(o, QStringLiteral("provider_name"))};
        if (!s.code.isEmpty()) {
            out.append(s);
        }
    }
    return out;
}

std::optional<BankDetails> ToolsOperations::parseBankDetails(const EkoEnvelope& envelope)
{
    const QJsonObject& d = envelope.data;
    BankDetails b {EkoEnvelope::textOf(d, QStringLiteral("bank_id")), EkoEnvelope::textOf(d, QStringLiteral("name")),
                   EkoEnvelope::textOf(d, QStringLiteral("code")), channelsOf(d)};
    if (!envelope.isSuccess() || b.code.isEmpty() || b.name.isEmpty()) {
        return std::nullopt;
    }
    return b;
}

std::optional<IfscDetails> ToolsOperations::parseIfscDetails(const EkoEnvelope& envelope)
{
    const QJsonObject& d = envelope.data;
    IfscDetails i {EkoEnvelope::textOf(d, QStringLiteral("ifsc")), EkoEnvelope::textOf(d, QStringLiteral("bank")),
                   EkoEnvelope::textOf(d, QStringLiteral("branch")), EkoEnvelope::textOf(d, QStringLiteral("bank_id")),
                   channelsOf(d)};
    if (!envelope.isSuccess() || i.ifsc.isEmpty() || i.bank.isEmpty()) {
        return std::nullopt;
    }
    return i;
}

} // namespace saathi::eko
