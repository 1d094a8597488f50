// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/EndpointCatalogue.h"

#include "core/eko/SpkiPins.h"
#include "core/eko/TransportPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace saathi::eko {

namespace {

Error catalogueError(const QString& detail)
{
    return Error {QStringLiteral("eko.bad_catalogue"),
                  QCoreApplication::translate("Eko", "The Eko endpoint catalogue is not valid: %1").arg(detail),
                  detail};
}

const QHash<QString, BodyEncoding>& encodingNames()
{
    static const QHash<QString, BodyEncoding> names = {{QStringLiteral("none"), BodyEncoding::None},
                                                       {QStringLiteral("json"), BodyEncoding::Json},
                                                       {QStringLiteral("form"), BodyEncoding::Form},
                                                       {QStringLiteral("multipart"), BodyEncoding::Multipart}};
    return names;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        out << v.toString();
    }
    return out;
}

// The per-operation field facts; an empty detail means they are sound.
QString parseFieldFacts(const QJsonObject& o, Endpoint* e)
{
    e->accepts = {e->body};
    if (const QJsonValue accepts = o.value(QStringLiteral("accepts")); !accepts.isUndefined()) {
        e->accepts.clear();
        for (const QString& name : stringList(accepts)) {
            BodyEncoding encoding;
            if (!parseBodyEncoding(name, &encoding)) {
                return QStringLiteral("unknown encoding '%1' in accepts").arg(name);
            }
            e->accepts << encoding;
        }
        if (!e->accepts.contains(e->body)) {
            return QStringLiteral("accepts must include its body encoding");
        }
    }
    const QString aadhar = o.value(QStringLiteral("aadhar")).toString();
    if (aadhar == QLatin1String("rsa")) {
        e->aadhaar = AadhaarForm::Rsa;
    } else if (aadhar == QLatin1String("plain")) {
        e->aadhaar = AadhaarForm::Plain;
    } else if (!aadhar.isEmpty()) {
        return QStringLiteral("aadhar is 'rsa' or 'plain', not '%1'").arg(aadhar);
    }
    e->required = stringList(o.value(QStringLiteral("required")));
    e->optional = stringList(o.value(QStringLiteral("optional")));
    for (const QJsonValue& group : o.value(QStringLiteral("one_of")).toArray()) {
        const QStringList members = stringList(group);
        for (const QString& field : members) {
            if (!e->optional.contains(field)) {
                return QStringLiteral("one_of field '%1' is not optional").arg(field);
            }
        }
        if (members.size() < 2) {
            return QStringLiteral("a one_of group names two fields or more");
        }
        e->oneOf << members;
    }
    for (const QString& field : e->required) {
        if (field.isEmpty() || e->optional.contains(field)) {
            return QStringLiteral("field '%1' is both required and optional, or empty").arg(field);
        }
    }
    if (e->aadhaar != AadhaarForm::None && !e->listsField(QStringLiteral("aadhar")) && e->describesFields()) {
        return QStringLiteral("aadhar form given but the field is not listed");
    }
    return QString();
}

QString parseSwitches(const QJsonObject& o, CatalogueSwitches* out)
{
    if (const QJsonValue v = o.value(QStringLiteral("merchant_auth_per_withdrawal")); !v.isUndefined()) {
        if (!v.isBool()) {
            return QStringLiteral("merchant_auth_per_withdrawal is true or false");
        }
        out->merchantAuthPerWithdrawal = v.toBool();
    }
    const QString field
        = o.value(QStringLiteral("merchant_auth_reference_field")).toString(QStringLiteral("reference_id"));
    if (field != QLatin1String("reference_id") && field != QLatin1String("reference_tid")) {
        return QStringLiteral("merchant_auth_reference_field is reference_id or reference_tid");
    }
    out->merchantAuthReferenceField = field;
    const QString pay = o.value(QStringLiteral("aadhaar_pay")).toString(QStringLiteral("v2_aeps"));
    if (pay == QLatin1String("v2_aeps")) {
        out->aadhaarPay = AadhaarPayRoute::V2Aeps;
    } else if (pay == QLatin1String("off")) {
        out->aadhaarPay = AadhaarPayRoute::Off;
    } else {
        return QStringLiteral("aadhaar_pay is v2_aeps or off, not '%1'").arg(pay);
    }
    return QString();
}

} // namespace

QString bodyEncodingName(BodyEncoding encoding)
{
    return encodingNames().key(encoding);
}

bool parseBodyEncoding(const QString& name, BodyEncoding* out)
{
    const auto it = encodingNames().constFind(name);
    if (it == encodingNames().constEnd()) {
        return false;
    }
    *out = it.value();
    return true;
}

QString dmtRailName(DmtRail rail)
{
    return rail == DmtRail::Classic ? QStringLiteral("classic") : QStringLiteral("dmt-fino");
}

bool parseDmtRail(const QString& name, DmtRail* out)
{
    if (name == QLatin1String("classic")) {
        *out = DmtRail::Classic;
        return true;
    }
    if (name == QLatin1String("dmt-fino")) {
        *out = DmtRail::Fino;
        return true;
    }
    return false;
}

Result<EndpointCatalogue> EndpointCatalogue::builtIn()
{
    return fromFile(QStringLiteral(":/saathi/eko/endpoints.json"));
}

Result<EndpointCatalogue> EndpointCatalogue::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {QStringLiteral("eko.catalogue_unreadable"),
                      QCoreApplication::translate("Eko", "Cannot read the Eko endpoint catalogue %1.").arg(path),
                      file.errorString()};
    }
    return fromJson(file.read(1024 * 1024));
}

Result<EndpointCatalogue> EndpointCatalogue::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return catalogueError(parseError.errorString());
    }
    const QJsonObject root = doc.object();
    EndpointCatalogue catalogue;
    const QJsonObject envs = root.value(QStringLiteral("environments")).toObject();
    for (auto it = envs.begin(); it != envs.end(); ++it) {
        EkoEnvironment env;
        if (!parseEnvironment(it.key(), &env)) {
            return catalogueError(QStringLiteral("unknown environment '%1'").arg(it.key()));
        }
        const QJsonObject envObject = it.value().toObject();
        const QString base = envObject.value(QStringLiteral("base_url")).toString();
        if (!base.isEmpty() && !checkTransport(QUrl(base), PlainHttp::Refused).isNull()) {
            return catalogueError(
                QStringLiteral("environment '%1' needs an https:// base_url, not '%2'").arg(it.key(), base));
        }
        catalogue.m_baseUrls.insert(env, QUrl(base));
        const QJsonObject families = envObject.value(QStringLiteral("family_base_urls")).toObject();
        for (auto family = families.begin(); family != families.end(); ++family) {
            const QUrl url(family.value().toString());
            if (!checkTransport(url, PlainHttp::Refused).isNull()) {
                // Plain HTTP would hand the signed headers and the encrypted Aadhaar to anyone on the way.
                return catalogueError(
                    QStringLiteral("environment '%1': family '%2' needs an https:// base URL, not '%3'")
                        .arg(it.key(), family.key(), family.value().toString()));
            }
            catalogue.m_familyBaseUrls[env].insert(family.key(), url);
        }
        if (const QJsonValue pins = envObject.value(QStringLiteral("spki_pins")); !pins.isUndefined()) {
            const auto parsed = parsePins(pins);
            if (!parsed) {
                return catalogueError(QStringLiteral("environment '%1': %2").arg(it.key(), parsed.error().detail));
            }
            catalogue.m_spkiPins.insert(env, parsed.value());
        }
        const QJsonValue rail = envObject.value(QStringLiteral("dmt_rail"));
        if (!rail.isUndefined()) {
            DmtRail parsed;
            if (!parseDmtRail(rail.toString(), &parsed)) {
                return catalogueError(QStringLiteral("environment '%1' has dmt_rail '%2' (classic or dmt-fino)")
                                          .arg(it.key(), rail.toVariant().toString()));
            }
            catalogue.m_dmtRails.insert(env, parsed);
        }
    }
    if (const QString detail = parseSwitches(root.value(QStringLiteral("switches")).toObject(), &catalogue.m_switches);
        !detail.isEmpty()) {
        return catalogueError(detail);
    }
    const QJsonObject ops = root.value(QStringLiteral("operations")).toObject();
    if (ops.isEmpty()) {
        return catalogueError(QStringLiteral("no operations"));
    }
    static const QRegularExpression versionRe(QStringLiteral("^v[0-9]+$"));
    for (auto it = ops.begin(); it != ops.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Endpoint e;
        e.name = it.key();
        e.method = o.value(QStringLiteral("method")).toString().toUpper().toLatin1();
        e.version = o.value(QStringLiteral("version")).toString();
        e.pathTemplate = o.value(QStringLiteral("path")).toString();
        e.moneyMoving = o.value(QStringLiteral("money")).toBool(false);
        for (const QJsonValue& f : o.value(QStringLiteral("request_hash")).toArray()) {
            e.requestHashFields << f.toString();
        }
        if (e.method.isEmpty() || !e.pathTemplate.startsWith(QLatin1Char('/')) || !versionRe.match(e.version).hasMatch()
            || !parseBodyEncoding(o.value(QStringLiteral("body")).toString(QStringLiteral("json")), &e.body)) {
            return catalogueError(QStringLiteral("operation '%1' needs method, version (vN), path (/…) and a known "
                                                 "body encoding")
                                      .arg(e.name));
        }
        if (const QString detail = parseFieldFacts(o, &e); !detail.isEmpty()) {
            return catalogueError(QStringLiteral("operation '%1': %2").arg(e.name, detail));
        }
        catalogue.m_endpoints.insert(e.name, e);
    }
    return catalogue;
}

const Endpoint* EndpointCatalogue::find(const QString& operation) const
{
    const auto it = m_endpoints.constFind(operation);
    return it == m_endpoints.constEnd() ? nullptr : &it.value();
}

Result<QUrl> EndpointCatalogue::resolve(const Endpoint& endpoint, const QUrl& baseUrl,
                                        const QMap<QString, QString>& params, const QString& encodedQuery)
{
    if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || baseUrl.host().isEmpty()) {
        return Error {QStringLiteral("eko.no_base_url"),
                      QCoreApplication::translate("Eko",
                                                  "No Eko server address is set for this environment. Choose "
                                                  "the environment in Settings."),
                      baseUrl.toString()};
    }
    QString path = endpoint.pathTemplate;
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    auto it = placeholder.globalMatch(endpoint.pathTemplate);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString value = params.value(m.captured(1));
        if (value.isEmpty()) {
            return Error {QStringLiteral("eko.missing_path_param"),
                          QCoreApplication::translate("Eko", "A required value is missing for this request."),
                          QStringLiteral("%1 needs {%2}").arg(endpoint.name, m.captured(1))};
        }
        path.replace(m.captured(0), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    QString basePath = baseUrl.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    QUrl url = baseUrl;
    url.setPath(basePath + QLatin1Char('/') + endpoint.version + path, QUrl::TolerantMode);
    if (!encodedQuery.isEmpty()) {
        url.setQuery(encodedQuery, QUrl::TolerantMode);
    }
    return url;
}

} // namespace saathi::eko
