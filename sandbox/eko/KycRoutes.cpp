// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "KycRoutes.h"

#include "sandbox/eko/Envelope.h"
#include "sandbox/eko/Fixtures.h"
#include "sandbox/eko/SandboxRouter.h"

namespace saathi::sandbox {

namespace {

const QString kAlreadyDone = QStringLiteral("You have already completed Bank eKYC. Please do daily KYC.");
const QString kCompleteEkyc = QStringLiteral("Please complete bank eKYC to process the transaction.");
const QString kNotMatching = QStringLiteral("Aadhar/PAN/Merchant Name Not Matching");

SandboxReply failed461(const QString& reason)
{
    return envelope::failure(461, QStringLiteral("Failed!Please try after some time"),
                             QJsonObject {{QStringLiteral("reason"), reason}});
}

SandboxReply kycFail(const QString& reason, const QString& userCode)
{
    return envelope::failure(1714, QStringLiteral("KYC Fail"),
                             QJsonObject {{QStringLiteral("reason"), reason}, {QStringLiteral("user_code"), userCode}});
}

} // namespace

KycRoutes::KycRoutes(SandboxContext& context)
    : m_ctx(context)
{
}

void KycRoutes::registerRoutes(SandboxRouter& router)
{
    const QString base = QStringLiteral("/v3/user/collection/aeps-fingpay/kyc");
    router.add("POST", QStringLiteral("/v3/user(?:/collection)?/aeps-fingpay/kyc/otp"), QStringLiteral("ekyc-otp"),
               BodyKind::Json, [this](const RouteCall& c) { return sendOtp(c); });
    router.add("PUT", base + QStringLiteral("/otp/verify"), QStringLiteral("ekyc-verify"), BodyKind::Json,
               [this](const RouteCall& c) { return verifyOtp(c); });
    router.add("PUT", base + QStringLiteral("/biometric"), QStringLiteral("ekyc-biometric"), BodyKind::Json,
               [this](const RouteCall& c) { return biometric(c); });
    router.add("PUT", base + QStringLiteral("/biometric/daily"), QStringLiteral("daily-kyc"), BodyKind::Json,
               [this](const RouteCall& c) { return daily(c); });
}

QString KycRoutes::newRef(const char* prefix)
{
    return QLatin1String(prefix) + QString::number(m_nextRef++);
}

Agent* KycRoutes::prepare(const RouteCall& call, const QStringList& required, SecureBytes* aadhaar, SandboxReply* error)
{
    Agent* agent = m_ctx.resolveAgent(call.params, error);
    if (!agent) {
        return nullptr;
    }
    QMap<QString, QString> invalid;
    call.params.requireAll(required, &invalid);
    if (!invalid.contains(QStringLiteral("aadhar"))) {
        m_ctx.decryptAadhaar(call.params, QStringLiteral("aadhar"), aadhaar, &invalid);
    }
    if (!invalid.isEmpty()) {
        *error = envelope::invalidParams(invalid);
        return nullptr;
    }
    if (!m_ctx.agents.isActivated(*agent, 43)) {
        *error = envelope::failure(346, QStringLiteral("Agent not allowed to this transaction"));
        return nullptr;
    }
    return agent;
}

SandboxReply KycRoutes::sendOtp(const RouteCall& call)
{
    SandboxReply error;
    SecureBytes aadhaar;
    Agent* agent = prepare(call, {QStringLiteral("aadhar"), QStringLiteral("customer_id"), QStringLiteral("latlong")},
                           &aadhaar, &error);
    if (!agent) {
        return error;
    }
    if (agent->ekyc == EkycStage::Done) {
        return failed461(kAlreadyDone);
    }
    agent->aadhaarKey = AepsEngine::keyFor(aadhaar.view());
    agent->aadhaarLast4 = QString::fromLatin1(aadhaar.view().last(4));
    agent->ekyc = EkycStage::OtpSent;
    agent->otpSentMs = m_ctx.nowMs();
    qCInfo(lcSandboxEko) << "eKYC OTP sent for agent" << agent->userCode;
    return issueRefs(agent, 1600, QStringLiteral("OTP request has been sent"));
}

SandboxReply KycRoutes::issueRefs(Agent* agent, int responseTypeId, const QString& message)
{
    agent->otpRefId = newRef("OTPREF");
    agent->referenceTid = newRef("EKYKF") + QLatin1Char('I');
    return envelope::success(responseTypeId, message,
                             QJsonObject {{QStringLiteral("otp_ref_id"), agent->otpRefId},
                                          {QStringLiteral("reference_tid"), agent->referenceTid}},
                             true);
}

SandboxReply KycRoutes::verifyOtp(const RouteCall& call)
{
    SandboxReply error;
    SecureBytes aadhaar;
    Agent* agent = prepare(call,
                           {QStringLiteral("aadhar"), QStringLiteral("customer_id"), QStringLiteral("otp"),
                            QStringLiteral("otp_ref_id"), QStringLiteral("reference_tid"), QStringLiteral("latlong")},
                           &aadhaar, &error);
    if (!agent) {
        return error;
    }
    if (agent->ekyc == EkycStage::Done) {
        return failed461(kAlreadyDone);
    }
    const RequestParams& p = call.params;
    const bool fresh = m_ctx.nowMs() - agent->otpSentMs <= m_ctx.config.otpValidityMs;
    if (agent->ekyc != EkycStage::OtpSent || p.text(QStringLiteral("otp_ref_id")) != agent->otpRefId
        || p.text(QStringLiteral("reference_tid")) != agent->referenceTid
        || p.text(QStringLiteral("otp")) != m_ctx.config.ekycOtp || !fresh
        || AepsEngine::keyFor(aadhaar.view()) != agent->aadhaarKey) {
        return failed461(
            QStringLiteral("The details entered are incorrect or the OTP has expired. Kindly request a new OTP."));
    }
    agent->ekyc = EkycStage::OtpVerified;
    return issueRefs(agent, 1604, QStringLiteral("Validation successful"));
}

SandboxReply KycRoutes::biometric(const RouteCall& call)
{
    SandboxReply error;
    SecureBytes aadhaar;
    Agent* agent = prepare(call,
                           {QStringLiteral("aadhar"), QStringLiteral("customer_id"), QStringLiteral("latlong"),
                            QStringLiteral("piddata"), QStringLiteral("bank_code"), QStringLiteral("otp_ref_id"),
                            QStringLiteral("reference_tid")},
                           &aadhaar, &error);
    if (!agent) {
        return error;
    }
    if (agent->ekyc == EkycStage::Done) {
        return failed461(kAlreadyDone);
    }
    const RequestParams& p = call.params;
    if (agent->ekyc != EkycStage::OtpVerified || p.text(QStringLiteral("otp_ref_id")) != agent->otpRefId
        || p.text(QStringLiteral("reference_tid")) != agent->referenceTid) {
        return failed461(QStringLiteral("Merchant is Inactive or Invalid Details"));
    }
    if (AepsEngine::keyFor(aadhaar.view()) != agent->aadhaarKey) {
        return failed461(kNotMatching);
    }
    if (!fixtures::findBank(p.text(QStringLiteral("bank_code")))) {
        return envelope::invalidParams({{QStringLiteral("bank_code"), QStringLiteral("Invalid bank code")}});
    }
    const auto problem = m_ctx.pid.check(p.text(QStringLiteral("piddata")), PidVerifier::WadhRule::MustBeEkyc);
    const auto fault = m_ctx.takeBusinessFault(call, [](Fault f) { return f == Fault::BiometricMismatch; });
    if (problem != PidVerifier::Problem::None || fault) {
        qCInfo(lcSandboxEko) << "eKYC biometric rejected:" << PidVerifier::problemName(problem);
        return failed461(PidVerifier::reasonFor(problem));
    }
    agent->ekyc = EkycStage::Done;
    return envelope::success(1605, QStringLiteral("Congratulations! eKYC successful"),
                             QJsonObject {{QStringLiteral("user_code"), agent->userCode}}, true);
}

SandboxReply KycRoutes::daily(const RouteCall& call)
{
    // Exactly the documented fields: anything else gets Eko's "No key for Response" (reference §6.4, B1).
    static const QStringList documented
        = {QStringLiteral("initiator_id"), QStringLiteral("user_code"), QStringLiteral("aadhar"),
           QStringLiteral("customer_id"),  QStringLiteral("latlong"),   QStringLiteral("piddata"),
           QStringLiteral("bank_code")};
    for (const QString& name : call.params.names()) {
        if (!documented.contains(name)) {
            return envelope::noKeyForResponse();
        }
    }
    SandboxReply error;
    SecureBytes aadhaar;
    Agent* agent = prepare(call, documented.mid(2), &aadhaar, &error);
    if (!agent) {
        return error;
    }
    if (agent->ekyc != EkycStage::Done) {
        return kycFail(kCompleteEkyc, agent->userCode);
    }
    if (AepsEngine::keyFor(aadhaar.view()) != agent->aadhaarKey) {
        return kycFail(kNotMatching, agent->userCode);
    }
    if (!fixtures::findBank(call.params.text(QStringLiteral("bank_code")))) {
        return kycFail(QStringLiteral("Transaction Not Completed"), agent->userCode);
    }
    const auto problem
        = m_ctx.pid.check(call.params.text(QStringLiteral("piddata")), PidVerifier::WadhRule::MustBeAbsent);
    const auto fault = m_ctx.takeBusinessFault(call, [](Fault f) { return f == Fault::BiometricMismatch; });
    if (problem != PidVerifier::Problem::None || fault) {
        qCInfo(lcSandboxEko) << "daily KYC rejected:" << PidVerifier::problemName(problem);
        return kycFail(PidVerifier::reasonFor(problem), agent->userCode);
    }
    agent->dailyKycDate = m_ctx.istDay();
    return envelope::success(1713, QStringLiteral("KYC sucess"),
                             QJsonObject {{QStringLiteral("user_code"), agent->userCode}}, true);
}

} // namespace saathi::sandbox
