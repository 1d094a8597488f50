// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dmt/DmtReply.h"

#include <QCoreApplication>

namespace saathi::dmt {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Dmt", text);
}

// Eko's invalid_params keys → the form's field names.
QString formField(const QString& ekoField)
{
    if (ekoField == QLatin1String("customer_id") || ekoField == QLatin1String("id")) {
        return QStringLiteral("customer_mobile");
    }
    return ekoField;
}

Error otpError(int code, const QString& detail)
{
    if (code == 303 || detail.contains(QLatin1String("xpired"))) {
        return fieldError(QStringLiteral("otp"), tr("The OTP has expired. Send a new OTP to the customer."), detail);
    }
    return fieldError(QStringLiteral("otp"),
                      tr("The OTP is wrong or was already used. Ask the customer for the newest OTP, or send a "
                         "new one."),
                      detail);
}

bool isOtpReason(const QString& reason)
{
    return reason.contains(QLatin1String("OTP"), Qt::CaseInsensitive);
}

// Errors several steps share, from Eko's status; null when the status is not one of them.
Error commonError(const eko::EkoEnvelope& e)
{
    const QString ekoText = e.reason();
    if (!e.invalidParams.isEmpty()) {
        const QString key = e.invalidParams.firstKey();
        return fieldError(formField(key), tr("Eko did not accept %1: %2").arg(formField(key), e.invalidParams.first()),
                          QStringLiteral("status %1 %2").arg(e.status).arg(key));
    }
    switch (e.status) {
    case 302:
    case 303:
        return otpError(e.status, ekoText);
    case 945:
    case 36: {
        Paise left;
        e.amount(QStringLiteral("available_limit"), &left);
        return fieldError(QStringLiteral("amount"),
                          tr("The customer's monthly limit does not allow this amount (₹%1 left this month).")
                              .arg(left.toWireString()),
                          ekoText);
    }
    case 347:
        return Error {QStringLiteral("dmt.wallet_short"),
                      tr("Your E-value wallet is too low for this transfer and its fee. Load the wallet and try "
                         "again."),
                      ekoText};
    case 463:
    case 308:
        return fieldError(QStringLiteral("customer_mobile"),
                          tr("This customer is not registered for money transfer yet. Register the customer first."),
                          ekoText);
    case 37:
        return Error {QStringLiteral("dmt.customer_unverified"),
                      tr("The customer's mobile is not verified yet. Verify it with the OTP first."), ekoText};
    case 313:
        return Error {QStringLiteral("dmt.recipient_unknown"),
                      tr("Eko does not know this recipient for the customer. Refresh the recipient list."), ekoText};
    case 344:
    case 317:
    case 460:
        return fieldError(QStringLiteral("channel"),
                          tr("The recipient's bank does not take this channel: %1").arg(ekoText), ekoText);
    case 17:
        return Error {QStringLiteral("dmt.already_registered"),
                      tr("This mobile is already registered with Eko. Look the customer up instead."), ekoText};
    case 342:
        return Error {QStringLiteral("dmt.recipient_exists"),
                      tr("Eko says: %1. Choose this recipient from the customer's list.").arg(ekoText), ekoText};
    case 461:
        return Error {QStringLiteral("dmt.not_refundable"), tr("This transfer cannot be refunded now: %1").arg(ekoText),
                      ekoText};
    default:
        break;
    }
    if (e.status == 55 && ekoText.contains(QLatin1String("nsufficient balance"))) {
        return Error {QStringLiteral("dmt.wallet_short"),
                      tr("Your E-value wallet is too low for this transfer and its fee. Load the wallet and try "
                         "again."),
                      ekoText};
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
        reply.error = r.error.isNull() ? Error {QStringLiteral("dmt.no_answer"), tr("Eko gave no usable answer."), {}}
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
        if (s == 463 || s == 308) {
            accept(); // not registered: a fact about the customer, not a failure
            reply.customer.stage = CustomerStage::NotRegistered;
            return reply;
        }
        if (s == 0 || (rail == Rail::Fino && s == 2134)) {
            accept();
            reply.customer = Customer::fromData(e, rail, mobile);
            return reply;
        }
        break;
    case DmtStep::Register:
        if (s == 0 || (rail == Rail::Fino && s == 2134)) {
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
        if (s == 0) {
            accept();
            reply.customer = Customer::fromData(e, rail, mobile);
            return reply;
        }
        if (s == 2131) {
            reply.error = e.responseStatusId == 302 || e.responseStatusId == 303
                ? otpError(e.responseStatusId, e.message)
                : Error {QStringLiteral("dmt.ekyc_failed"), tr("The eKYC could not be completed: %1").arg(e.message),
                         e.message};
            return reply;
        }
        break;
    case DmtStep::SenderEkyc:
        if (s == 2129 || s == 0) {
            accept();
            reply.otp = OtpTicket::fromEnvelope(e);
            return reply;
        }
        if (s == 2135) {
            reply.error = Error {QStringLiteral("dmt.ekyc_failed"),
                                 tr("The bank could not verify the customer's fingerprint (%1). Capture the finger "
                                    "again.")
                                     .arg(e.reason()),
                                 e.message};
            return reply;
        }
        if (s == 585) {
            reply.error = Error {QStringLiteral("dmt.already_kyc"),
                                 tr("The customer's eKYC is already done. Look the customer up again."), e.message};
            return reply;
        }
        break;
    case DmtStep::Recipients:
        if (s == 0) {
            accept();
            reply.recipients = Recipient::listFromEnvelope(e);
            return reply;
        }
        break;
    case DmtStep::AddRecipient:
        if (s == 0) {
            accept();
            reply.recipient = Recipient::fromJson(e.data);
            return reply;
        }
        break;
    case DmtStep::ResendOtp:
    case DmtStep::TransferOtp:
    case DmtStep::RefundOtp:
        if (s == 0) {
            accept();
            reply.otp = OtpTicket::fromEnvelope(e);
            return reply;
        }
        break;
    case DmtStep::DeleteRecipient:
        if (s == 0) {
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
        if (s == 55 && isOtpReason(reply.transfer.reason)) {
            reply.error = otpError(0, reply.transfer.reason);
            return reply;
        }
        if (s == 0) {
            // Pending / refund pending: the flow reads the journal state.
            reply.error = !r.error.isNull()
                ? r.error
                : Error {QStringLiteral("dmt.pending"), tr("The bank has not confirmed yet. Do not send it again."),
                         QStringLiteral("tx_status %1").arg(reply.transfer.txStatus)};
            return reply;
        }
        break;
    case DmtStep::Refund:
        reply.transfer = TransferResult::fromEnvelope(e);
        if (s == 0) {
            accept();
            return reply;
        }
        break;
    }
    const Error common = commonError(e);
    reply.error = common.isNull() ? r.error : common;
    if (reply.error.isNull()) {
        reply.error = Error {QStringLiteral("dmt.refused"), tr("Eko refused the request: %1").arg(e.reason()),
                             QStringLiteral("status %1").arg(s)};
    }
    return reply;
}

} // namespace saathi::dmt
