// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "crypto/EkoPublicKeys.h"
#include "util/Error.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <QUrl>

namespace saathi::eko {

enum class BodyEncoding { None, Json, Form, Multipart };

// Eko's two DMT rails (reference §7): classic v2 form-urlencoded (operations dmt.*) and DMT-Fino v3 JSON
// (dmt_fino.*). The catalogue names one per environment ("dmt_rail"); DMT-Fino when it says nothing.
enum class DmtRail { Classic, Fino };
QString dmtRailName(DmtRail rail); // "classic" | "dmt-fino"
bool parseDmtRail(const QString& name, DmtRail* out);

// One Eko operation as the catalogue describes it: how to reach it and how to encode its body.
struct Endpoint
{
    QString name;
    QByteArray method;
    QString version; // "v1" | "v2" | "v3": the version segment after the base URL
    QString pathTemplate;
    BodyEncoding body = BodyEncoding::Json;
    bool moneyMoving = false; // never retried automatically; unknown outcomes are inquired
    QStringList requestHashFields; // fields hashed after the timestamp, in order (empty: no request_hash)
};

// Eko's paths are mid-migration (reference §1.2), so paths, methods and encodings live in a JSON catalogue that an
// integrator can replace without recompiling. The built-in one is resources/eko/endpoints.json.
class EndpointCatalogue
{
public:
    static Result<EndpointCatalogue> builtIn();
    static Result<EndpointCatalogue> fromFile(const QString& path);
    static Result<EndpointCatalogue> fromJson(const QByteArray& json);

    const Endpoint* find(const QString& operation) const;
    QStringList operations() const { return m_endpoints.keys(); }
    QUrl baseUrl(EkoEnvironment env) const { return m_baseUrls.value(env); }
    // Product families answered on another base URL in `env` ("family_base_urls" in the catalogue, §1.1).
    QHash<QString, QUrl> familyBaseUrls(EkoEnvironment env) const { return m_familyBaseUrls.value(env); }
    // The environment's SPKI pins ("spki_pins": ≥ 2 base64 SHA-256, eko/SpkiPins.h); empty when it lists none.
    QList<QByteArray> spkiPins(EkoEnvironment env) const { return m_spkiPins.value(env); }
    // "dmt_fino.transfer" → "dmt_fino": the family an operation belongs to.
    static QString familyOf(const QString& operation) { return operation.section(QLatin1Char('.'), 0, 0); }
    // The DMT rail the environment uses; DMT-Fino when the catalogue does not say.
    DmtRail dmtRail(EkoEnvironment env) const { return m_dmtRails.value(env, DmtRail::Fino); }

    // base + "/" + version + path with {params} filled (percent-encoded), plus an optional query.
    // `encodedQuery` is already percent-encoded (key=value&…).
    static Result<QUrl> resolve(const Endpoint& endpoint, const QUrl& baseUrl, const QMap<QString, QString>& params,
                                const QString& encodedQuery = {});

private:
    QHash<QString, Endpoint> m_endpoints;
    QHash<EkoEnvironment, QUrl> m_baseUrls;
    QHash<EkoEnvironment, QHash<QString, QUrl>> m_familyBaseUrls;
    QHash<EkoEnvironment, DmtRail> m_dmtRails;
    QHash<EkoEnvironment, QList<QByteArray>> m_spkiPins;
};

} // namespace saathi::eko
