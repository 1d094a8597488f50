// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/AepsOperations.h"

#include "core/eko/EkoClient.h"

#include <QCoreApplication>

namespace saathi::eko {

namespace {

// Fields every AePS agent call carries: the agent's Aadhaar (encrypted as the catalogue says), mobile and location.
bool agentFields(EkoClient& client, const AgentIdentity& agent, EkoRequest* request, Error* /*error*/)
{
    request->aadhaar = agent.aadhaar;
    request->fields.insert(QStringLiteral("customer_id"), agent.agentMobile);
    request->fields.insert(QStringLiteral("latlong"), client.config().latLong);
    return true;
}

EkoJob* send(EkoClient& client, EkoRequest request, const Error& error)
{
    if (!error.isNull()) {
        return client.failBeforeSending(request.operation, error);
    }
    return client.call(std::move(request));
}

} // namespace

EkoJob* AepsOperations::ekycSendOtp(const AgentIdentity& agent)
{
    EkoRequest r;
    r.operation = QStringLiteral("aeps.ekyc_send_otp");
    Error error;
    agentFields(m_client, agent, &r, &error);
    return send(m_client, std::move(r), error);
}

EkoJob* AepsOperations::ekycVerifyOtp(const AgentIdentity& agent, const QString& otp, const QString& otpRefId,
                                      const QString& referenceTid)
{
    EkoRequest r;
    r.operation = QStringLiteral("aeps.ekyc_verify_otp");
    Error error;
    agentFields(m_client, agent, &r, &error);
    r.fields.insert(QStringLiteral("otp"), otp);
    r.fields.insert(QStringLiteral("otp_ref_id"), otpRefId);
    r.fields.insert(QStringLiteral("reference_tid"), referenceTid);
    return send(m_client, std::move(r), error);
}

EkoJob* AepsOperations::ekycBiometric(const AgentIdentity& agent, const SecureBytes& pidWithWadh,
                                      const QString& otpRefId, const QString& referenceTid)
{
    EkoRequest r;
    r.operation = QStringLiteral("aeps.ekyc_biometric");
    Error error;
    agentFields(m_client, agent, &r, &error);
    r.pid = pidWithWadh; // sent byte-for-byte as the device produced it, never as text
    r.fields.insert(QStringLiteral("bank_code"), agent.bankCode);
    r.fields.insert(QStringLiteral("otp_ref_id"), otpRefId);
    r.fields.insert(QStringLiteral("reference_tid"), referenceTid);
    return send(m_client, std::move(r), error);
}

EkoJob* AepsOperations::dailyKyc(const AgentIdentity& agent, const SecureBytes& pid)
{
    // Exactly the documented fields: an extra one (even client_ref_id) makes Eko answer "No key for Response".
    EkoRequest r;
    r.operation = QStringLiteral("aeps.daily_kyc");
    Error error;
    agentFields(m_client, agent, &r, &error);
    r.pid = pid;
    r.fields.insert(QStringLiteral("bank_code"), agent.bankCode);
    return send(m_client, std::move(r), error);
}

EkoJob* AepsOperations::merchantAuth(const AgentIdentity& agent, const SecureBytes& pid, const QString& clientRefId)
{
    EkoRequest r;
    r.operation = QStringLiteral("aeps.merchant_auth");
    r.clientRefId = clientRefId;
    Error error;
    agentFields(m_client, agent, &r, &error);
    r.pid = pid;
    r.fields.insert(QStringLiteral("bank_code"), agent.bankCode);
    return send(m_client, std::move(r), error);
}

QString AepsOperations::merchantAuthReference(const QJsonObject& data)
{
    // Eko's pages name the id both ways (§6.6); either may come back.
    for (const char* name : {"reference_id", "reference_tid"}) {
        const QJsonValue v = data.value(QLatin1String(name));
        const QString text = v.isDouble() ? QString::number(v.toInteger()) : v.toString().trimmed();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

bool AepsOperations::merchantAuthPerWithdrawal() const
{
    return m_client.catalogue().switches().merchantAuthPerWithdrawal;
}

Error AepsOperations::aadhaarPayRefusal() const
{
    if (m_client.catalogue().switches().aadhaarPay != AadhaarPayRoute::Off) {
        return {};
    }
    return Error {QStringLiteral("aeps.aadhaar_pay_off"),
                  QCoreApplication::translate("Eko",
                                              "Aadhaar Pay is not offered on this counter's Eko connection. Nothing "
                                              "was sent. Use a cash withdrawal instead."),
                  QStringLiteral("catalogue switch aadhaar_pay is \"off\"")};
}

EkoJob* AepsOperations::customerTransaction(const QString& operation, const AepsCustomerRequest& request,
                                            const QString& clientRefId, bool withAmount, const QString& merchantAuthId)
{
    EkoRequest r;
    r.operation = operation;
    r.clientRefId = clientRefId;
    r.pathParams.insert(QStringLiteral("customer_id"), request.customerMobile);
    Error error;
    if (request.pidXml.isEmpty()) {
        error = Error {QStringLiteral("aeps.no_capture"),
                       QCoreApplication::translate("Eko", "Capture the customer's fingerprint first."),
                       QStringLiteral("empty PID")};
    }
    r.aadhaar = request.aadhaar;
    r.fields.insert(QStringLiteral("customer_id"), request.customerMobile);
    r.fields.insert(QStringLiteral("bank_code"), request.bankCode);
    r.fields.insert(QStringLiteral("latlong"), m_client.config().latLong);
    r.pid = request.pidXml;
    if (withAmount) {
        r.fields.insert(QStringLiteral("amount"), request.amount.toWireString());
    }
    if (!merchantAuthId.isEmpty()) {
        r.fields.insert(m_client.catalogue().switches().merchantAuthReferenceField, merchantAuthId);
    }
    return send(m_client, std::move(r), error);
}

EkoJob* AepsOperations::cashWithdrawal(const AepsCustomerRequest& request, const QString& clientRefId,
                                       const QString& merchantAuthId)
{
    return customerTransaction(QStringLiteral("aeps.cash_withdrawal"), request, clientRefId, true, merchantAuthId);
}

EkoJob* AepsOperations::balanceEnquiry(const AepsCustomerRequest& request, const QString& clientRefId)
{
    return customerTransaction(QStringLiteral("aeps.balance_enquiry"), request, clientRefId, false);
}

EkoJob* AepsOperations::miniStatement(const AepsCustomerRequest& request, const QString& clientRefId)
{
    return customerTransaction(QStringLiteral("aeps.mini_statement"), request, clientRefId, false);
}

EkoJob* AepsOperations::aadhaarPay(const AepsCustomerRequest& request, const QString& clientRefId)
{
    EkoRequest r;
    r.operation = QStringLiteral("aeps.aadhaar_pay");
    if (const Error off = aadhaarPayRefusal(); !off.isNull()) {
        return m_client.failBeforeSending(r.operation, off);
    }
    r.clientRefId = clientRefId;
    r.aadhaar = request.aadhaar;
    const QString amount = request.amount.toWireString();
    r.fields.insert(QStringLiteral("service_type"), QStringLiteral("5"));
    r.fields.insert(QStringLiteral("customer_id"), request.customerMobile);
    r.fields.insert(QStringLiteral("bank_code"), request.bankCode);
    r.fields.insert(QStringLiteral("amount"), amount);
    r.fields.insert(QStringLiteral("pipe"), QStringLiteral("0"));
    r.fields.insert(QStringLiteral("notify_customer"), QStringLiteral("0"));
    r.fields.insert(QStringLiteral("latlong"), m_client.config().latLong);
    r.pid = request.pidXml;
    // request_hash = ts + Aadhaar (plain, per Eko's developer docs) + amount + user_code; the plain number lives only
    // in hashValues, which the request wipes.
    r.hashValues.insert(QStringLiteral("aadhaar_plain"),
                        QString::fromLatin1(request.aadhaar.constData(), request.aadhaar.size()));
    return m_client.call(std::move(r));
}

EkoJob* AepsOperations::inquiryByTid(const QString& tid)
{
    EkoRequest r;
    r.operation = QStringLiteral("tx.inquiry");
    r.pathParams.insert(QStringLiteral("ref"), tid);
    return m_client.call(std::move(r));
}

EkoJob* AepsOperations::inquiryByClientRefId(const QString& clientRefId)
{
    EkoRequest r;
    r.operation = QStringLiteral("tx.inquiry");
    r.pathParams.insert(QStringLiteral("ref"), QStringLiteral("client_ref_id:") + clientRefId);
    return m_client.call(std::move(r));
}

} // namespace saathi::eko
