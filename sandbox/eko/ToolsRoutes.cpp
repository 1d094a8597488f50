// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ToolsRoutes.h"

#include "sandbox/eko/DmtRecipientRules.h"
#include "sandbox/eko/Envelope.h"
#include "sandbox/eko/Fixtures.h"
#include "sandbox/eko/SandboxRouter.h"

#include <QJsonArray>

namespace saathi::sandbox {

namespace {

// Payments banks have one IFSC for the whole bank, so Eko derives it from the short code.
bool hasSingleIfsc(const fixtures::Bank& bank)
{
    return bank.code == QLatin1String("IPOS") || bank.code == QLatin1String("FINO");
}

} // namespace

ToolsRoutes::ToolsRoutes(SandboxContext& context)
    : m_ctx(context)
{
}

void ToolsRoutes::registerRoutes(SandboxRouter& router)
{
    auto bind = [this](SandboxReply (ToolsRoutes::*fn)(const RouteCall&)) {
        return [this, fn](const RouteCall& call) { return (this->*fn)(call); };
    };
    router.add("GET", QStringLiteral("/v3/tools/catalog/service-codes"), QStringLiteral("service-codes"),
               BodyKind::None, bind(&ToolsRoutes::serviceCodes));
    router.add("GET", QStringLiteral("/v3/tools/reference/bank/([^/]+)"), QStringLiteral("bank-details"),
               BodyKind::None, bind(&ToolsRoutes::bank));
    router.add("GET", QStringLiteral("/v3/tools/reference/banks/ifsc/([^/]+)"), QStringLiteral("ifsc-details"),
               BodyKind::None, bind(&ToolsRoutes::ifsc));
}

int ToolsRoutes::ifscStatus(const fixtures::Bank& bank)
{
    if (!dmt::bankAllowsImps(bank.code)) {
        return 4; // NEFT needs the branch's IFSC
    }
    if (!dmt::bankAllowsNeft(bank.code)) {
        return 2;
    }
    return hasSingleIfsc(bank) ? 3 : 1;
}

bool ToolsRoutes::verificationAvailable(const fixtures::Bank& bank)
{
    return dmt::bankAllowsImps(bank.code);
}

bool ToolsRoutes::checkInitiator(const RouteCall& call, bool required, SandboxReply* error) const
{
    const QString initiator = call.params.text(QStringLiteral("initiator_id"));
    if (initiator.isEmpty() && !required) {
        return true;
    }
    if (initiator.isEmpty()) {
        *error = envelope::invalidParams(
            {{QStringLiteral("initiator_id"), QStringLiteral("Please provide the value of the field")}});
        return false;
    }
    if (initiator != m_ctx.config.partner.initiatorId) {
        *error = envelope::failure(319, QStringLiteral("Invalid initiator"));
        return false;
    }
    return true;
}

SandboxReply ToolsRoutes::serviceCodes(const RouteCall& call)
{
    SandboxReply error;
    if (!checkInitiator(call, true, &error)) {
        return error;
    }
    QJsonArray list;
    for (const fixtures::ServiceCode& s : fixtures::serviceCodes()) {
        list.append(QJsonObject {{QStringLiteral("service_name"), QLatin1String(s.name)},
                                 {QStringLiteral("service_code"), QString::number(s.code)},
                                 {QStringLiteral("provider_name"), QLatin1String(s.provider)}});
    }
    return envelope::success(1280, QStringLiteral("Success"), QJsonObject {{QStringLiteral("service_list"), list}});
}

SandboxReply ToolsRoutes::bank(const RouteCall& call)
{
    SandboxReply error;
    if (!checkInitiator(call, true, &error)) {
        return error;
    }
    const fixtures::Bank* bank = fixtures::findBank(call.captures.value(0));
    const QString ifsc = call.params.text(QStringLiteral("ifsc"));
    const fixtures::Bank* ifscBank = nullptr;
    // An IFSC, when given, must be a branch of this bank.
    if (!bank || (!ifsc.isEmpty() && dmt::checkIfsc(ifsc, QString::number(bank->bankId), &ifscBank).status != 0)) {
        return envelope::failure(467, QStringLiteral("Invalid bank details"));
    }
    return envelope::success(
        466, QStringLiteral("Bank details found"),
        QJsonObject {{QStringLiteral("bank_id"), QString::number(bank->bankId)},
                     {QStringLiteral("name"), bank->name},
                     {QStringLiteral("code"), bank->code},
                     {QStringLiteral("ifsc_status"), ifscStatus(*bank)},
                     {QStringLiteral("isverificationavailable"), verificationAvailable(*bank) ? 1 : 0},
                     {QStringLiteral("available_channels"), dmt::availableChannel(bank->code)}});
}

SandboxReply ToolsRoutes::ifsc(const RouteCall& call)
{
    SandboxReply error;
    if (!checkInitiator(call, false, &error)) {
        return error;
    }
    const QString code = call.captures.value(0).trimmed().toUpper();
    const fixtures::Bank* bank = nullptr;
    const dmt::FieldProblem problem = dmt::checkIfsc(code, QString(), &bank);
    if (problem.status != 0) {
        return envelope::failure(problem.status, problem.message);
    }
    return envelope::success(
        414, QStringLiteral("IFSC details found"),
        QJsonObject {{QStringLiteral("bank"), bank->name},
                     {QStringLiteral("branch"), QString(QStringLiteral("Sandbox Branch ") + code.right(6))},
                     {QStringLiteral("ifsc"), code},
                     {QStringLiteral("bank_id"), QString::number(bank->bankId)},
                     {QStringLiteral("isverificationavailable"), verificationAvailable(*bank) ? 1 : 0},
                     {QStringLiteral("ifsc_status"), ifscStatus(*bank)},
                     {QStringLiteral("available_channels"), dmt::availableChannel(bank->code)}});
}

} // namespace saathi::sandbox
