// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/dmt/DmtJob.h"
#include "core/eko/EkoRequest.h"

#include <QDate>

namespace saathi::eko {
class EkoClient;
}

namespace saathi::dmt {

// What the agent types to register a customer (the sender).
struct CustomerRegistration
{
    QString mobile;
    QString name;
    QDate dateOfBirth;
    QString addressLine;
    QString city;
    QString state;
    QString pinCode;
};

// What the agent types to add a recipient (the beneficiary's bank account).
struct NewRecipient
{
    QString name;
    QString mobile;
    QString account;
    QString ifsc;
};

// One transfer to send: a part of a TransferPlan, with its OTP on DMT-Fino.
struct TransferOrder
{
    QString customerMobile;
    QString recipientId;
    Paise amount;
    Channel channel = Channel::Imps;
    QString otp; // DMT-Fino only
    QString otpRefId; // DMT-Fino only
};

// Domestic money transfer with Eko on either rail (reference §7, §8): classic v2 form-urlencoded (operations dmt.*)
// or DMT-Fino v3 JSON (dmt_fino.*, tx.refund*), as the endpoint catalogue names it for the environment
// (EndpointCatalogue::dmtRail). Every method validates its input first — a bad field comes back as a DmtReply
// whose error names it (fieldOf) and nothing is sent — then returns a started DmtJob. Money-moving calls
// (transfer, refund) are not journaled here: DmtTransferFlow and DmtRefundFlow do that.
class DmtService
{
public:
    DmtService(eko::EkoClient& client, Rail rail);

    Rail rail() const { return m_rail; }
    eko::EkoClient& client() { return m_client; }

    // --- the customer --------------------------------------------------------------------------------------
    DmtJob* lookupCustomer(const QString& mobile);
    // Classic: → an OTP to verify (reply.otp). Fino: → stage EkycPending.
    DmtJob* registerCustomer(const CustomerRegistration& registration);
    DmtJob* verifyCustomerOtp(const QString& mobile, const QString& otp, const QString& otpRefId); // classic
    DmtJob* resendCustomerOtp(const QString& mobile); // classic
    // Fino sender eKYC: the Aadhaar (validated, RSA-encrypted here) and a PID captured WITH
    // eko::AepsOperations::ekycWadh() → reply.otp (kyc_request_id + otp_ref_id) for verifySenderEkyc().
    DmtJob* senderEkyc(const QString& mobile, const SecureBytes& aadhaarDigits, const SecureBytes& pidWithWadh);
    DmtJob* verifySenderEkyc(const QString& mobile, const OtpTicket& ticket, const QString& otp);

    // --- recipients ----------------------------------------------------------------------------------------
    DmtJob* recipients(const QString& mobile);
    DmtJob* addRecipient(const QString& mobile, const NewRecipient& recipient);
    DmtJob* deleteRecipient(const QString& mobile, const QString& recipientId);

    // --- money ---------------------------------------------------------------------------------------------
    DmtJob* sendTransferOtp(const QString& mobile, const QString& recipientId, Paise amount); // Fino
    DmtJob* transfer(const TransferOrder& order, const QString& clientRefId);
    // Refund of a transfer in refund_pending (tx_status 3): the OTP goes to the customer; resend with this.
    DmtJob* sendRefundOtp(const QString& tid);
    DmtJob* refund(const QString& tid, const QString& otp, const QString& otpRefId);

    // Input checks, with the message for the field (empty Error: fine). Used by the methods above and by forms.
    static Error checkMobile(const QString& mobile, const QString& field = QStringLiteral("customer_mobile"));
    static Error checkRegistration(const CustomerRegistration& registration);
    static Error checkRecipient(const NewRecipient& recipient);
    static Error checkOtp(const QString& otp);
    // Eko's bank code from the IFSC's first four letters ("SBIN0001234" → "SBIN").
    static QString bankCodeFromIfsc(const QString& ifsc) { return ifsc.trimmed().toUpper().left(4); }

private:
    DmtJob* start(DmtStep step, const QString& mobile, eko::EkoRequest request, const Error& inputError = {});
    QString op(const char* classic, const char* fino) const;

    eko::EkoClient& m_client;
    Rail m_rail;
};

} // namespace saathi::dmt
