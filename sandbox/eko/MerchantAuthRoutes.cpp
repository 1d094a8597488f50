// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "MerchantAuthRoutes.h"

#include "sandbox/eko/Envelope.h"
#include "sandbox/eko/Fixtures.h"
#include "sandbox/eko/SandboxRouter.h"

namespace saathi::sandbox {

namespace {

SandboxReply authFailed(const QString& reason)
{
    return envelope::make(1464, QStringLiteral("Merchant authentication failed"), 1, 1464,
                          QJsonObject {{QStringLiteral("reason"), reason}, {QStringLiteral("comment"), reason}});
}

} // namespace

MerchantAuthRoutes::MerchantAuthRoutes(SandboxContext& context)
    : m_ctx(context)
{
}

void MerchantAuthRoutes::registerRoutes(SandboxRouter& router)
{
    router.add("POST", QStringLiteral("/v2/aeps/aepsmerchantauth"), QStringLiteral("merchant-auth"), BodyKind::Json,
               [this](const RouteCall& c) { return authenticate(c); });
}

SandboxReply MerchantAuthRoutes::authenticate(const RouteCall& call)
{
    SandboxReply error;
    Agent* agent = m_ctx.resolveAgent(call.params, &error);
    if (!agent) {
        return error;
    }
    QMap<QString, QString> invalid;
    SecureBytes aadhaar;
    m_ctx.readAadhaar(call, &aadhaar, &invalid);
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    if (!m_ctx.agents.isActivated(*agent, 43)) {
        return envelope::failure(346, QStringLiteral("Agent not allowed to this transaction"));
    }
    if (agent->ekyc != EkycStage::Done) {
        return authFailed(QStringLiteral("Please complete bank eKYC to process the transaction."));
    }
    if (AepsEngine::keyFor(aadhaar.view()) != agent->aadhaarKey) {
        return authFailed(QStringLiteral("Aadhar/PAN/Merchant Name Not Matching"));
    }
    if (!fixtures::findBank(call.params.text(QStringLiteral("bank_code")))) {
        return authFailed(QStringLiteral("Transaction Not Completed"));
    }
    const auto problem
        = m_ctx.pid.check(call.params.text(QStringLiteral("piddata")), PidVerifier::WadhRule::MustBeAbsent);
    const auto fault = m_ctx.takeBusinessFault(call, [](Fault f) { return f == Fault::BiometricMismatch; });
    if (problem != PidVerifier::Problem::None || fault) {
        return authFailed(PidVerifier::reasonFor(fault ? PidVerifier::Problem::DeviceError : problem));
    }
    agent->merchantAuthId = QStringLiteral("MAUTH%1").arg(m_next++);
    agent->merchantAuthMs = m_ctx.nowMs();
    qCInfo(lcSandboxEko) << "merchant authenticated:" << agent->userCode;
    return envelope::make(0, QStringLiteral("Merchant authentication successful"), 0, 1752,
                          QJsonObject {{QStringLiteral("reference_id"), agent->merchantAuthId},
                                       {QStringLiteral("reference_tid"), agent->merchantAuthId},
                                       {QStringLiteral("user_code"), agent->userCode}});
}

QString MerchantAuthRoutes::checkWithdrawal(SandboxContext& ctx, Agent& agent, const RequestParams& params)
{
    if (!ctx.contracts.catalogue().switches().merchantAuthPerWithdrawal) {
        return {};
    }
    QString id = params.text(QStringLiteral("reference_id"));
    if (id.isEmpty()) {
        id = params.text(QStringLiteral("reference_tid"));
    }
    const bool fresh = !id.isEmpty() && id == agent.merchantAuthId && ctx.nowMs() - agent.merchantAuthMs <= kValidityMs;
    if (!fresh) {
        return QStringLiteral("Merchant authentication required");
    }
    agent.merchantAuthId.clear(); // one withdrawal per authentication
    return {};
}

} // namespace saathi::sandbox
