// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "eko/EndpointCatalogue.h"

#include "eko/SpkiPins.h"
#include "eko/TransportPolicy.h"

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

bool parseEncoding(const QString& text, BodyEncoding* out)
{
    static const QHash<QString, BodyEncoding> names = {{QStringLiteral("none"), BodyEncoding::None},
                                                       {QStringLiteral("json"), BodyEncoding::Json},
                                                       {QStringLiteral("form"), BodyEncoding::Form},
                                                       {QStringLiteral("multipart"), BodyEncoding::Multipart}};
    if (!names.contains(text)) {
        return false;
    }
    *out = names.value(text);
    return true;
}

} // namespace

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
            || !parseEncoding(o.value(QStringLiteral("body")).toString(QStringLiteral("json")), &e.body)) {
            return catalogueError(QStringLiteral("operation '%1' needs method, version (vN), path (/…) and a known "
                                                 "body encoding")
                                      .arg(e.name));
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
