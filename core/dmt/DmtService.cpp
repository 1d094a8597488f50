// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dmt/DmtService.h"

#include "core/eko/EkoClient.h"
#include "core/util/Clock.h"
#include "core/validation/AadhaarNumber.h"
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace saathi::dmt {

namespace {

// lupdate files Dmt::tr() here under "Dmt", the context looked up at run time.
struct Dmt
{
    Q_DECLARE_TR_FUNCTIONS(Dmt)
};

bool isPersonName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z .]{1,49}$"));
    return re.match(name.trimmed()).hasMatch();
}

Error fromValidation(const QString& field, const ValidationResult& result)
{
    return result.valid ? Error {} : fieldError(field, result.message);
}

Error notOnThisRail(const char* what)
{
    return Error {QStringLiteral("dmt.wrong_rail"),
                  Dmt::tr("This step is not part of this environment's money transfer."), QString::fromLatin1(what)};
}

} // namespace

DmtService::DmtService(eko::EkoClient& client, Rail rail)
    : m_client(client)
    , m_rail(rail)
{
}

QString DmtService::op(const char* classic, const char* fino) const
{
    return QString::fromLatin1(m_rail == Rail::Classic ? classic : fino);
}

DmtJob* DmtService::start(DmtStep step, const QString& mobile, eko::EkoRequest request, const Error& inputError)
{
    eko::EkoJob* job = inputError.isNull() ? m_client.call(std::move(request))
                                           : m_client.failBeforeSending(request.operation, inputError);
    return new DmtJob(step, m_rail, mobile, job);
}

Error DmtService::checkMobile(const QString& mobile, const QString& field)
{
    return fromValidation(field, validate::mobile(mobile));
}

Error DmtService::checkRegistration(const CustomerRegistration& r)
{
    if (Error e = checkMobile(r.mobile); !e.isNull()) {
        return e;
    }
    if (!isPersonName(r.name)) {
        return fieldError(QStringLiteral("name"), Dmt::tr("Enter the customer's name as on the ID, in letters only."));
    }
    const QDate today = QDate::currentDate();
    if (!r.dateOfBirth.isValid() || r.dateOfBirth > today.addYears(-18) || r.dateOfBirth < today.addYears(-120)) {
        return fieldError(QStringLiteral("dob"),
                          Dmt::tr("Enter the customer's date of birth (at least 18 years old)."));
    }
    if (r.addressLine.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("address"), Dmt::tr("Enter the customer's address."));
    }
    if (!r.pinCode.isEmpty()) {
        return fromValidation(QStringLiteral("pin_code"), validate::pinCode(r.pinCode));
    }
    return {};
}

Error DmtService::checkRecipient(const NewRecipient& r)
{
    if (!isPersonName(r.name)) {
        return fieldError(QStringLiteral("recipient_name"),
                          Dmt::tr("Enter the recipient's name as the bank has it, in letters only."));
    }
    if (Error e = checkMobile(r.mobile, QStringLiteral("recipient_mobile")); !e.isNull()) {
        return e;
    }
    static const QRegularExpression accountRe(QStringLiteral("^[0-9]{9,18}$"));
    if (!accountRe.match(r.account.trimmed()).hasMatch()) {
        return fieldError(QStringLiteral("account"), Dmt::tr("The account number has 9 to 18 digits. Check it."));
    }
    return fromValidation(QStringLiteral("ifsc"), validate::ifsc(r.ifsc));
}

Error DmtService::checkOtp(const QString& otp)
{
    return fromValidation(QStringLiteral("otp"), validate::otp(otp));
}

DmtJob* DmtService::lookupCustomer(const QString& mobile)
{
    eko::EkoRequest r;
    r.operation = op("dmt.customer", "dmt_fino.sender");
    r.pathParams.insert(QStringLiteral("customer_id"), mobile.trimmed());
    return start(DmtStep::Lookup, mobile, std::move(r), checkMobile(mobile));
}

DmtJob* DmtService::registerCustomer(const CustomerRegistration& reg)
{
    eko::EkoRequest r;
    r.operation = op("dmt.create_customer", "dmt_fino.onboard");
    r.pathParams.insert(QStringLiteral("customer_id"), reg.mobile.trimmed());
    const QJsonObject address {{QStringLiteral("line"), reg.addressLine.trimmed()},
                               {QStringLiteral("city"), reg.city.trimmed()},
                               {QStringLiteral("state"), reg.state.trimmed()},
                               {QStringLiteral("pincode"), reg.pinCode.trimmed()}};
    r.fields.insert(QStringLiteral("name"), reg.name.trimmed());
    r.fields.insert(QStringLiteral("dob"), reg.dateOfBirth.toString(Qt::ISODate));
    r.fields.insert(QStringLiteral("residence_address"),
                    QString::fromUtf8(QJsonDocument(address).toJson(QJsonDocument::Compact)));
    return start(DmtStep::Register, reg.mobile, std::move(r), checkRegistration(reg));
}

DmtJob* DmtService::verifyCustomerOtp(const QString& mobile, const QString& otp, const QString& otpRefId)
{
    eko::EkoRequest r;
    r.operation = QStringLiteral("dmt.verify_customer");
    r.pathParams.insert(QStringLiteral("otp"), otp.trimmed());
    r.fields.insert(QStringLiteral("id_type"), QStringLiteral("mobile_number"));
    r.fields.insert(QStringLiteral("id"), mobile.trimmed());
    r.fields.insert(QStringLiteral("otp_ref_id"), otpRefId);
    Error input = m_rail == Rail::Classic ? checkMobile(mobile) : notOnThisRail("verify customer OTP");
    if (input.isNull()) {
        input = checkOtp(otp);
    }
    return start(DmtStep::VerifyOtp, mobile, std::move(r), input);
}

DmtJob* DmtService::resendCustomerOtp(const QString& mobile)
{
    eko::EkoRequest r;
    r.operation = QStringLiteral("dmt.resend_customer_otp");
    r.pathParams.insert(QStringLiteral("customer_id"), mobile.trimmed());
    return start(DmtStep::ResendOtp, mobile, std::move(r),
                 m_rail == Rail::Classic ? checkMobile(mobile) : notOnThisRail("resend customer OTP"));
}

DmtJob* DmtService::senderEkyc(const QString& mobile, const SecureBytes& aadhaarDigits, const SecureBytes& pid)
{
    eko::EkoRequest r;
    r.operation = QStringLiteral("dmt_fino.sender_ekyc");
    r.pathParams.insert(QStringLiteral("customer_id"), mobile.trimmed());
    Error input = m_rail == Rail::Fino ? checkMobile(mobile) : notOnThisRail("sender eKYC");
    if (input.isNull()) {
        QString digits = QString::fromLatin1(aadhaarDigits.constData(), aadhaarDigits.size());
        const ValidationResult a = aadhaar::validateAadhaar(digits);
        secureWipe(digits);
        if (!a.valid) {
            input = fieldError(QStringLiteral("aadhaar"), a.message);
        }
    }
    if (input.isNull() && pid.isEmpty()) {
        input = Error {QStringLiteral("dmt.no_capture"), Dmt::tr("Capture the customer's fingerprint first."), {}};
    }
    // Plain or encrypted as the catalogue says (reference §2.4: DMT-Fino takes the 12 digits as they are).
    r.aadhaar = aadhaarDigits;
    r.pid = pid; // never as text: spliced into the body from its wiped buffer (eko/WireBody.h)
    return start(DmtStep::SenderEkyc, mobile, std::move(r), input);
}

DmtJob* DmtService::verifySenderEkyc(const QString& mobile, const OtpTicket& ticket, const QString& otp)
{
    eko::EkoRequest r;
    r.operation = QStringLiteral("dmt_fino.sender_ekyc_verify");
    r.pathParams.insert(QStringLiteral("customer_id"), mobile.trimmed());
    r.fields.insert(QStringLiteral("kyc_request_id"), ticket.kycRequestId);
    r.fields.insert(QStringLiteral("otp_ref_id"), ticket.otpRefId);
    r.fields.insert(QStringLiteral("otp"), otp.trimmed());
    Error input = m_rail == Rail::Fino ? checkMobile(mobile) : notOnThisRail("sender eKYC OTP");
    if (input.isNull()) {
        input = checkOtp(otp);
    }
    return start(DmtStep::SenderEkycVerify, mobile, std::move(r), input);
}

DmtJob* DmtService::recipients(const QString& mobile)
{
    eko::EkoRequest r;
    r.operation = op("dmt.recipients", "dmt_fino.recipients");
    r.pathParams.insert(QStringLiteral("customer_id"), mobile.trimmed());
    return start(DmtStep::Recipients, mobile, std::move(r), checkMobile(mobile));
}

DmtJob* DmtService::addRecipient(const QString& mobile, const NewRecipient& recipient)
{
    eko::EkoRequest r;
    r.operation = op("dmt.add_recipient", "dmt_fino.add_recipient");
    const QString account = recipient.account.trimmed();
    const QString ifsc = recipient.ifsc.trimmed().toUpper();
    r.pathParams.insert(QStringLiteral("customer_id"), mobile.trimmed());
    r.fields.insert(QStringLiteral("recipient_name"), recipient.name.trimmed());
    r.fields.insert(QStringLiteral("recipient_mobile"), validate::mobile(recipient.mobile).normalized);
    r.fields.insert(QStringLiteral("recipient_type"), QStringLiteral("3"));
    if (m_rail == Rail::Classic) {
        r.pathParams.insert(QStringLiteral("account"), account);
        r.pathParams.insert(QStringLiteral("ifsc"), ifsc);
    } else {
        r.fields.insert(QStringLiteral("account"), account);
        r.fields.insert(QStringLiteral("ifsc"), ifsc);
    }
    Error input = checkMobile(mobile);
    if (input.isNull()) {
        input = checkRecipient(recipient);
    }
    return start(DmtStep::AddRecipient, mobile, std::move(r), input);
}

DmtJob* DmtService::deleteRecipient(const QString& mobile, const QString& recipientId)
{
    eko::EkoRequest r;
    r.operation = op("dmt.delete_recipient", "dmt_fino.delete_recipient");
    r.pathParams.insert(QStringLiteral("customer_id"), mobile.trimmed());
    r.pathParams.insert(QStringLiteral("recipient_id"), recipientId.trimmed());
    Error input = checkMobile(mobile);
    if (input.isNull() && recipientId.trimmed().isEmpty()) {
        input = fieldError(QStringLiteral("recipient_id"), Dmt::tr("Choose the recipient to delete."));
    }
    return start(DmtStep::DeleteRecipient, mobile, std::move(r), input);
}

DmtJob* DmtService::sendTransferOtp(const QString& mobile, const QString& recipientId, Paise amount)
{
    eko::EkoRequest r;
    r.operation = QStringLiteral("dmt_fino.transfer_otp");
    r.fields.insert(QStringLiteral("customer_id"), mobile.trimmed());
    r.fields.insert(QStringLiteral("recipient_id"), recipientId);
    r.fields.insert(QStringLiteral("amount"), amount.toWireString());
    return start(DmtStep::TransferOtp, mobile, std::move(r),
                 m_rail == Rail::Fino ? checkMobile(mobile) : notOnThisRail("transfer OTP"));
}

DmtJob* DmtService::transfer(const TransferOrder& order, const QString& clientRefId)
{
    eko::EkoRequest r;
    r.operation = op("dmt.transfer", "dmt_fino.transfer");
    r.clientRefId = clientRefId;
    r.fields.insert(QStringLiteral("customer_id"), order.customerMobile.trimmed());
    r.fields.insert(QStringLiteral("recipient_id"), order.recipientId);
    r.fields.insert(QStringLiteral("amount"), order.amount.toWireString());
    r.fields.insert(QStringLiteral("channel"), QString::number(static_cast<int>(order.channel)));
    r.fields.insert(QStringLiteral("state"), QStringLiteral("1"));
    r.fields.insert(QStringLiteral("currency"), QStringLiteral("INR"));
    r.fields.insert(QStringLiteral("timestamp"), m_client.clock().nowIst().toString(Qt::ISODate));
    r.fields.insert(QStringLiteral("latlong"), m_client.config().latLong);
    Error input = checkMobile(order.customerMobile);
    if (m_rail == Rail::Classic) {
        r.fields.insert(QStringLiteral("hold_timeout"), QStringLiteral("10"));
    } else {
        r.fields.insert(QStringLiteral("otp"), order.otp.trimmed());
        r.fields.insert(QStringLiteral("otp_ref_id"), order.otpRefId);
        if (input.isNull()) {
            input = checkOtp(order.otp);
        }
    }
    if (input.isNull() && (!order.amount.isWholeRupees() || order.amount.value <= 0)) {
        input = fieldError(QStringLiteral("amount"), Dmt::tr("Enter the amount in whole rupees."));
    }
    return start(DmtStep::Transfer, order.customerMobile, std::move(r), input);
}

DmtJob* DmtService::sendRefundOtp(const QString& tid)
{
    eko::EkoRequest r;
    r.operation = op("dmt.refund_otp", "tx.refund_otp");
    r.pathParams.insert(QStringLiteral("tid"), tid.trimmed());
    const Error input = tid.trimmed().isEmpty()
        ? fieldError(QStringLiteral("tid"), Dmt::tr("The transfer has no Eko TID."))
        : Error {};
    return start(DmtStep::RefundOtp, QString(), std::move(r), input);
}

DmtJob* DmtService::refund(const QString& tid, const QString& otp, const QString& otpRefId)
{
    eko::EkoRequest r;
    r.operation = op("dmt.refund", "tx.refund");
    r.pathParams.insert(QStringLiteral("tid"), tid.trimmed());
    r.fields.insert(QStringLiteral("otp"), otp.trimmed());
    r.fields.insert(QStringLiteral("state"), QStringLiteral("1"));
    if (!otpRefId.isEmpty()) {
        r.fields.insert(QStringLiteral("otp_ref_id"), otpRefId);
    }
    if (m_rail == Rail::Fino) {
        r.fields.insert(QStringLiteral("service_code"), QStringLiteral("80"));
    }
    Error input = tid.trimmed().isEmpty() ? fieldError(QStringLiteral("tid"), Dmt::tr("The transfer has no Eko TID."))
                                          : checkOtp(otp);
    return start(DmtStep::Refund, QString(), std::move(r), input);
}

} // namespace saathi::dmt
