// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EndpointCatalogue.h"
#include "sandbox/eko/SandboxContext.h"

#include <QList>
#include <QRegularExpression>

namespace saathi::sandbox {

// How a route takes its fields, as the catalogue names encodings: None is the query string of a GET (a body is
// tolerated, as Eko tolerates one on GET /v1/aeps/otp); Multipart's `form-data` part holds the fields' JSON.
using BodyKind = eko::BodyEncoding;

// Eko's gateway in front of its API, in Eko's order (reference §17.1): developer_key missing → 402, unknown → 403,
// secret-key or timestamp bad → 403, unknown path → 404, wrong method → 405, wrong Content-Type → 415; then
// transport faults, the route's handler, and the faults that act on the answer.
class SandboxRouter
{
public:
    explicit SandboxRouter(SandboxContext& context);

    // `pattern` matches the path after /ekoapi or /ekoicici (e.g. "/v3/tools/reference/banks").
    void add(const QByteArray& method, const QString& pattern, const QString& name, BodyKind body, RouteHandler handler,
             bool financial = false);
    // Control routes live outside the Eko roots and skip authentication (loopback only).
    void addControl(const QByteArray& method, const QString& path, RouteHandler handler);

    SandboxReply dispatch(const SandboxRequest& request, QString* routeName);

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        QString name;
        BodyKind body = BodyKind::None;
        bool financial = false;
        RouteHandler handler;
    };

    bool authenticate(const SandboxRequest& request, SandboxReply* rejection) const;
    bool parseBody(const Route& route, const eko::Endpoint* contract, const SandboxRequest& request,
                   RequestParams* params, SandboxReply* rejection) const;
    // The encodings a request may use: the catalogued operation's "accepts", or the route's own kind.
    QList<BodyKind> acceptedKinds(const Route& route, const eko::Endpoint* contract) const;
    // security.md A3: the name of the place where a plain Aadhaar number was found, or empty.
    static QString plainAadhaarLocation(const SandboxRequest& request, const RequestParams& params);
    std::optional<Fault> transportFault(const Route& route, const RequestParams& params);

    SandboxContext& m_ctx;
    QList<Route> m_routes;
    QList<Route> m_control;
};

} // namespace saathi::sandbox
