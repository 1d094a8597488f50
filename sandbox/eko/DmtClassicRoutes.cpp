// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DmtClassicRoutes.h"

#include "core/validation/FieldValidators.h"
#include "sandbox/eko/DmtRecipientRules.h"
#include "sandbox/eko/DmtTxResponse.h"
#include "sandbox/eko/Envelope.h"
#include "sandbox/eko/Fixtures.h"
#include "sandbox/eko/SandboxRouter.h"

#include <QJsonDocument>

namespace saathi::sandbox {

namespace {

const QString kCustomerPath = QStringLiteral("/v[12]/customers/mobile_number:([^/]+)");

SandboxReply customerAnswer(const DmtCustomer& c, const EkoSandboxConfig& config, const QString& month,
                            const DmtEngine& engine)
{
    const QJsonObject data = dmtCustomerData(c, DmtEngine::monthlyLimit(c, config), engine.used(c, month));
    switch (c.state) {
    case DmtCustomerState::OtpPending:
        return envelope::success(37, QStringLiteral("OTP verification pending"), data);
    case DmtCustomerState::NonKyc:
        return envelope::success(33, QStringLiteral("Non-KYC active"), data);
    case DmtCustomerState::FullKyc:
        break;
    }
    return envelope::success(33, QStringLiteral("Full KYC active"), data);
}

} // namespace

DmtClassicRoutes::DmtClassicRoutes(SandboxContext& context, DmtDesk& desk)
    : m_ctx(context)
    , m_desk(desk)
{
}

void DmtClassicRoutes::registerRoutes(SandboxRouter& router)
{
    auto bind = [this](SandboxReply (DmtClassicRoutes::*method)(const RouteCall&)) {
        return [this, method](const RouteCall& c) { return (this->*method)(c); };
    };
    const QString recipients = kCustomerPath + QStringLiteral("/recipients");
    router.add("GET", kCustomerPath, QStringLiteral("dmt-customer"), BodyKind::None,
               bind(&DmtClassicRoutes::getCustomer));
    router.add("PUT", kCustomerPath, QStringLiteral("dmt-create-customer"), BodyKind::Form,
               bind(&DmtClassicRoutes::createCustomer));
    router.add("PUT", QStringLiteral("/v[12]/customers/verification/otp:([^/]*)"),
               QStringLiteral("dmt-verify-customer"), BodyKind::Form, bind(&DmtClassicRoutes::verifyCustomer));
    router.add("POST", kCustomerPath + QStringLiteral("/otp"), QStringLiteral("dmt-resend-otp"), BodyKind::Form,
               bind(&DmtClassicRoutes::resendOtp));
    router.add("GET", recipients, QStringLiteral("dmt-recipients"), BodyKind::None,
               bind(&DmtClassicRoutes::listRecipients));
    router.add("PUT", recipients + QStringLiteral("/(acc_ifsc|acc_bankcode):([^_/]+)_([^/]+)"),
               QStringLiteral("dmt-add-recipient"), BodyKind::Form, bind(&DmtClassicRoutes::addRecipient));
    router.add("GET", recipients + QStringLiteral("/recipient_id:([^/]+)"), QStringLiteral("dmt-recipient"),
               BodyKind::None, bind(&DmtClassicRoutes::getRecipient));
    router.add("DELETE", recipients + QStringLiteral("/recipient_id:([^/]+)"), QStringLiteral("dmt-delete-recipient"),
               BodyKind::None, bind(&DmtClassicRoutes::deleteRecipient));
    router.add("POST", QStringLiteral("/v[12]/transactions"), QStringLiteral("dmt-transfer"), BodyKind::Form,
               bind(&DmtClassicRoutes::transfer), true);
    router.add("GET", QStringLiteral("/v[12]/transactions/([^/]+)"), QStringLiteral("dmt-inquiry"), BodyKind::None,
               bind(&DmtClassicRoutes::inquiry));
    router.add("POST", QStringLiteral("/v[12]/transactions/([^/]+)/refund/otp"), QStringLiteral("dmt-refund-otp"),
               BodyKind::Form, bind(&DmtClassicRoutes::refundOtp));
    router.add("POST", QStringLiteral("/v[12]/transactions/([^/]+)/refund"), QStringLiteral("dmt-refund"),
               BodyKind::Form, bind(&DmtClassicRoutes::refund));
}

DmtCustomer* DmtClassicRoutes::customerFor(const RouteCall& call, bool verified, SandboxReply* error)
{
    if (!m_ctx.resolveAgent(call.params, error)) {
        return nullptr;
    }
    DmtCustomer* c = m_ctx.dmt.customer(DmtRail::Classic, call.captures.value(0));
    if (!c) {
        *error = DmtDesk::customerMissing(DmtRail::Classic);
        return nullptr;
    }
    if (verified && c->state == DmtCustomerState::OtpPending) {
        *error = envelope::failure(37, QStringLiteral("Customer OTP verification pending"));
        return nullptr;
    }
    return c;
}

SandboxReply DmtClassicRoutes::getCustomer(const RouteCall& call)
{
    SandboxReply error;
    const DmtCustomer* c = customerFor(call, false, &error);
    return c ? customerAnswer(*c, m_ctx.config, DmtEngine::monthKey(m_ctx.istDay()), m_ctx.dmt) : error;
}

SandboxReply DmtClassicRoutes::createCustomer(const RouteCall& call)
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
    const QString address = p.text(QStringLiteral("residence_address"));
    if (!invalid.contains(QStringLiteral("residence_address"))
        && !QJsonDocument::fromJson(address.toUtf8()).isObject()) {
        invalid.insert(QStringLiteral("residence_address"), QStringLiteral("residence_address must be a JSON object"));
    }
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    if (!dmt::isValidPersonName(p.text(QStringLiteral("name")))) {
        return dmtRejectField(132, QStringLiteral("name"), QStringLiteral("Sender name should contain only letters"));
    }
    if (m_ctx.dmt.customer(DmtRail::Classic, mobile.normalized)) {
        return envelope::failure(17, QStringLiteral("Customer already registered"));
    }
    DmtCustomer c;
    c.rail = DmtRail::Classic;
    c.mobile = mobile.normalized;
    c.name = p.text(QStringLiteral("name")).trimmed();
    c.dob = dob.toString(Qt::ISODate);
    c.residenceAddress = address;
    c.state = DmtCustomerState::OtpPending;
    m_ctx.dmt.addCustomer(c);
    const QString ref = m_ctx.dmt.otps().issue(DmtOtpBook::Purpose::CustomerVerify, c.mobile, m_ctx.nowMs());
    return envelope::success(327, QStringLiteral("Enrollment done. Verify customer using OTP."),
                             {{QStringLiteral("customer_id"), c.mobile},
                              {QStringLiteral("state"), QStringLiteral("1")},
                              {QStringLiteral("state_desc"), QStringLiteral("Verification Pending")},
                              {QStringLiteral("otp_ref_id"), ref}});
}

SandboxReply DmtClassicRoutes::verifyCustomer(const RouteCall& call)
{
    SandboxReply error;
    if (!m_ctx.resolveAgent(call.params, &error)) {
        return error;
    }
    const RequestParams& p = call.params;
    QMap<QString, QString> invalid;
    p.requireAll({QStringLiteral("id"), QStringLiteral("otp_ref_id")}, &invalid);
    if (call.captures.value(0).isEmpty()) {
        invalid.insert(QStringLiteral("otp"), QStringLiteral("Please provide the value of the field"));
    }
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    DmtCustomer* c = m_ctx.dmt.customer(DmtRail::Classic, p.text(QStringLiteral("id")));
    if (!c) {
        return DmtDesk::customerMissing(DmtRail::Classic);
    }
    const auto check = m_ctx.dmt.otps().check(p.text(QStringLiteral("otp_ref_id")), call.captures.value(0),
                                              m_ctx.config.dmtOtp, DmtOtpBook::Purpose::CustomerVerify, c->mobile,
                                              m_ctx.nowMs(), m_ctx.config.otpValidityMs);
    switch (check) {
    case DmtOtpBook::Check::Ok:
        break;
    case DmtOtpBook::Check::Expired:
        return envelope::failure(303, QStringLiteral("OTP expired"));
    case DmtOtpBook::Check::Used:
        return envelope::failure(302, QStringLiteral("OTP already used"));
    case DmtOtpBook::Check::UnknownRef:
    case DmtOtpBook::Check::Wrong:
        return envelope::failure(302, QStringLiteral("Wrong OTP"));
    }
    if (c->state == DmtCustomerState::OtpPending) {
        c->state = DmtCustomerState::NonKyc;
    }
    return envelope::success(300, QStringLiteral("Wallet opened successfully."),
                             {{QStringLiteral("customer_id"), c->mobile},
                              {QStringLiteral("state"), QString::number(static_cast<int>(c->state))},
                              {QStringLiteral("state_desc"), QStringLiteral("Non-KYC")}});
}

SandboxReply DmtClassicRoutes::resendOtp(const RouteCall& call)
{
    SandboxReply error;
    const DmtCustomer* c = customerFor(call, false, &error);
    if (!c) {
        return error;
    }
    if (c->state != DmtCustomerState::OtpPending) {
        return envelope::success(33, QStringLiteral("Customer already verified"),
                                 {{QStringLiteral("customer_id"), c->mobile}});
    }
    const QString ref = m_ctx.dmt.otps().issue(DmtOtpBook::Purpose::CustomerVerify, c->mobile, m_ctx.nowMs());
    return envelope::make(0, QStringLiteral("OTP resent successfully"), 0, 321,
                          {{QStringLiteral("customer_id"), c->mobile}, {QStringLiteral("otp_ref_id"), ref}});
}

SandboxReply DmtClassicRoutes::addRecipient(const RouteCall& call)
{
    SandboxReply error;
    DmtCustomer* c = customerFor(call, true, &error);
    if (!c) {
        return error;
    }
    const RequestParams& p = call.params;
    QMap<QString, QString> invalid;
    p.requireAll({QStringLiteral("recipient_name"), QStringLiteral("recipient_mobile")}, &invalid);
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    const QString account = call.captures.value(2);
    QString ifsc = call.captures.value(3).toUpper();
    if (call.captures.value(1) == QLatin1String("acc_bankcode")) {
        const fixtures::Bank* bank = fixtures::findBank(ifsc);
        if (!bank) {
            return envelope::failure(48, QStringLiteral("Recipient bank not found"));
        }
        ifsc = bank->ifscPrefix + QStringLiteral("0000001");
    }
    return m_desk.addRecipient(*c, p, account, ifsc);
}

SandboxReply DmtClassicRoutes::listRecipients(const RouteCall& call)
{
    SandboxReply error;
    const DmtCustomer* c = customerFor(call, false, &error);
    if (!c) {
        return error;
    }
    return DmtDesk::listRecipients(*c);
}

SandboxReply DmtClassicRoutes::getRecipient(const RouteCall& call)
{
    SandboxReply error;
    DmtCustomer* c = customerFor(call, false, &error);
    if (!c) {
        return error;
    }
    const DmtRecipient* r = m_ctx.dmt.recipient(*c, call.captures.value(1));
    return r ? envelope::success(23, QStringLiteral("Success"), dmtRecipientJson(*r)) : DmtDesk::recipientMissing();
}

SandboxReply DmtClassicRoutes::deleteRecipient(const RouteCall& call)
{
    if (auto problem = m_desk.initiatorProblem(call.params)) {
        return *problem;
    }
    DmtCustomer* c = m_ctx.dmt.customer(DmtRail::Classic, call.captures.value(0));
    if (!c) {
        return DmtDesk::customerMissing(DmtRail::Classic);
    }
    return m_desk.deleteRecipient(*c, call.captures.value(1));
}

SandboxReply DmtClassicRoutes::transfer(const RouteCall& call)
{
    SandboxReply error;
    Agent* agent = m_ctx.resolveAgent(call.params, &error);
    if (!agent) {
        return error;
    }
    const RequestParams& p = call.params;
    QMap<QString, QString> invalid;
    p.requireAll({QStringLiteral("customer_id"), QStringLiteral("recipient_id"), QStringLiteral("amount"),
                  QStringLiteral("channel"), QStringLiteral("state"), QStringLiteral("timestamp"),
                  QStringLiteral("currency"), QStringLiteral("client_ref_id")},
                 &invalid);
    if (p.text(QStringLiteral("latlong")).isEmpty() && p.text(QStringLiteral("merchant_document_id")).isEmpty()) {
        invalid.insert(QStringLiteral("latlong"), QStringLiteral("Please provide latlong or merchant_document_id"));
    }
    if (!invalid.contains(QStringLiteral("state")) && p.text(QStringLiteral("state")) != QLatin1String("1")) {
        invalid.insert(QStringLiteral("state"), QStringLiteral("state must be 1"));
    }
    if (!invalid.contains(QStringLiteral("currency")) && p.text(QStringLiteral("currency")) != QLatin1String("INR")) {
        invalid.insert(QStringLiteral("currency"), QStringLiteral("currency must be INR"));
    }
    DmtTransferRequest request;
    if (!invalid.contains(QStringLiteral("amount"))
        && !Paise::parseWire(p.text(QStringLiteral("amount")), &request.amount)) {
        invalid.insert(QStringLiteral("amount"), QStringLiteral("Invalid amount"));
    }
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    const QString channel = p.text(QStringLiteral("channel"));
    if (channel != QLatin1String("1") && channel != QLatin1String("2")) {
        return envelope::failure(460, QStringLiteral("Invalid channel"));
    }
    request.rail = DmtRail::Classic;
    request.clientRefId = p.text(QStringLiteral("client_ref_id"));
    request.customerId = p.text(QStringLiteral("customer_id"));
    request.recipientId = p.text(QStringLiteral("recipient_id"));
    request.channel = channel == QLatin1String("1") ? DmtChannel::Neft : DmtChannel::Imps;
    return m_desk.transfer(call, *agent, request);
}

SandboxReply DmtClassicRoutes::inquiry(const RouteCall& call)
{
    if (auto problem = m_desk.initiatorProblem(call.params)) {
        return *problem;
    }
    auto answer = m_desk.inquiry(call.captures.value(0));
    return answer ? *answer : envelope::failure(168, QStringLiteral("TID does not exist"));
}

SandboxReply DmtClassicRoutes::refundOtp(const RouteCall& call)
{
    return m_desk.refundOtpRoute(call);
}

SandboxReply DmtClassicRoutes::refund(const RouteCall& call)
{
    return m_desk.refundRoute(call, {QStringLiteral("otp"), QStringLiteral("state")});
}

} // namespace saathi::sandbox
