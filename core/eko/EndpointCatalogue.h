// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/util/Error.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <QUrl>

namespace saathi::eko {

enum class BodyEncoding { None, Json, Form, Multipart };
QString bodyEncodingName(BodyEncoding encoding); // "none" | "json" | "form" | "multipart"
bool parseBodyEncoding(const QString& name, BodyEncoding* out);

// How an operation carries an Aadhaar number in `aadhar` (reference §2.4): RSA PKCS#1 v1.5 + base64, or the 12 digits
// as they are (AePS activation, DMT-Fino sender eKYC).
enum class AadhaarForm { None, Rsa, Plain };

// Aadhaar Pay (reference §6.8): only the legacy /v2/aeps route (service_type 5) is documented, and Eko's current
// offering may not include it.
enum class AadhaarPayRoute { V2Aeps, Off };

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
    // What Eko takes (the sandbox refuses anything else with 415); `body` is always one of them.
    QList<BodyEncoding> accepts;
    AadhaarForm aadhaar = AadhaarForm::None;
    // Body (or query) fields, path parameters excluded. The client sends only these, and refuses to send without a
    // required one; the sandbox answers 97 for a missing required one. Both empty: not described, sent as built.
    QStringList required;
    QStringList optional;
    // Groups of optional fields of which at least one must be sent (classic transfer: latlong or
    // merchant_document_id, reference §7.1).
    QList<QStringList> oneOf;

    bool describesFields() const { return !required.isEmpty() || !optional.isEmpty(); }
    bool listsField(const QString& field) const { return required.contains(field) || optional.contains(field); }
};

// Catalogue-wide switches for what Eko has not settled (README "Endpoint catalogue").
struct CatalogueSwitches
{
    // §6.6: a biometric merchant authentication before every cash withdrawal, its id passed in the withdrawal.
    bool merchantAuthPerWithdrawal = false;
    QString merchantAuthReferenceField = QStringLiteral("reference_id"); // or "reference_tid" (contradiction 14)
    AadhaarPayRoute aadhaarPay = AadhaarPayRoute::V2Aeps;
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
    const CatalogueSwitches& switches() const { return m_switches; }

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
    CatalogueSwitches m_switches;
};

} // namespace saathi::eko
