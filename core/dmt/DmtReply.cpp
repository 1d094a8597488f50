// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dmt/DmtReply.h"

#include "core/logging/Redactor.h"

#include <QCoreApplication>

namespace saathi::dmt {

namespace {

// lupdate files Dmt::tr() here under "Dmt", the context looked up at run time.
struct Dmt
{
    Q_DECLARE_TR_FUNCTIONS(Dmt)
};

// Eko's DMT status codes this file reads (reference §7, §8; the sandbox answers with the same ones).
namespace status {
enum EkoDmtStatus : int {
    Ok = 0,
    AlreadyRegistered = 17,
    FinoMonthlyLimitExhausted = 36,
    CustomerUnverified = 37, // classic: the customer's mobile is not verified yet
    Declined = 55, // refused; its reason says why (insufficient balance, a wrong OTP …)
    OtpWrong = 302,
    OtpExpired = 303,
    FinoSenderNotEnrolled = 308,
    RecipientUnknown = 313,
    NeftNotAllowed = 317,
    RecipientExists = 342,
    ImpsNotAvailable = 344,
    WalletTooLow = 347,
    InvalidChannel = 460,
    NotRefundable = 461,
    ClassicCustomerNotFound = 463,
    AlreadyKycApproved = 585,
    ClassicMonthlyLimitExhausted = 945,
    FinoValidateOtp = 2129, // the sender eKYC went through: validate the OTP sent to the customer
    FinoEkycVerifyFailed = 2131, // the eKYC OTP step failed; response_status_id says why (OtpWrong, OtpExpired)
    FinoKycPending = 2134, // onboarded; the sender eKYC is still to do
    FinoEkycFailed = 2135, // UIDAI did not verify the fingerprint
};
} // namespace status

// An error and, when it is about a field, the rule broken.
struct Reading
{
    Error error;
    FieldRule rule = FieldRule::None;
};

// Eko's invalid_params keys → the form's field names.
QString formField(const QString& ekoField)
{
    if (ekoField == QLatin1String("customer_id") || ekoField == QLatin1String("id")) {
        return QStringLiteral("customer_mobile");
    }
    return ekoField;
}

Reading otpError(int code, const QString& detail)
{
    if (code == status::OtpExpired || detail.contains(QLatin1String("xpired"))) {
        return {
            fieldError(QStringLiteral("otp"), Dmt::tr("The OTP has expired. Send a new OTP to the customer."), detail),
            FieldRule::Expired};
    }
    return {fieldError(QStringLiteral("otp"),
                       Dmt::tr("The OTP is wrong or was already used. Ask the customer for the newest OTP, or send a "
                               "new one."),
                       detail),
            FieldRule::Wrong};
}

Error walletShort(const QString& ekoText)
{
    return Error {
        QStringLiteral("dmt.wallet_short"),
        Dmt::tr("Your E-value wallet is too low for this transfer and its fee. Load the wallet and try again."),
        ekoText};
}

bool isOtpReason(const QString& reason)
{
    return reason.contains(QLatin1String("OTP"), Qt::CaseInsensitive);
}

// Our advice, with Eko's own words (redacted) on their own line, marked as Eko's.
Error ekoError(const char* code, const QString& advice, const QString& detail, const QString& ekoWords)
{
    const QString words = redact::text(ekoWords.simplified());
    return Error {QString::fromLatin1(code), Error::withEkoLine(advice, words), detail, words};
}

// Errors several steps share, from Eko's status; null when the status is not one of them.
Reading commonError(const eko::EkoEnvelope& e)
{
    const QString ekoText = e.reason();
    if (!e.invalidParams.isEmpty()) {
        const QString key = e.invalidParams.firstKey();
        return {fieldError(formField(key),
                           Error::withEkoLine(Dmt::tr("Eko did not accept this detail. Check it and try again."),
                                              e.invalidParams.first()),
                           QStringLiteral("status %1 %2").arg(e.status).arg(key)),
                FieldRule::Refused};
    }
    switch (e.status) {
    case status::OtpWrong:
    case status::OtpExpired:
        return otpError(e.status, ekoText);
    case status::ClassicMonthlyLimitExhausted:
    case status::FinoMonthlyLimitExhausted: {
        Paise left;
        e.amount(QStringLiteral("available_limit"), &left);
        return {fieldError(QStringLiteral("amount"),
                           Dmt::tr("The customer's monthly limit does not allow this amount (₹%1 left this month).")
                               .arg(left.toWireString()),
                           ekoText),
                FieldRule::Limit};
    }
    case status::WalletTooLow:
        return {walletShort(ekoText)};
    case status::ClassicCustomerNotFound:
    case status::FinoSenderNotEnrolled:
        return {
            fieldError(QStringLiteral("customer_mobile"),
                       Dmt::tr("This customer is not registered for money transfer yet. Register the customer first."),
                       ekoText),
            FieldRule::NotRegistered};
    case status::CustomerUnverified:
        return {Error {QStringLiteral("dmt.customer_unverified"),
                       Dmt::tr("The customer's mobile is not verified yet. Verify it with the OTP first."), ekoText}};
    case status::RecipientUnknown:
        return {Error {QStringLiteral("dmt.recipient_unknown"),
                       Dmt::tr("Eko does not know this recipient for the customer. Refresh the recipient list."),
                       ekoText}};
    case status::ImpsNotAvailable:
    case status::NeftNotAllowed:
    case status::InvalidChannel:
        return {fieldError(QStringLiteral("channel"),
                           Dmt::tr("The recipient's bank does not take this channel: %1").arg(ekoText), ekoText),
                FieldRule::NotOffered};
    case status::AlreadyRegistered:
        return {Error {QStringLiteral("dmt.already_registered"),
                       Dmt::tr("This mobile is already registered with Eko. Look the customer up instead."), ekoText}};
    case status::RecipientExists:
        return {Error {QStringLiteral("dmt.recipient_exists"),
                       Dmt::tr("Eko says: %1. Choose this recipient from the customer's list.").arg(ekoText), ekoText},
                FieldRule::Duplicate};
    case status::NotRefundable:
        return {Error {QStringLiteral("dmt.not_refundable"),
                       Dmt::tr("This transfer cannot be refunded now: %1").arg(ekoText), ekoText}};
    default:
        break;
    }
    if (e.status == status::Declined && ekoText.contains(QLatin1String("nsufficient balance"))) {
        return {walletShort(ekoText)};
    }
    return {};
}

} // namespace

DmtReply DmtReply::interpret(DmtStep step, Rail rail, const QString& mobile, const eko::EkoResponse& r)
{
    DmtReply reply;
    reply.step = step;
    reply.rail = rail;
    reply.response = r;
    reply.customer.mobile = mobile;
    const eko::EkoEnvelope& e = r.envelope;
    reply.message = e.message;
    if (!r.hasEnvelope || !e.hasStatus) {
        reply.error = r.error.isNull()
            ? Error {QStringLiteral("dmt.no_answer"), Dmt::tr("Eko gave no usable answer."), {}}
            : r.error;
        return reply;
    }
    const int s = e.status;
    const auto accept = [&reply]() {
        reply.ok = true;
        reply.error = {};
    };
    switch (step) {
    case DmtStep::Lookup:
        if (s == status::ClassicCustomerNotFound || s == status::FinoSenderNotEnrolled) {
            accept(); // not registered: a fact about the customer, not a failure
            reply.customer.stage = CustomerStage::NotRegistered;
            return reply;
        }
        if (s == status::Ok || (rail == Rail::Fino && s == status::FinoKycPending)) {
            accept();
            reply.customer = Customer::fromData(e, rail, mobile);
            return reply;
        }
        break;
    case DmtStep::Register:
        if (s == status::Ok || (rail == Rail::Fino && s == status::FinoKycPending)) {
            accept();
            reply.customer = Customer::fromData(e, rail, mobile);
            if (reply.customer.name.isEmpty()) {
                reply.customer.name = e.text(QStringLiteral("name"));
            }
            reply.otp = OtpTicket::fromEnvelope(e);
            return reply;
        }
        break;
    case DmtStep::VerifyOtp:
    case DmtStep::SenderEkycVerify:
        if (s == status::Ok) {
            accept();
            reply.customer = Customer::fromData(e, rail, mobile);
            return reply;
        }
        if (s == status::FinoEkycVerifyFailed) {
            if (e.responseStatusId == status::OtpWrong || e.responseStatusId == status::OtpExpired) {
                const Reading otp = otpError(e.responseStatusId, e.message);
                reply.error = otp.error;
                reply.rule = otp.rule;
            } else {
                reply.error = ekoError("dmt.ekyc_failed",
                                       Dmt::tr("The customer's eKYC could not be completed. Check the Aadhaar number, "
                                               "then capture the finger again."),
                                       e.message, e.message);
            }
            return reply;
        }
        break;
    case DmtStep::SenderEkyc:
        if (s == status::FinoValidateOtp || s == status::Ok) {
            accept();
            reply.otp = OtpTicket::fromEnvelope(e);
            return reply;
        }
        if (s == status::FinoEkycFailed) {
            reply.error = ekoError("dmt.ekyc_failed",
                                   Dmt::tr("The bank could not verify the customer's fingerprint. Capture the finger "
                                           "again."),
                                   e.message, e.reason());
            return reply;
        }
        if (s == status::AlreadyKycApproved) {
            reply.error
                = Error {QStringLiteral("dmt.already_kyc"),
                         Dmt::tr("The customer's eKYC is already done. Look the customer up again."), e.message};
            return reply;
        }
        break;
    case DmtStep::Recipients:
        if (s == status::Ok) {
            accept();
            reply.recipients = Recipient::listFromEnvelope(e);
            return reply;
        }
        break;
    case DmtStep::AddRecipient:
        if (s == status::Ok) {
            accept();
            reply.recipient = Recipient::fromJson(e.data);
            return reply;
        }
        break;
    case DmtStep::ResendOtp:
    case DmtStep::TransferOtp:
    case DmtStep::RefundOtp:
        if (s == status::Ok) {
            accept();
            reply.otp = OtpTicket::fromEnvelope(e);
            return reply;
        }
        break;
    case DmtStep::DeleteRecipient:
        if (s == status::Ok) {
            accept();
            return reply;
        }
        break;
    case DmtStep::Transfer:
        reply.transfer = TransferResult::fromEnvelope(e);
        if (r.outcome == eko::Outcome::Success) {
            accept();
            return reply;
        }
        if (s == status::Declined && isOtpReason(reply.transfer.reason)) {
            const Reading otp = otpError(0, reply.transfer.reason);
            reply.error = otp.error;
            reply.rule = otp.rule;
            return reply;
        }
        if (s == status::Ok) {
            // Pending / refund pending: the flow reads the journal state.
            reply.error = !r.error.isNull() ? r.error
                                            : Error {QStringLiteral("dmt.pending"),
                                                     Dmt::tr("The bank has not confirmed yet. Do not send it again."),
                                                     QStringLiteral("tx_status %1").arg(reply.transfer.txStatus)};
            return reply;
        }
        break;
    case DmtStep::Refund:
        reply.transfer = TransferResult::fromEnvelope(e);
        if (s == status::Ok) {
            accept();
            return reply;
        }
        break;
    }
    const Reading common = commonError(e);
    reply.error = common.error.isNull() ? r.error : common.error;
    reply.rule = common.rule;
    if (reply.error.isNull()) {
        reply.error = ekoError("dmt.refused",
                               Dmt::tr("Eko refused the request. Check the details and try again; if it repeats, "
                                       "call support."),
                               QStringLiteral("status %1").arg(s), e.reason().isEmpty() ? e.message : e.reason());
    }
    return reply;
}

} // namespace saathi::dmt
