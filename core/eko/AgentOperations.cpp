// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/AgentOperations.h"

#include "core/eko/EkoClient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace saathi::eko {

QJsonObject Address::toJson() const
{
    QJsonObject o {{QStringLiteral("line"), line},
                   {QStringLiteral("city"), city},
                   {QStringLiteral("state"), state},
                   {QStringLiteral("pincode"), pincode}};
    if (!district.isEmpty()) {
        o.insert(QStringLiteral("district"), district);
    }
    if (!stateId.isEmpty()) {
        o.insert(QStringLiteral("state_id"), stateId);
    }
    return o;
}

Error checkActivationDocument(const FilePart& document)
{
    const QByteArray& c = document.content;
    const bool jpeg = c.startsWith("\xFF\xD8\xFF");
    const bool pdf = c.startsWith("%PDF-");
    if (c.startsWith("\x89PNG")) {
        return Error {QStringLiteral("aeps.document_png"),
                      QCoreApplication::translate("Eko",
                                                  "Eko does not accept PNG files. Save the document as JPEG or "
                                                  "PDF and choose it again."),
                      document.fieldName};
    }
    if (!jpeg && !pdf) {
        return Error {QStringLiteral("aeps.document_type"),
                      QCoreApplication::translate("Eko", "The document must be a JPEG photo or a PDF."),
                      document.fieldName};
    }
    if (c.size() >= 1024 * 1024) {
        return Error {QStringLiteral("aeps.document_too_large"),
                      QCoreApplication::translate("Eko",
                                                  "The document must be smaller than 1 MB. Take a smaller photo "
                                                  "or scan at a lower resolution."),
                      document.fieldName};
    }
    return {};
}

EkoJob* AgentOperations::onboard(const AgentProfile& p)
{
    EkoRequest r;
    r.operation = QStringLiteral("agent.onboard");
    r.addUserCode = false; // the agent has no user_code yet: this call creates it
    r.fields = QJsonObject {{QStringLiteral("pan_number"), p.pan},
                            {QStringLiteral("mobile"), p.mobile},
                            {QStringLiteral("first_name"), p.firstName},
                            {QStringLiteral("middle_name"), p.middleName},
                            {QStringLiteral("last_name"), p.lastName},
                            {QStringLiteral("email"), p.email},
                            {QStringLiteral("residence_address"), p.residence.toJson()},
                            {QStringLiteral("dob"), p.dob},
                            {QStringLiteral("shop_name"), p.shopName}};
    return m_client.call(std::move(r));
}

EkoJob* AgentOperations::activateService(const QString& serviceCode)
{
    EkoRequest r;
    r.operation = QStringLiteral("agent.activate_service");
    r.pathParams = {{QStringLiteral("user_code"), m_client.config().credentials.userCode},
                    {QStringLiteral("service_code"), serviceCode}};
    r.fields.insert(QStringLiteral("latlong"), m_client.config().latLong);
    return m_client.call(std::move(r));
}

EkoJob* AgentOperations::deactivateService(const QString& serviceCode)
{
    EkoRequest r;
    r.operation = QStringLiteral("agent.deactivate_service");
    r.pathParams = {{QStringLiteral("user_code"), m_client.config().credentials.userCode},
                    {QStringLiteral("service_code"), serviceCode}};
    return m_client.call(std::move(r));
}

EkoJob* AgentOperations::activateAeps(const AepsActivation& a)
{
    EkoRequest r;
    r.operation = QStringLiteral("agent.activate_aeps");
    r.pathParams = {{QStringLiteral("user_code"), m_client.config().credentials.userCode}};
    r.fields = QJsonObject {{QStringLiteral("modelname"), a.modelName},
                            {QStringLiteral("devicenumber"), a.deviceNumber},
                            {QStringLiteral("account"), a.account},
                            {QStringLiteral("ifsc"), a.ifsc},
                            {QStringLiteral("shop_type"), a.shopType},
                            {QStringLiteral("aadhar"), a.aadhaarPlain},
                            {QStringLiteral("latlong"), m_client.config().latLong},
                            {QStringLiteral("office_address"), a.officeAddress.toJson()},
                            {QStringLiteral("address_as_per_proof"), a.addressAsPerProof.toJson()}};
    for (const FilePart& doc : a.documents) {
        const Error e = checkActivationDocument(doc);
        if (!e.isNull()) {
            return m_client.failBeforeSending(r.operation, e);
        }
    }
    r.files = a.documents;
    return m_client.call(std::move(r));
}

EkoJob* AgentOperations::services()
{
    EkoRequest r;
    r.operation = QStringLiteral("agent.services");
    // Going live checks the partner's keys before the agent has a user_code: then none is sent at all.
    r.addUserCode = !m_client.config().credentials.userCode.isEmpty();
    r.probe = !r.addUserCode; // the keys check before onboarding (CredentialsCheck)
    return m_client.call(std::move(r));
}

EkoJob* AgentOperations::states()
{
    EkoRequest r;
    r.operation = QStringLiteral("aeps.states");
    return m_client.call(std::move(r));
}

EkoJob* AgentOperations::mccCategories()
{
    EkoRequest r;
    r.operation = QStringLiteral("aeps.mcc_categories");
    return m_client.call(std::move(r));
}

EkoJob* AgentOperations::banks()
{
    EkoRequest r;
    r.operation = QStringLiteral("tools.banks");
    return m_client.call(std::move(r));
}

EkoJob* AgentOperations::walletBalance(const QString& agentMobile)
{
    EkoRequest r;
    r.operation = QStringLiteral("agent.wallet_balance");
    r.fields = QJsonObject {{QStringLiteral("customer_id_type"), QStringLiteral("mobile_number")},
                            {QStringLiteral("customer_id"),
                             agentMobile.isEmpty() ? m_client.config().credentials.initiatorId : agentMobile}};
    return m_client.call(std::move(r));
}

QList<ServiceStatus> AgentOperations::parseServices(const EkoEnvelope& envelope)
{
    QList<ServiceStatus> out;
    for (const QJsonValue& v : envelope.data.value(QStringLiteral("service_status_list")).toArray()) {
        const QJsonObject o = v.toObject();
        ServiceStatus s;
        s.serviceCode = EkoEnvelope::textOf(o, QStringLiteral("service_code"));
        if (s.serviceCode.isEmpty()) {
            continue;
        }
        s.status = EkoEnvelope::integerOf(o, QStringLiteral("status"), -1);
        s.statusDesc = EkoEnvelope::textOf(o, QStringLiteral("status_desc"));
        s.verificationStatus = EkoEnvelope::integerOf(o, QStringLiteral("verification_status"), 0);
        s.comments = EkoEnvelope::textOf(o, QStringLiteral("comments"));
        out.append(s);
    }
    return out;
}

QList<ListItem> AgentOperations::parseList(const EkoEnvelope& envelope)
{
    QList<ListItem> out;
    QJsonArray list = envelope.paramAttributes.value(QStringLiteral("list_elements")).toArray();
    if (list.isEmpty()) {
        list = envelope.data.value(QStringLiteral("list_elements")).toArray();
    }
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        ListItem item {EkoEnvelope::textOf(o, QStringLiteral("label")),
                       EkoEnvelope::textOf(o, QStringLiteral("value"))};
        if (!item.label.isEmpty()) {
            out.append(item);
        }
    }
    return out;
}

QList<Bank> AgentOperations::parseBanks(const EkoEnvelope& envelope)
{
    QList<Bank> out;
    QJsonArray list = envelope.data.value(QStringLiteral("list")).toArray();
    if (list.isEmpty()) {
        list = envelope.data.value(QStringLiteral("banks")).toArray();
    }
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        Bank b {EkoEnvelope::textOf(o, QStringLiteral("name")), EkoEnvelope::textOf(o, QStringLiteral("code")),
                EkoEnvelope::textOf(o, QStringLiteral("bank_id"))};
        if (b.code.isEmpty()) {
            b.code = EkoEnvelope::textOf(o, QStringLiteral("bank_code"));
        }
        if (!b.name.isEmpty() && !b.code.isEmpty()) {
            out.append(b);
        }
    }
    return out;
}

} // namespace saathi::eko
