// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DmtFinoRoutes.h"

#include "core/validation/FieldValidators.h"
#include "sandbox/eko/DmtRecipientRules.h"
#include "sandbox/eko/DmtTxResponse.h"
#include "sandbox/eko/Envelope.h"
#include "sandbox/eko/SandboxRouter.h"

namespace saathi::sandbox {

namespace {

const QString kSender = QStringLiteral("/v3/customer/payment/dmt-fino/sender/([^/]+)");

SandboxReply declined(const QString& reason)
{
    return envelope::failure(55, reason, {{QStringLiteral("reason"), reason}});
}

QString transferOtpSubject(const QString& mobile, Paise amount)
{
    return mobile + QLatin1Char('|') + QString::number(amount.value);
}

} // namespace

DmtFinoRoutes::DmtFinoRoutes(SandboxContext& context, DmtDesk& desk)
    : m_ctx(context)
    , m_desk(desk)
{
}

void DmtFinoRoutes::registerRoutes(SandboxRouter& router)
{
    auto bind = [this](SandboxReply (DmtFinoRoutes::*method)(const RouteCall&)) {
        return [this, method](const RouteCall& c) { return (this->*method)(c); };
    };
    router.add("GET", kSender, QStringLiteral("fino-sender"), BodyKind::None, bind(&DmtFinoRoutes::getSender));
    router.add("POST", kSender, QStringLiteral("fino-onboard"), BodyKind::Json, bind(&DmtFinoRoutes::onboard));
    router.add("PUT", kSender + QStringLiteral("/otp"), QStringLiteral("fino-ekyc"), BodyKind::Json,
               bind(&DmtFinoRoutes::senderEkyc));
    router.add("PUT", kSender + QStringLiteral("/otp/verify"), QStringLiteral("fino-ekyc-verify"), BodyKind::Json,
               bind(&DmtFinoRoutes::validateEkycOtp));
    router.add("GET", kSender + QStringLiteral("/recipients"), QStringLiteral("fino-recipients"), BodyKind::None,
               bind(&DmtFinoRoutes::listRecipients));
    router.add("POST", kSender + QStringLiteral("/recipient"), QStringLiteral("fino-add-recipient"), BodyKind::Json,
               bind(&DmtFinoRoutes::addRecipient));
    router.add("DELETE", kSender + QStringLiteral("/recipient/([^/]+)"), QStringLiteral("fino-delete-recipient"),
               BodyKind::None, bind(&DmtFinoRoutes::deleteRecipient));
    router.add("POST", QStringLiteral("/v3/customer/payment/dmt-fino/otp"), QStringLiteral("fino-transfer-otp"),
               BodyKind::Json, bind(&DmtFinoRoutes::transferOtp));
    router.add("POST", QStringLiteral("/v3/customer/payment/dmt-fino"), QStringLiteral("fino-transfer"), BodyKind::Json,
               bind(&DmtFinoRoutes::transfer), true);
    router.add("POST", QStringLiteral("/v3/customer/payment/refund/([^/]+)/otp"), QStringLiteral("refund-otp"),
               BodyKind::Json, bind(&DmtFinoRoutes::refundOtp));
    router.add("POST", QStringLiteral("/v3/customer/payment/refund/([^/]+)"), QStringLiteral("refund"), BodyKind::Json,
               bind(&DmtFinoRoutes::refund));
}

DmtCustomer* DmtFinoRoutes::senderFor(const RouteCall& call, const QString& mobile, SandboxReply* error)
{
    if (!m_ctx.resolveAgent(call.params, error)) {
        return nullptr;
    }
    DmtCustomer* c = m_ctx.dmt.customer(DmtRail::Fino, mobile);
    if (!c) {
        *error = DmtDesk::customerMissing(DmtRail::Fino);
    }
    return c;
}

SandboxReply DmtFinoRoutes::senderAnswer(const DmtCustomer& c) const
{
    const QJsonObject data = dmtCustomerData(c, DmtEngine::monthlyLimit(c, m_ctx.config),
                                             m_ctx.dmt.used(c, DmtEngine::monthKey(m_ctx.istDay())));
    if (c.kyc == FinoKycStage::Done) {
        return envelope::success(309, QStringLiteral("Customer found"), data);
    }
    // Eko's samples answer the step with status 0 and name it in response_type_id (reference §7.3).
    return envelope::make(0, QStringLiteral("Customer KYC pending"), -1, 2134, data);
}

SandboxReply DmtFinoRoutes::getSender(const RouteCall& call)
{
    SandboxReply error;
    const DmtCustomer* c = senderFor(call, call.captures.value(0), &error);
    return c ? senderAnswer(*c) : error;
}

SandboxReply DmtFinoRoutes::onboard(const RouteCall& call)
{
    SandboxReply error;
    if (!m_ctx.resolveAgent(call.params, &error)) {
        return error;
    }
    const RequestParams& p = call.params;
    QMap<QString, QString> invalid;
    p.requireAll({QStringLiteral("name"), QStringLiteral("dob"), QStringLiteral("residence_address")}, &invalid);
    const ValidationResult mobile = validate::mobile(call.captures.value(0));
    if (!mobile.valid) {
        invalid.insert(QStringLiteral("customer_id"), QStringLiteral("Invalid mobile number"));
    }
    const QDate dob = QDate::fromString(p.text(QStringLiteral("dob")), QStringLiteral("yyyy-MM-dd"));
    if (!invalid.contains(QStringLiteral("dob")) && !dob.isValid()) {
        invalid.insert(QStringLiteral("dob"), QStringLiteral("Date of birth must be YYYY-MM-DD"));
    }
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    if (!dmt::isValidPersonName(p.text(QStringLiteral("name")))) {
        return dmtRejectField(132, QStringLiteral("name"), QStringLiteral("Sender name should contain only letters"));
    }
    if (m_ctx.dmt.customer(DmtRail::Fino, mobile.normalized)) {
        return envelope::failure(17, QStringLiteral("Sender already registered"));
    }
    DmtCustomer c;
    c.rail = DmtRail::Fino;
    c.mobile = mobile.normalized;
    c.name = p.text(QStringLiteral("name")).trimmed();
    c.dob = dob.toString(Qt::ISODate);
    const QJsonValue address = p.value(QStringLiteral("residence_address"));
    c.residenceAddress = address.isString() ? address.toString() : QStringLiteral("{…}");
    return senderAnswer(m_ctx.dmt.addCustomer(c));
}

SandboxReply DmtFinoRoutes::senderEkyc(const RouteCall& call)
{
    SandboxReply error;
    DmtCustomer* c = senderFor(call, call.captures.value(0), &error);
    if (!c) {
        return error;
    }
    if (c->kyc == FinoKycStage::Done) {
        return envelope::failure(585, QStringLiteral("Customer already KYC approved"));
    }
    QMap<QString, QString> invalid;
    call.params.requireAll({QStringLiteral("aadhar"), QStringLiteral("piddata")}, &invalid);
    SecureBytes aadhaar;
    if (!invalid.contains(QStringLiteral("aadhar"))) {
        m_ctx.readAadhaar(call, &aadhaar, &invalid); // plain 12 digits (reference §2.4), as the catalogue says
    }
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    const bool mismatch
        = m_ctx.takeBusinessFault(call, [](Fault f) { return f == Fault::BiometricMismatch; }).has_value();
    const auto problem
        = m_ctx.pid.check(call.params.text(QStringLiteral("piddata")), PidVerifier::WadhRule::MustBeEkyc);
    if (mismatch || problem != PidVerifier::Problem::None) {
        const QString reason
            = mismatch ? PidVerifier::reasonFor(PidVerifier::Problem::DeviceError) : PidVerifier::reasonFor(problem);
        return envelope::failure(2135, QStringLiteral("K-100 EKYC Verification failed"),
                                 {{QStringLiteral("reason"), reason}});
    }
    c->aadhaarKey = AepsEngine::keyFor(aadhaar.view());
    c->aadhaarLast4 = QString::fromLatin1(aadhaar.view().last(4));
    c->kyc = FinoKycStage::OtpSent;
    c->kycRequestId = QString::number(m_nextKycRequest++);
    const QString ref = m_ctx.dmt.otps().issue(DmtOtpBook::Purpose::SenderKyc, c->mobile, m_ctx.nowMs());
    return envelope::make(0, QStringLiteral("Validate the OTP"), 0, 2129,
                          {{QStringLiteral("customer_id"), c->mobile},
                           {QStringLiteral("kyc_request_id"), c->kycRequestId},
                           {QStringLiteral("otp_ref_id"), ref}});
}

SandboxReply DmtFinoRoutes::validateEkycOtp(const RouteCall& call)
{
    SandboxReply error;
    DmtCustomer* c = senderFor(call, call.captures.value(0), &error);
    if (!c) {
        return error;
    }
    QMap<QString, QString> invalid;
    call.params.requireAll({QStringLiteral("kyc_request_id"), QStringLiteral("otp"), QStringLiteral("otp_ref_id")},
                           &invalid);
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    auto failed = [](int statusId, const QString& message) { return envelope::make(2131, message, statusId, 2131); };
    if (c->kycRequestId.isEmpty() || call.params.text(QStringLiteral("kyc_request_id")) != c->kycRequestId) {
        return failed(1, QStringLiteral("Invalid kyc_request_id"));
    }
    const auto check = m_ctx.dmt.otps().check(
        call.params.text(QStringLiteral("otp_ref_id")), call.params.text(QStringLiteral("otp")), m_ctx.config.dmtOtp,
        DmtOtpBook::Purpose::SenderKyc, c->mobile, m_ctx.nowMs(), m_ctx.config.otpValidityMs);
    switch (check) {
    case DmtOtpBook::Check::Ok:
        break;
    case DmtOtpBook::Check::Expired:
        return failed(303, QStringLiteral("OTP expired"));
    case DmtOtpBook::Check::Used:
        return failed(302, QStringLiteral("OTP already Consumed"));
    case DmtOtpBook::Check::UnknownRef:
    case DmtOtpBook::Check::Wrong:
        return failed(302, QStringLiteral("Wrong OTP"));
    }
    c->kyc = FinoKycStage::Done;
    const QJsonObject data = dmtCustomerData(*c, DmtEngine::monthlyLimit(*c, m_ctx.config),
                                             m_ctx.dmt.used(*c, DmtEngine::monthKey(m_ctx.istDay())));
    return envelope::success(2132, QStringLiteral("Registration completed"), data);
}

SandboxReply DmtFinoRoutes::listRecipients(const RouteCall& call)
{
    SandboxReply error;
    const DmtCustomer* c = senderFor(call, call.captures.value(0), &error);
    if (!c) {
        return error;
    }
    return DmtDesk::listRecipients(*c);
}

SandboxReply DmtFinoRoutes::addRecipient(const RouteCall& call)
{
    SandboxReply error;
    DmtCustomer* c = senderFor(call, call.captures.value(0), &error);
    if (!c) {
        return error;
    }
    const RequestParams& p = call.params;
    QMap<QString, QString> invalid;
    p.requireAll({QStringLiteral("recipient_name"), QStringLiteral("recipient_mobile"), QStringLiteral("ifsc"),
                  QStringLiteral("account")},
                 &invalid);
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    const QString account = p.text(QStringLiteral("account"));
    const QString ifsc = p.text(QStringLiteral("ifsc")).trimmed().toUpper();
    return m_desk.addRecipient(*c, p, account, ifsc);
}

SandboxReply DmtFinoRoutes::deleteRecipient(const RouteCall& call)
{
    SandboxReply error;
    DmtCustomer* c = senderFor(call, call.captures.value(0), &error);
    if (!c) {
        return error;
    }
    return m_desk.deleteRecipient(*c, call.captures.value(1));
}

SandboxReply DmtFinoRoutes::transferOtp(const RouteCall& call)
{
    SandboxReply error;
    const RequestParams& p = call.params;
    QMap<QString, QString> invalid;
    p.requireAll({QStringLiteral("customer_id"), QStringLiteral("amount")}, &invalid);
    Paise amount;
    if (!invalid.contains(QStringLiteral("amount")) && !Paise::parseWire(p.text(QStringLiteral("amount")), &amount)) {
        invalid.insert(QStringLiteral("amount"), QStringLiteral("Invalid amount"));
    }
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    DmtCustomer* c = senderFor(call, p.text(QStringLiteral("customer_id")), &error);
    if (!c) {
        return error;
    }
    if (p.has(QStringLiteral("recipient_id")) && !m_ctx.dmt.recipient(*c, p.text(QStringLiteral("recipient_id")))) {
        return DmtDesk::recipientMissing();
    }
    const QString ref
        = m_ctx.dmt.otps().issue(DmtOtpBook::Purpose::Transfer, transferOtpSubject(c->mobile, amount), m_ctx.nowMs());
    return envelope::success(2133, QStringLiteral("OTP sent to the customer"), {{QStringLiteral("otp_ref_id"), ref}});
}

SandboxReply DmtFinoRoutes::transfer(const RouteCall& call)
{
    SandboxReply error;
    Agent* agent = m_ctx.resolveAgent(call.params, &error);
    if (!agent) {
        return error;
    }
    const RequestParams& p = call.params;
    QMap<QString, QString> invalid;
    p.requireAll({QStringLiteral("recipient_id"), QStringLiteral("amount"), QStringLiteral("customer_id"),
                  QStringLiteral("otp"), QStringLiteral("otp_ref_id"), QStringLiteral("client_ref_id")},
                 &invalid);
    DmtTransferRequest request;
    if (!invalid.contains(QStringLiteral("amount"))
        && !Paise::parseWire(p.text(QStringLiteral("amount")), &request.amount)) {
        invalid.insert(QStringLiteral("amount"), QStringLiteral("Invalid amount"));
    }
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    const QString channel = p.has(QStringLiteral("channel")) ? p.text(QStringLiteral("channel")) : QStringLiteral("2");
    if (channel != QLatin1String("1") && channel != QLatin1String("2")) {
        return envelope::failure(460, QStringLiteral("Invalid channel"));
    }
    request.rail = DmtRail::Fino;
    request.clientRefId = p.text(QStringLiteral("client_ref_id"));
    request.customerId = p.text(QStringLiteral("customer_id"));
    request.recipientId = p.text(QStringLiteral("recipient_id"));
    request.channel = channel == QLatin1String("1") ? DmtChannel::Neft : DmtChannel::Imps;
    const auto checkOtp = [&]() -> std::optional<SandboxReply> {
        const auto check = m_ctx.dmt.otps().check(p.text(QStringLiteral("otp_ref_id")), p.text(QStringLiteral("otp")),
                                                  m_ctx.config.dmtOtp, DmtOtpBook::Purpose::Transfer,
                                                  transferOtpSubject(request.customerId, request.amount), m_ctx.nowMs(),
                                                  m_ctx.config.otpValidityMs);
        switch (check) {
        case DmtOtpBook::Check::Ok:
            return std::nullopt;
        case DmtOtpBook::Check::Used:
            return declined(QStringLiteral("OTP already Consumed"));
        case DmtOtpBook::Check::Expired:
            return declined(QStringLiteral("OTP Expired"));
        case DmtOtpBook::Check::UnknownRef:
        case DmtOtpBook::Check::Wrong:
            break;
        }
        return declined(QStringLiteral("Wrong OTP"));
    };
    return m_desk.transfer(call, *agent, request, checkOtp);
}

SandboxReply DmtFinoRoutes::refundOtp(const RouteCall& call)
{
    return m_desk.refundOtpRoute(call);
}

SandboxReply DmtFinoRoutes::refund(const RouteCall& call)
{
    return m_desk.refundRoute(call, {QStringLiteral("otp"), QStringLiteral("otp_ref_id")});
}

} // namespace saathi::sandbox
