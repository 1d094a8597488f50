// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SandboxContext.h"

#include "core/util/Clock.h"
#include "core/validation/AadhaarNumber.h"
#include "sandbox/eko/Envelope.h"

namespace saathi::sandbox {

qint64 SandboxContext::nowMs() const
{
    return clock ? clock->nowMs() : SystemClock::instance().nowMs();
}

QDate SandboxContext::istDay() const
{
    return clock ? clock->istDate() : SystemClock::instance().istDate();
}

Agent* SandboxContext::resolveAgent(const RequestParams& params, SandboxReply* error)
{
    QMap<QString, QString> invalid;
    params.requireAll({QStringLiteral("initiator_id")}, &invalid);
    if (!invalid.isEmpty()) {
        *error = envelope::invalidParams(invalid);
        return nullptr;
    }
    if (params.text(QStringLiteral("initiator_id")) != config.partner.initiatorId) {
        *error = envelope::failure(319, QStringLiteral("Invalid initiator"));
        return nullptr;
    }
    const QString userCode = params.text(QStringLiteral("user_code"));
    Agent* agent = agents.find(userCode.isEmpty() ? config.defaultUserCode : userCode);
    if (!agent) {
        *error = envelope::failure(1297, QStringLiteral("User does not exist"));
        return nullptr;
    }
    agents.promotePending(*agent, nowMs(), config.activationDelayMs);
    return agent;
}

bool SandboxContext::decryptAadhaar(const RequestParams& params, const QString& field, SecureBytes* out,
                                    QMap<QString, QString>* invalid) const
{
    const QString value = params.text(field);
    if (value.isEmpty()) {
        invalid->insert(field, QStringLiteral("Please provide the value of the field"));
        return false;
    }
    auto plain = decryptor.decrypt(value.toLatin1());
    if (!plain) {
        invalid->insert(field, QStringLiteral("Invalid Aadhaar number or encryption"));
        return false;
    }
    *out = std::move(plain.value());
    return true;
}

bool SandboxContext::readAadhaar(const RouteCall& call, SecureBytes* out, QMap<QString, QString>* invalid) const
{
    const QString field = QStringLiteral("aadhar");
    if (!call.contract || call.contract->aadhaar != eko::AadhaarForm::Plain) {
        return decryptAadhaar(call.params, field, out, invalid);
    }
    QString value = call.params.text(field);
    const bool empty = value.isEmpty();
    ValidationResult check = aadhaar::validateAadhaar(value);
    secureWipe(value);
    if (!check.valid || check.normalized.size() != 12) {
        secureWipe(check.normalized);
        invalid->insert(field,
                        empty ? QStringLiteral("Please provide the value of the field")
                              : QStringLiteral("Invalid Aadhaar number"));
        return false;
    }
    QByteArray digits = check.normalized.toLatin1();
    secureWipe(check.normalized);
    *out = SecureBytes(digits);
    secureWipe(digits);
    return true;
}

std::optional<Fault> SandboxContext::takeBusinessFault(const RouteCall& call,
                                                       const std::function<bool(Fault)>& applicable)
{
    return faults.take(call.route, call.financial,
                       [&](Fault f) { return !FaultPlan::isTransportFault(f) && applicable(f); });
}

} // namespace saathi::sandbox
