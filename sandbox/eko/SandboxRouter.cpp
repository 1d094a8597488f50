// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SandboxRouter.h"

#include "core/crypto/EkoSigner.h"
#include "core/validation/AadhaarNumber.h"
#include "sandbox/eko/Envelope.h"
#include "sandbox/eko/FaultEffects.h"
#include "sandbox/eko/Multipart.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace saathi::sandbox {

namespace {

const QString kNoMapping = QStringLiteral("No mapping rule matched");

QString stripRoot(const QString& path)
{
    for (const QLatin1String root : {QLatin1String("/ekoapi"), QLatin1String("/ekoicici")}) {
        if (path.startsWith(root + QLatin1Char('/'))) {
            return path.mid(root.size());
        }
    }
    return QString();
}

bool containsAadhaar(const QString& text)
{
    static const QRegularExpression run(QStringLiteral("(?<![0-9])[2-9][0-9]{3}[ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])"));
    auto it = run.globalMatch(text);
    while (it.hasNext()) {
        ValidationResult check = aadhaar::validateAadhaar(it.next().captured(0));
        secureWipe(check.normalized);
        if (check.valid) {
            return true;
        }
    }
    return false;
}

bool valueContainsAadhaar(const QJsonValue& v)
{
    if (v.isString()) {
        return containsAadhaar(v.toString());
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        return std::any_of(o.begin(), o.end(), [](const QJsonValue& x) { return valueContainsAadhaar(x); });
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(), [](const QJsonValue& x) { return valueContainsAadhaar(x); });
    }
    return false;
}

} // namespace

QString SandboxRouter::plainAadhaarLocation(const SandboxRequest& request, const RequestParams& params)
{
    if (containsAadhaar(request.path) || containsAadhaar(request.query.toString(QUrl::FullyDecoded))) {
        return QStringLiteral("url");
    }
    for (const auto& [name, value] : request.headers) {
        if (containsAadhaar(QString::fromLatin1(value))) {
            return QStringLiteral("header ") + QString::fromLatin1(name);
        }
    }
    for (const QString& name : params.names()) {
        // `account` is a bank account number, which may look like an Aadhaar number by chance.
        if (name != QLatin1String("aadhar") && name != QLatin1String("piddata") && name != QLatin1String("account")
            && valueContainsAadhaar(params.value(name))) {
            return name;
        }
    }
    return QString();
}

SandboxRouter::SandboxRouter(SandboxContext& context)
    : m_ctx(context)
{
}

void SandboxRouter::add(const QByteArray& method, const QString& pattern, const QString& name, BodyKind body,
                        RouteHandler handler, bool financial)
{
    m_routes.append({method, QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')), name, body, financial,
                     std::move(handler)});
}

void SandboxRouter::addControl(const QByteArray& method, const QString& path, RouteHandler handler)
{
    m_control.append({method,
                      QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(path) + QLatin1Char('$')), path,
                      BodyKind::Json, false, std::move(handler)});
}

bool SandboxRouter::authenticate(const SandboxRequest& request, SandboxReply* rejection) const
{
    if (!request.hasHeader("developer_key") || request.header("developer_key").trimmed().isEmpty()) {
        *rejection = envelope::gateway(402, QStringLiteral("Authentication parameters missing"));
        return false;
    }
    if (QString::fromLatin1(request.header("developer_key").trimmed()) != m_ctx.config.partner.developerKey) {
        *rejection = envelope::gateway(403, QStringLiteral("Authentication failed"));
        return false;
    }
    const QByteArray tsText = request.header("secret-key-timestamp").trimmed();
    const QByteArray secret = request.header("secret-key").trimmed();
    bool ok = false;
    const qint64 ts = tsText.toLongLong(&ok);
    if (secret.isEmpty() || !ok || ts <= 0 || qAbs(ts - m_ctx.nowMs()) > m_ctx.config.skewWindowMs
        || secret != EkoSigner::secretKey(m_ctx.config.partner.accessKey, ts)) {
        *rejection = envelope::gateway(403, QStringLiteral("Authentication failed"));
        return false;
    }
    return true;
}

QList<BodyKind> SandboxRouter::acceptedKinds(const Route& route, const eko::Endpoint* contract) const
{
    if (!contract) {
        if (route.body == BodyKind::Json && m_ctx.config.acceptFormOnJsonRoutes) {
            return {BodyKind::Json, BodyKind::Form};
        }
        return {route.body};
    }
    QList<BodyKind> kinds = contract->accepts;
    // Strict mode holds JSON routes to JSON alone, whatever Eko is reported to take.
    if (!m_ctx.config.acceptFormOnJsonRoutes && kinds.contains(BodyKind::Json)) {
        kinds.removeAll(BodyKind::Form);
    }
    return kinds;
}

bool SandboxRouter::parseBody(const Route& route, const eko::Endpoint* contract, const SandboxRequest& request,
                              RequestParams* params, SandboxReply* rejection) const
{
    const QByteArray media = request.mediaType();
    const bool isJson = media == "application/json";
    const bool isForm = media == "application/x-www-form-urlencoded";
    auto unsupported = [&] {
        *rejection = envelope::gateway(415, QStringLiteral("Unsupported Media Type"));
        return false;
    };
    auto parseJson = [&](const QByteArray& bytes) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (!doc.isObject()) {
            *rejection = envelope::invalidParams({{QStringLiteral("body"), QStringLiteral("Malformed JSON")}});
            return false;
        }
        *params = RequestParams::fromJson(doc.object());
        return true;
    };
    const QList<BodyKind> kinds = acceptedKinds(route, contract);
    if (kinds.contains(BodyKind::None)) {
        // GET: the query string (a body is tolerated, as Eko tolerates one on GET /v1/aeps/otp)
        *params = isForm ? RequestParams::fromForm(request.body) : RequestParams();
        if (isJson && !request.body.trimmed().isEmpty() && !parseJson(request.body)) {
            return false;
        }
    } else if (isJson && kinds.contains(BodyKind::Json)) {
        if (!parseJson(request.body)) {
            return false;
        }
    } else if (isForm && kinds.contains(BodyKind::Form)) {
        *params = RequestParams::fromForm(request.body);
    } else if (media == "multipart/form-data" && kinds.contains(BodyKind::Multipart)) {
        QList<MultipartPart> parts;
        if (!parseMultipart(request.header("content-type"), request.body, &parts)) {
            *rejection = envelope::invalidParams({{QStringLiteral("form-data"), QStringLiteral("Malformed body")}});
            return false;
        }
        QByteArray json;
        for (const MultipartPart& part : parts) {
            if (part.name == QLatin1String("form-data") && part.fileName.isEmpty()) {
                json = part.body;
            }
        }
        if (json.isEmpty()) {
            *rejection = envelope::invalidParams(
                {{QStringLiteral("form-data"), QStringLiteral("Please provide the value of the field")}});
            return false;
        }
        if (!parseJson(json)) {
            return false;
        }
    } else {
        return unsupported();
    }
    params->mergeQuery(request);
    return true;
}

std::optional<Fault> SandboxRouter::transportFault(const Route& route, const RequestParams& params)
{
    if (auto armed = m_ctx.faults.take(route.name, route.financial, &FaultPlan::isTransportFault)) {
        return armed;
    }
    if (m_ctx.config.magicAmounts && route.name == QLatin1String("cash-withdrawal")) {
        Paise amount;
        if (Paise::parseWire(params.text(QStringLiteral("amount")), &amount)) {
            const auto magic = FaultPlan::forMagicAmount(amount);
            if (magic && FaultPlan::isTransportFault(*magic)) {
                return magic;
            }
        }
    }
    return std::nullopt;
}

SandboxReply SandboxRouter::dispatch(const SandboxRequest& request, QString* routeName)
{
    for (const Route& control : m_control) {
        if (control.pattern.match(request.path).hasMatch()) {
            if (control.method != request.method) {
                return envelope::gateway(405, QStringLiteral("Method Not Allowed"));
            }
            *routeName = control.name;
            RequestParams params;
            if (!request.body.trimmed().isEmpty()) {
                params = RequestParams::fromJson(QJsonDocument::fromJson(request.body).object());
            }
            params.mergeQuery(request);
            return control.handler(RouteCall {request, params, {}, control.name, false, nullptr});
        }
    }
    SandboxReply rejection;
    if (!authenticate(request, &rejection)) {
        return rejection;
    }
    const QString path = stripRoot(request.path);
    const Route* found = nullptr;
    bool pathKnown = false;
    QStringList captures;
    for (const Route& route : m_routes) {
        const auto m = route.pattern.match(path);
        if (path.isEmpty() || !m.hasMatch()) {
            continue;
        }
        pathKnown = true;
        if (route.method == request.method) {
            found = &route;
            captures = m.capturedTexts().mid(1);
            break;
        }
    }
    if (!pathKnown) {
        return envelope::gateway(404, kNoMapping);
    }
    if (!found) {
        return envelope::gateway(405, QStringLiteral("Method Not Allowed"));
    }
    *routeName = found->name;
    const eko::Endpoint* contract = m_ctx.contracts.match(request.method, path);
    RequestParams params;
    if (!parseBody(*found, contract, request, &params, &rejection)) {
        return rejection;
    }
    if (contract) {
        // Eko's validation answer names every absent field at once (reference §3.1). Empty values go on to the
        // route, which knows Eko's answer to them (an empty latlong on activation is an HTTP 500, B1).
        QMap<QString, QString> missing;
        for (const QString& field : contract->required) {
            if (!params.has(field)) {
                missing.insert(field, QStringLiteral("Please provide the value of the field"));
            }
        }
        for (const QStringList& group : contract->oneOf) {
            if (std::none_of(group.begin(), group.end(), [&params](const QString& f) { return params.has(f); })) {
                missing.insert(group.first(),
                               QStringLiteral("Please provide %1").arg(group.join(QStringLiteral(" or "))));
            }
        }
        if (!missing.isEmpty()) {
            return envelope::invalidParams(missing);
        }
    }
    if (m_ctx.config.rejectPlainAadhaar) {
        const QString where = plainAadhaarLocation(request, params);
        if (!where.isEmpty()) {
            qCWarning(lcSandboxEko).noquote() << "plain Aadhaar number in" << where << "of" << found->name;
            return envelope::invalidParams(
                {{where, QStringLiteral("An Aadhaar number may only be sent encrypted, in the aadhar field")}});
        }
    }
    const auto fault = transportFault(*found, params);
    if (fault && !FaultPlan::actsAfterProcessing(*fault)) {
        return faultReplyBefore(*fault);
    }
    SandboxReply reply = found->handler(RouteCall {request, params, captures, found->name, found->financial, contract});
    if (m_ctx.config.okeyKeySuffix && reply.ekoStatus == 0) {
        QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        o[QStringLiteral("message")]
            = QString(o.value(QStringLiteral("message")).toString() + QStringLiteral(" Last_used_OkeyKey: 203"));
        reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return fault ? applyFaultAfter(*fault, reply, m_ctx.config.slowResponseMs) : reply;
}

} // namespace saathi::sandbox
