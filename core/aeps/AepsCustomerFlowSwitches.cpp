// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// AepsCustomerFlow's part that follows the catalogue switches (README "Catalogue switches"): what is offered, and
// the agent's merchant authentication before a cash withdrawal (reference §6.6).
#include "core/aeps/AepsCustomerFlow.h"
#include "core/agent/AgentSession.h"
#include "core/agent/EkycFlow.h"
#include "core/agent/StrikeGuard.h"
#include "core/eko/AepsOperations.h"
#include "core/eko/EkoJob.h"
#include "core/eko/EkoResponse.h"
#include "core/util/ClientRefId.h"
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>

namespace saathi::aeps {

bool AepsCustomerFlow::needsMerchantAuth() const
{
    return kind() == journal::TxKind::AepsWithdrawal && m_services.eko
        && eko::AepsOperations(*m_services.eko).merchantAuthPerWithdrawal();
}

bool AepsCustomerFlow::isOffered(journal::TxKind kind, const CounterServices& services)
{
    return offerRefusal(kind, services).isNull();
}

Error AepsCustomerFlow::offerRefusal(journal::TxKind kind, const CounterServices& services)
{
    if (kind != journal::TxKind::AadhaarPay || !services.eko) {
        return {};
    }
    return eko::AepsOperations(*services.eko).aadhaarPayRefusal();
}

Error AepsCustomerFlow::agentSetupProblem() const
{
    if (!needsMerchantAuth() || validate::mobile(m_services.identity.agentMobile).valid) {
        return {};
    }
    return Error {QStringLiteral("aeps.no_agent_mobile"),
                  QCoreApplication::translate("AepsFlow",
                                              "The agent's authorisation needs the agent's mobile number, and this "
                                              "counter has none. Finish the agent set-up, then try again."),
                  QStringLiteral("CounterIdentity.agentMobile is not a valid mobile")};
}

QList<FieldError> AepsCustomerFlow::agentFieldErrors(const AepsForm& form) const
{
    if (!needsMerchantAuth()) {
        return {};
    }
    QString field;
    const Error problem = agent::EkycFlow::checkIdentity(
        eko::AgentIdentity {m_services.identity.agentMobile, form.agentAadhaar, form.agentBankCode}, true, &field);
    if (problem.isNull() || field == QLatin1String("mobile")) {
        return {}; // the agent's mobile is the environment's, not the form's: merchantAuth() reports it
    }
    return {FieldError {field == QLatin1String("bank") ? AepsField::AgentBank : AepsField::AgentAadhaar,
                        problem.userMessage}};
}

void AepsCustomerFlow::captureAgent()
{
    // The strike guard: after two failed agent authentications the device is tested before a third finger.
    if (m_services.agent) {
        if (const auto state = m_services.agent->preflightState(); agent::StrikeGuard::stops(state)) {
            stopKeepingCustomerCapture(agent::StrikeGuard::refusal(state));
            return;
        }
    }
    // The same device as the customer's finger, without wadh (reference §6.6: fields as the daily KYC).
    startCapture(State::CapturingAgent, &AepsCustomerFlow::onAgentCaptured);
}

void AepsCustomerFlow::onAgentCaptured(const device::CaptureResult& result)
{
    if (m_state != State::CapturingAgent) {
        return;
    }
    m_lastQuality = result.pid.qScore();
    if (!result.ok()) {
        stopKeepingCustomerCapture(result.error);
        return;
    }
    setState(State::AuthorisingAgent);
    const eko::AgentIdentity agent {m_services.identity.agentMobile, m_agentAadhaar, m_agentBankCode};
    eko::EkoJob* job = operations().merchantAuth(agent, result.pid.pidXml, m_services.refIds->next());
    m_ekoJob = job;
    connect(job, &eko::EkoJob::finished, this, &AepsCustomerFlow::onMerchantAuth);
}

void AepsCustomerFlow::onMerchantAuth(const eko::EkoResponse& response)
{
    m_ekoJob = nullptr;
    if (m_state != State::AuthorisingAgent) {
        return;
    }
    if (m_services.agent) {
        agent::StrikeGuard::record(*m_services.agent, response); // the strike guard's count
    }
    if (response.outcome != eko::Outcome::Success) {
        const QString reason = response.error.userMessage.isEmpty()
            ? QCoreApplication::translate("AepsFlow", "No answer from the bank.")
            : response.error.userMessage;
        const Error error {QStringLiteral("aeps.merchant_auth_failed"),
                           QCoreApplication::translate("AepsFlow",
                                                       "The agent's fingerprint did not authorise this withdrawal, so "
                                                       "nothing was sent: %1 The customer's fingerprint is kept: "
                                                       "submit again for the agent's finger.")
                               .arg(reason),
                           response.error.code + QLatin1Char(' ') + response.error.detail};
        stopKeepingCustomerCapture(error);
        return;
    }
    m_merchantAuthId = eko::AepsOperations::merchantAuthReference(response.envelope.data);
    if (m_merchantAuthId.isEmpty()) {
        stopKeepingCustomerCapture(
            Error {QStringLiteral("aeps.merchant_auth_no_reference"),
                   QCoreApplication::translate("AepsFlow",
                                               "Eko authorised the agent but sent no reference for the withdrawal, so "
                                               "nothing was sent. Submit again, or call support if it repeats."),
                   QStringLiteral("merchant auth answer without reference_id")});
        return;
    }
    m_agentAadhaar.clear();
    prepareRow();
}

void AepsCustomerFlow::stopKeepingCustomerCapture(const Error& error)
{
    m_agentAadhaar.clear();
    m_merchantAuthId.clear();
    m_customerCaptureKept = !m_pid.isEmpty();
    stop(error);
}

} // namespace saathi::aeps
