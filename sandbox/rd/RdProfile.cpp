// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RdProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE must not be used inside a namespace.
static void initProfilesResource()
{
    Q_INIT_RESOURCE(saathi_sandbox_rd_profiles);
}

namespace saathi::sandbox::rd {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const auto& v : array) {
        out << v.toString();
    }
    return out;
}

RdProfile fromJson(const QJsonObject& o)
{
    auto s = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    auto b = [&o](const char* key) { return o.value(QLatin1String(key)).toBool(); };
    RdProfile p;
    p.name = s("name");
    p.label = s("label");
    p.info = s("info");
    p.capturePath = s("capturePath");
    p.deviceInfoPath = s("deviceInfoPath");
    p.interfaceOrder = strings(o.value(QLatin1String("interfaceOrder")));
    const QString quote = s("quote");
    p.quote = quote == QLatin1String("'") ? QLatin1Char('\'') : QLatin1Char('"');
    p.prolog = s("prolog");
    p.pretty = b("pretty");
    p.sortAttributes = b("sortAttributes");
    p.rootNamespaces = b("rootNamespaces");
    p.respTs = b("respTs");
    p.getAnswers405 = b("getAnswers405");
    p.dpId = s("dpId");
    p.rdsId = s("rdsId");
    p.rdsVer = s("rdsVer");
    p.mi = s("mi");
    p.dc = s("dc");
    const QJsonArray params = o.value(QLatin1String("params")).toArray();
    for (const auto& pair : params) {
        const QJsonArray kv = pair.toArray();
        p.params.append({kv.at(0).toString(), kv.at(1).toString()});
    }
    p.pidOrder = strings(o.value(QLatin1String("pidOrder")));
    p.successErrInfo = s("successErrInfo");
    p.envAllowed = strings(o.value(QLatin1String("envAllowed")));
    p.envRequired = b("envRequired");
    p.maxFType = o.value(QLatin1String("maxFType")).toInt(2);
    p.qScore = s("qScore");
    p.nmPoints = s("nmPoints");
    p.certDays = o.value(QLatin1String("certDays")).toInt(30);
    return p;
}

QList<RdProfile> load()
{
    initProfilesResource();
    QFile file(QStringLiteral(":/saathi/sandbox/rd/profiles.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<RdProfile> out;
    const QJsonArray array
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("profiles")).toArray();
    for (const auto& v : array) {
        out.append(fromJson(v.toObject()));
    }
    return out;
}

} // namespace

QString RdProfile::serial() const
{
    for (const auto& p : params) {
        if (p.first == QLatin1String("srno") || p.first == QLatin1String("serial_number")) {
            return p.second;
        }
    }
    return {};
}

const QList<RdProfile>& builtInProfiles()
{
    static const QList<RdProfile> profiles = load();
    return profiles;
}

const RdProfile* findProfile(const QString& name)
{
    for (const auto& p : builtInProfiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &p;
        }
    }
    return nullptr;
}

QStringList profileNames()
{
    QStringList names;
    for (const auto& p : builtInProfiles()) {
        names << p.name;
    }
    return names;
}

} // namespace saathi::sandbox::rd
