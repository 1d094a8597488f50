// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "AgentRoutes.h"

#include "core/validation/AadhaarNumber.h"
#include "core/validation/FieldValidators.h"
#include "sandbox/eko/Envelope.h"
#include "sandbox/eko/Fixtures.h"
#include "sandbox/eko/Multipart.h"
#include "sandbox/eko/SandboxRouter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace saathi::sandbox {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QString statusDesc(ServiceStatus s)
{
    switch (s) {
    case ServiceStatus::Activated:
        return QStringLiteral("ACTIVATED");
    case ServiceStatus::Pending:
        return QStringLiteral("PENDING");
    case ServiceStatus::Deactivated:
        return QStringLiteral("DEACTIVATED");
    }
    return QString();
}

QJsonObject serviceJson(const QString& userCode, const ServiceState& s)
{
    return QJsonObject {{QStringLiteral("user_code"), userCode},
                        {QStringLiteral("service_code"), QString::number(s.code)},
                        {QStringLiteral("service_status"), QString::number(static_cast<int>(s.status))},
                        {QStringLiteral("service_status_desc"), statusDesc(s.status)}};
}

// Address objects must carry line, city, state and pincode (reference §5.1/§5.2).
QString addressProblem(const QJsonValue& value, bool needStateId)
{
    QJsonObject o = value.toObject();
    if (value.isString()) {
        o = QJsonDocument::fromJson(value.toString().toUtf8()).object(); // classic APIs send a JSON string
    }
    if (o.isEmpty()) {
        return QStringLiteral("Address not in required format");
    }
    for (const char* key : {"line", "city", "state", "pincode"}) {
        if (o.value(QLatin1String(key)).toVariant().toString().trimmed().isEmpty()) {
            return QStringLiteral("Address %1 is missing").arg(QLatin1String(key));
        }
    }
    if (needStateId && !fixtures::isKnownStateId(o.value(QStringLiteral("state_id")).toVariant().toString())) {
        return QStringLiteral("Invalid state_id: use Get States");
    }
    return QString();
}

} // namespace

AgentRoutes::AgentRoutes(SandboxContext& context)
    : m_ctx(context)
{
}

void AgentRoutes::registerRoutes(SandboxRouter& router)
{
    auto bind = [this](SandboxReply (AgentRoutes::*fn)(const RouteCall&)) {
        return [this, fn](const RouteCall& call) { return (this->*fn)(call); };
    };
    router.add("POST", QStringLiteral("/v3/users?/network/eps-agent"), QStringLiteral("onboard"), BodyKind::Json,
               bind(&AgentRoutes::onboard));
    router.add("PUT", QStringLiteral("/v3/user/account"), QStringLiteral("onboard"), BodyKind::Json,
               bind(&AgentRoutes::onboard));
    router.add("PUT", QStringLiteral("/v1/user/onboard"), QStringLiteral("onboard"), BodyKind::Form,
               bind(&AgentRoutes::onboard));
    router.add("PUT", QStringLiteral("/v3/admin/network/agent/([0-9]+)/service/([0-9]+)/activate"),
               QStringLiteral("activate-service"), BodyKind::Json, bind(&AgentRoutes::activateService));
    router.add("PUT", QStringLiteral("/v1/user/service/activate"), QStringLiteral("activate-service-classic"),
               BodyKind::Form, bind(&AgentRoutes::activateServiceClassic));
    router.add("PUT", QStringLiteral("/v3/admin/network/agent/([0-9]+)/service/([0-9]+)/deactivate"),
               QStringLiteral("deactivate-service"), BodyKind::Json, [this](const RouteCall& call) {
                   SandboxReply error;
                   Agent* agent = pathAgent(call, &error);
                   if (!agent) {
                       return error;
                   }
                   const int code = call.captures.value(1).toInt();
                   m_ctx.agents.setServiceStatus(*agent, code, ServiceStatus::Deactivated, m_ctx.nowMs());
                   return envelope::success(1299, QStringLiteral("Service deactivated"),
                                            serviceJson(agent->userCode, agent->services.value(code)));
               });
    router.add("PUT", QStringLiteral("/v3/admin/network/agent/([0-9]+)/aeps-fingpay/activate"),
               QStringLiteral("activate-aeps"), BodyKind::Multipart, bind(&AgentRoutes::activateFingpay));
    router.add("GET", QStringLiteral("/v3/user/account/services"), QStringLiteral("services"), BodyKind::None,
               bind(&AgentRoutes::services));
    router.add("GET", QStringLiteral("/v1/user/services/user_code:([0-9]+)"), QStringLiteral("services-classic"),
               BodyKind::None, bind(&AgentRoutes::servicesClassic));
    router.add("GET", QStringLiteral("/v3/user/collection/aeps-fingpay/get-states"), QStringLiteral("states"),
               BodyKind::None, [this](const RouteCall& c) { return lookupList(c, 2127, fixtures::states()); });
    router.add("GET", QStringLiteral("/v3/user/collection/aeps-fingpay/get-Mcc-Category"), QStringLiteral("mcc"),
               BodyKind::None, [this](const RouteCall& c) { return lookupList(c, 2110, fixtures::mccCategories()); });
    router.add("GET", QStringLiteral("/v3/tools/reference/banks"), QStringLiteral("banks"), BodyKind::None,
               bind(&AgentRoutes::banks));
    router.add("GET", QStringLiteral("/v3/user/account/balance"), QStringLiteral("balance"), BodyKind::None,
               bind(&AgentRoutes::balance));
}

bool AgentRoutes::checkInitiator(const RouteCall& call, SandboxReply* error) const
{
    const QString initiator = call.params.text(QStringLiteral("initiator_id"));
    if (initiator.isEmpty()) {
        *error = envelope::invalidParams(
            {{QStringLiteral("initiator_id"), QStringLiteral("Please provide the value of the field")}});
        return false;
    }
    if (initiator != m_ctx.config.partner.initiatorId) {
        *error = envelope::failure(319, QStringLiteral("Invalid initiator"));
        return false;
    }
    return true;
}

Agent* AgentRoutes::pathAgent(const RouteCall& call, SandboxReply* error)
{
    if (!checkInitiator(call, error)) {
        return nullptr;
    }
    Agent* agent = m_ctx.agents.find(call.captures.value(0));
    if (!agent) {
        *error = envelope::failure(1297, QStringLiteral("User does not exist"));
        return nullptr;
    }
    m_ctx.agents.promotePending(*agent, m_ctx.nowMs(), m_ctx.config.activationDelayMs);
    return agent;
}

SandboxReply AgentRoutes::onboard(const RouteCall& call)
{
    SandboxReply error;
    if (!checkInitiator(call, &error)) {
        return error;
    }
    const RequestParams& p = call.params;
    QMap<QString, QString> invalid;
    p.requireAll({QStringLiteral("pan_number"), QStringLiteral("mobile"), QStringLiteral("first_name"),
                  QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("residence_address"),
                  QStringLiteral("dob"), QStringLiteral("shop_name")},
                 &invalid);
    const ValidationResult mobile = validate::mobile(p.text(QStringLiteral("mobile")));
    if (!invalid.contains(QStringLiteral("mobile")) && !mobile.valid) {
        invalid.insert(QStringLiteral("mobile"), QStringLiteral("Invalid mobile number"));
    }
    if (!invalid.contains(QStringLiteral("pan_number")) && !validate::pan(p.text(QStringLiteral("pan_number"))).valid) {
        invalid.insert(QStringLiteral("pan_number"), QStringLiteral("Invalid PAN"));
    }
    if (!invalid.contains(QStringLiteral("dob"))
        && !QDate::fromString(p.text(QStringLiteral("dob")), QStringLiteral("yyyy-MM-dd")).isValid()) {
        invalid.insert(QStringLiteral("dob"), QStringLiteral("Date of birth must be YYYY-MM-DD"));
    }
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    const QJsonValue address = p.value(QStringLiteral("residence_address"));
    if (address.isArray() || !addressProblem(address, false).isEmpty()) {
        return envelope::failure(1287, QStringLiteral("Address not in required format"));
    }
    if (m_ctx.agents.findByMobile(mobile.normalized)) {
        return envelope::failure(1307, QStringLiteral("This user already exist"));
    }
    Agent agent;
    agent.initiatorId = m_ctx.config.partner.initiatorId;
    agent.mobile = mobile.normalized;
    agent.firstName = p.text(QStringLiteral("first_name"));
    agent.lastName = p.text(QStringLiteral("last_name"));
    agent.shopName = p.text(QStringLiteral("shop_name"));
    agent.email = p.text(QStringLiteral("email"));
    agent.wallet = m_ctx.config.defaultAgentWallet;
    const Agent& added = m_ctx.agents.add(agent);
    return envelope::success(1290, QStringLiteral("User onboarding successfull"),
                             QJsonObject {{QStringLiteral("user_code"), added.userCode},
                                          {QStringLiteral("initiator_id"), added.initiatorId}});
}

SandboxReply AgentRoutes::activateService(const RouteCall& call)
{
    SandboxReply error;
    Agent* agent = pathAgent(call, &error);
    if (!agent) {
        return error;
    }
    return activate(*agent, call.captures.value(1).toInt());
}

SandboxReply AgentRoutes::activateServiceClassic(const RouteCall& call)
{
    SandboxReply error;
    Agent* agent = m_ctx.resolveAgent(call.params, &error);
    if (!agent) {
        return error;
    }
    bool numeric = false;
    const int code = call.params.text(QStringLiteral("service_code")).toInt(&numeric);
    if (!numeric || code <= 0) {
        return envelope::invalidParams(
            {{QStringLiteral("service_code"), QStringLiteral("Please provide the value of the field")}});
    }
    return activate(*agent, code); // latlong is optional here (§5.2 classic)
}

SandboxReply AgentRoutes::activate(Agent& agent, int code)
{
    const auto it = agent.services.constFind(code);
    if (it != agent.services.constEnd() && it->status != ServiceStatus::Deactivated) {
        return envelope::failure(1295, QStringLiteral("Service already exists"), serviceJson(agent.userCode, *it));
    }
    m_ctx.agents.requestService(agent, code, m_ctx.nowMs());
    return envelope::success(1299, QStringLiteral("Service activation request submitted"),
                             serviceJson(agent.userCode, agent.services.value(code)));
}

SandboxReply AgentRoutes::activateFingpay(const RouteCall& call)
{
    SandboxReply error;
    Agent* agent = pathAgent(call, &error);
    if (!agent) {
        return error;
    }
    const RequestParams& p = call.params;
    if (p.text(QStringLiteral("latlong")).trimmed().isEmpty()) {
        return envelope::gateway(500, QString()); // B1: an empty latlong made Eko answer HTTP 500
    }
    QMap<QString, QString> invalid;
    p.requireAll({QStringLiteral("modelname"), QStringLiteral("devicenumber"), QStringLiteral("account"),
                  QStringLiteral("ifsc"), QStringLiteral("shop_type"), QStringLiteral("aadhar")},
                 &invalid);
    if (!invalid.contains(QStringLiteral("ifsc")) && !validate::ifsc(p.text(QStringLiteral("ifsc"))).valid) {
        invalid.insert(QStringLiteral("ifsc"), QStringLiteral("Invalid IFSC"));
    }
    if (!invalid.contains(QStringLiteral("aadhar"))) {
        ValidationResult a = aadhaar::validateAadhaar(p.text(QStringLiteral("aadhar")));
        if (!a.valid) {
            invalid.insert(QStringLiteral("aadhar"), QStringLiteral("Invalid Aadhaar number"));
        }
        secureWipe(a.normalized);
    }
    QList<MultipartPart> parts;
    parseMultipart(call.request.header("content-type"), call.request.body, &parts);
    for (const char* file : {"pan_card", "aadhar_front", "aadhar_back"}) {
        const QString name = QLatin1String(file);
        const auto part
            = std::find_if(parts.cbegin(), parts.cend(), [&](const MultipartPart& mp) { return mp.name == name; });
        if (part == parts.cend() || part->body.isEmpty()) {
            invalid.insert(name, QStringLiteral("Please upload the document"));
        } else if (part->body.size() >= 1024 * 1024) {
            invalid.insert(name, QStringLiteral("File size must be less than 1 MB"));
        } else if (const DocumentKind kind = sniffDocument(part->body);
                   kind != DocumentKind::Jpeg && kind != DocumentKind::Pdf) {
            invalid.insert(name, QStringLiteral("Only JPEG, JPG or PDF files are allowed"));
        }
    }
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    for (const QString& key : {QStringLiteral("office_address"), QStringLiteral("address_as_per_proof")}) {
        const QString problem = addressProblem(p.value(key), true);
        if (!problem.isEmpty()) {
            return envelope::failure(
                1258, QStringLiteral("Aeps Registration Fail"),
                QJsonObject {{QStringLiteral("reason"), QString(key + QStringLiteral(": ") + problem)}});
        }
    }
    const auto it = agent->services.constFind(43);
    if (it != agent->services.constEnd() && it->status != ServiceStatus::Deactivated) {
        return envelope::failure(1295, QStringLiteral("Service already exists"), serviceJson(agent->userCode, *it));
    }
    m_ctx.agents.requestService(*agent, 43, m_ctx.nowMs());
    return envelope::success(1259, QStringLiteral("AePS Registration Successful"),
                             serviceJson(agent->userCode, agent->services.value(43)));
}

SandboxReply AgentRoutes::services(const RouteCall& call)
{
    SandboxReply error;
    Agent* agent = m_ctx.resolveAgent(call.params, &error);
    return agent ? servicesOf(*agent) : error;
}

SandboxReply AgentRoutes::servicesClassic(const RouteCall& call)
{
    SandboxReply error;
    Agent* agent = pathAgent(call, &error); // the user_code is in the path: /v1/user/services/user_code:{uc}
    return agent ? servicesOf(*agent) : error;
}

SandboxReply AgentRoutes::servicesOf(const Agent& agent)
{
    QJsonArray list;
    for (const ServiceState& s : agent.services) {
        list.append(QJsonObject {
            {QStringLiteral("service_code"), QString::number(s.code)},
            {QStringLiteral("status"), static_cast<int>(s.status)},
            {QStringLiteral("status_desc"), statusDesc(s.status)},
            {QStringLiteral("verification_status"), s.status == ServiceStatus::Activated ? 1 : 3},
            {QStringLiteral("comments"), QString()},
            {QStringLiteral("createdAt"), isoTime(s.createdMs)},
            {QStringLiteral("updatedAt"), isoTime(s.updatedMs)},
        });
    }
    return envelope::success(
        1299, QStringLiteral("Success"),
        QJsonObject {{QStringLiteral("user_code"), agent.userCode}, {QStringLiteral("service_status_list"), list}});
}

SandboxReply AgentRoutes::lookupList(const RouteCall& call, int responseTypeId, const QJsonArray& list)
{
    SandboxReply error;
    if (!checkInitiator(call, &error)) {
        return error;
    }
    QJsonObject o
        = QJsonDocument::fromJson(envelope::success(responseTypeId, QStringLiteral("Success"), {}).body).object();
    o[QStringLiteral("param_attributes")] = QJsonObject {{QStringLiteral("list_elements"), list}};
    return envelope::json(o);
}

SandboxReply AgentRoutes::banks(const RouteCall& call)
{
    SandboxReply error;
    if (!checkInitiator(call, &error)) {
        return error;
    }
    QJsonArray list;
    for (const fixtures::Bank& b : fixtures::banks()) {
        list.append(QJsonObject {{QStringLiteral("bank_id"), QString::number(b.bankId)},
                                 {QStringLiteral("name"), b.name},
                                 {QStringLiteral("code"), b.code},
                                 {QStringLiteral("ifsc_prefix"), b.ifscPrefix}});
    }
    return envelope::success(466, QStringLiteral("Bank details found"), QJsonObject {{QStringLiteral("list"), list}});
}

SandboxReply AgentRoutes::balance(const RouteCall& call)
{
    SandboxReply error;
    if (!checkInitiator(call, &error)) {
        return error;
    }
    Agent* agent = m_ctx.agents.findByMobile(call.params.text(QStringLiteral("customer_id")));
    if (!agent) {
        return envelope::failure(463, QStringLiteral("User not found"));
    }
    return envelope::success(1, QStringLiteral("SUCCESS"),
                             QJsonObject {{QStringLiteral("balance"), envelope::amountText(agent->wallet)},
                                          {QStringLiteral("currency"), QStringLiteral("INR")},
                                          {QStringLiteral("customer_id"), agent->mobile},
                                          {QStringLiteral("last_used_okekey"), QStringLiteral("0")}});
}

} // namespace saathi::sandbox
