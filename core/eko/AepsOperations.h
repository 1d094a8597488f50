// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/agent/AgentIdentity.h"
#include "core/crypto/SecureBytes.h"
#include "core/util/Error.h"
#include "core/util/Money.h"

#include <QJsonObject>
#include <QString>

namespace saathi::eko {

class EkoClient;
class EkoJob;

// Who the customer is and what they asked for. The Aadhaar number (validated digits) and the PID XML (as the RD
// service produced it) are wiped when this object dies; the PID is used for exactly one request.
struct AepsCustomerRequest
{
    QString customerMobile;
    QString bankCode; // Eko's short code: SBIN, HDFC, …
    SecureBytes aadhaar;
    SecureBytes pidXml;
    Paise amount; // cash withdrawal and Aadhaar Pay only
};

// The agent's own identity, owned by core/agent.
using AgentIdentity = agent::AgentIdentity;

// Eko's AePS Fingpay operations (reference §6), each one request on the catalogue's endpoint. Every function
// returns a started job; parse its answer with AepsTransaction::fromEnvelope or the envelope's data.
class AepsOperations
{
public:
    explicit AepsOperations(EkoClient& client)
        : m_client(client)
    {
    }

    EkoJob* ekycSendOtp(const AgentIdentity& agent);
    EkoJob* ekycVerifyOtp(const AgentIdentity& agent, const QString& otp, const QString& otpRefId,
                          const QString& referenceTid);
    EkoJob* ekycBiometric(const AgentIdentity& agent, const SecureBytes& pidWithWadh, const QString& otpRefId,
                          const QString& referenceTid);
    EkoJob* dailyKyc(const AgentIdentity& agent, const SecureBytes& pid);
    // §6.6, the catalogue switch merchant_auth_per_withdrawal: the agent's finger (no wadh) before each cash
    // withdrawal; Eko's answer carries the id the withdrawal must quote (merchantAuthReference()).
    EkoJob* merchantAuth(const AgentIdentity& agent, const SecureBytes& pid, const QString& clientRefId);
    static QString merchantAuthReference(const QJsonObject& data); // data.reference_id, else data.reference_tid
    // Whether this environment's catalogue asks for a merchant authentication before every cash withdrawal.
    bool merchantAuthPerWithdrawal() const;

    // `merchantAuthId`: the id from merchantAuth(), sent in the field the catalogue names (reference_id or
    // reference_tid); empty when the switch is off.
    EkoJob* cashWithdrawal(const AepsCustomerRequest& request, const QString& clientRefId,
                           const QString& merchantAuthId = {});
    EkoJob* balanceEnquiry(const AepsCustomerRequest& request, const QString& clientRefId);
    EkoJob* miniStatement(const AepsCustomerRequest& request, const QString& clientRefId);
    EkoJob* aadhaarPay(const AepsCustomerRequest& request, const QString& clientRefId); // legacy /v2/aeps, type 5
    // Null when this environment offers Aadhaar Pay; otherwise why not (the catalogue switch aadhaar_pay is "off",
    // reference §6.8). aadhaarPay() fails with it before sending.
    Error aadhaarPayRefusal() const;

    EkoJob* inquiryByTid(const QString& tid);
    EkoJob* inquiryByClientRefId(const QString& clientRefId);

    // The wadh for the one-time eKYC biometric (UIDAI KYC API 2.5, "2.5FYNNN"); none for daily login and customers.
    static QString ekycWadh() { return QStringLiteral("E0jzJ/P8UopUHAieZn8CKqS4WPMi5ZSYXgfnlfkWjrc="); }

private:
    EkoJob* customerTransaction(const QString& operation, const AepsCustomerRequest& request,
                                const QString& clientRefId, bool withAmount, const QString& merchantAuthId = {});

    EkoClient& m_client;
};

} // namespace saathi::eko
