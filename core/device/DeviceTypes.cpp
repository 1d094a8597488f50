// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/DeviceTypes.h"

#include <QRegularExpression>

#include <algorithm>

namespace saathi::device {

namespace {

int lowestNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    int lowest = -1;
    auto it = number.globalMatch(text);
    while (it.hasNext()) {
        bool ok = false;
        const int v = it.next().captured().toInt(&ok);
        if (ok && (lowest < 0 || v < lowest)) {
            lowest = v;
        }
    }
    return lowest;
}

QString vendorFromText(const QString& text)
{
    struct Known
    {
        const char* needle;
        const char* name;
    };
    static const Known known[]
        = {{"mantra", "Mantra"},   {"idemia", "IDEMIA"},      {"morpho", "Morpho"},   {"scpl", "Morpho"},
           {"startek", "Startek"}, {"acpl", "Startek"},       {"secugen", "SecuGen"}, {"precision", "Precision"},
           {"tatvik", "Tatvik"},   {"bioenable", "BioEnable"}};
    const QString lower = text.toLower();
    for (const auto& k : known) {
        if (lower.contains(QLatin1String(k.needle))) {
            return QString::fromLatin1(k.name);
        }
    }
    return {};
}

int statusRank(RdStatus status)
{
    switch (status) {
    case RdStatus::Ready:
        return 0;
    case RdStatus::Used:
        return 1;
    case RdStatus::NotReady:
        return 2;
    case RdStatus::Unknown:
        break;
    }
    return 3;
}

} // namespace

QString statusName(RdStatus status)
{
    switch (status) {
    case RdStatus::Ready:
        return QStringLiteral("READY");
    case RdStatus::Used:
        return QStringLiteral("USED");
    case RdStatus::NotReady:
        return QStringLiteral("NOTREADY");
    case RdStatus::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

RdStatus parseStatus(const QString& text)
{
    const QString s = text.trimmed().toUpper();
    if (s == QLatin1String("READY")) {
        return RdStatus::Ready;
    }
    if (s == QLatin1String("USED")) {
        return RdStatus::Used;
    }
    if (s == QLatin1String("NOTREADY") || s == QLatin1String("NOT READY")) {
        return RdStatus::NotReady;
    }
    return RdStatus::Unknown;
}

QString levelName(DeviceLevel level)
{
    switch (level) {
    case DeviceLevel::L0:
        return QStringLiteral("L0");
    case DeviceLevel::L1:
        return QStringLiteral("L1");
    case DeviceLevel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString DeviceInfo::param(const QString& name) const
{
    for (const auto& p : params) {
        if (p.first.compare(name, Qt::CaseInsensitive) == 0) {
            return p.second;
        }
    }
    return {};
}

QString DeviceInfo::vendor() const
{
    QString v = vendorFromText(dpId);
    return v.isEmpty() ? vendorFromText(rdsId) : v;
}

QString DeviceInfo::serial() const
{
    for (const char* name : {"srno", "serial_number", "serialno", "serial", "sno"}) {
        const QString v = param(QString::fromLatin1(name)).trimmed();
        if (!v.isEmpty()) {
            return v;
        }
    }
    return {};
}

DeviceLevel DeviceInfo::level() const
{
    const QString type = param(QStringLiteral("device_type")).trimmed().toUpper();
    if (type == QLatin1String("L1") || dpId.contains(QLatin1String("L1"), Qt::CaseInsensitive)
        || rdsId.startsWith(QLatin1String("RENESAS."), Qt::CaseInsensitive)
        || mi.toUpper().endsWith(QLatin1String("L1"))) {
        return DeviceLevel::L1;
    }
    if (type == QLatin1String("L0") || mi.toUpper().contains(QLatin1String("L0"))) {
        return DeviceLevel::L0;
    }
    return DeviceLevel::Unknown;
}

QJsonObject DeviceInfo::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("vendor")] = vendor();
    o[QStringLiteral("model")] = model();
    o[QStringLiteral("serial")] = serial();
    o[QStringLiteral("level")] = levelName(level());
    o[QStringLiteral("dpId")] = dpId;
    o[QStringLiteral("rdsId")] = rdsId;
    o[QStringLiteral("rdsVer")] = rdsVer;
    o[QStringLiteral("dc")] = dc;
    o[QStringLiteral("hasCertificate")] = !mc.isEmpty();
    return o;
}

QString RdServiceInfo::vendor() const
{
    const QString v = device.vendor();
    return v.isEmpty() ? vendorFromText(info) : v;
}

QJsonObject RdServiceInfo::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("port")] = int(port);
    o[QStringLiteral("status")] = statusName(status);
    o[QStringLiteral("info")] = info;
    o[QStringLiteral("vendor")] = vendor();
    o[QStringLiteral("capturePath")] = capturePath;
    o[QStringLiteral("deviceInfoPath")] = deviceInfoPath;
    o[QStringLiteral("usable")] = isUsable();
    o[QStringLiteral("ms")] = double(elapsedMs);
    if (!device.isEmpty()) {
        o[QStringLiteral("device")] = device.toJson();
    }
    return o;
}

int PidData::qScore() const
{
    return lowestNumber(qScoreText);
}

int PidData::nmPoints() const
{
    return lowestNumber(nmPointsText);
}

const RdServiceInfo* DiscoveryResult::preferred() const
{
    if (chosenIndex >= 0 && chosenIndex < services.size() && services[chosenIndex].status == RdStatus::Ready
        && services[chosenIndex].isUsable()) {
        return &services[chosenIndex];
    }
    for (const auto& s : services) {
        if (s.isUsable() && s.status != RdStatus::NotReady) {
            return &s;
        }
    }
    return nullptr;
}

bool DeviceChoice::matches(const RdServiceInfo& service) const
{
    if (!serial.isEmpty()) {
        return service.device.serial() == serial;
    }
    if (!model.isEmpty()) {
        return service.device.model() == model && service.vendor() == vendor;
    }
    return port != 0 && service.port == port;
}

QJsonObject DeviceChoice::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("vendor")] = vendor;
    o[QStringLiteral("model")] = model;
    o[QStringLiteral("serial")] = serial;
    o[QStringLiteral("port")] = int(port);
    return o;
}

DeviceChoice DeviceChoice::fromJson(const QJsonObject& object)
{
    DeviceChoice c;
    c.vendor = object.value(QStringLiteral("vendor")).toString();
    c.model = object.value(QStringLiteral("model")).toString();
    c.serial = object.value(QStringLiteral("serial")).toString();
    const int port = object.value(QStringLiteral("port")).toInt();
    c.port = (port > 0 && port < 65536) ? quint16(port) : 0;
    return c;
}

DeviceChoice DeviceChoice::fromService(const RdServiceInfo& service)
{
    DeviceChoice c;
    c.vendor = service.vendor();
    c.model = service.device.model();
    c.serial = service.device.serial();
    c.port = service.port;
    return c;
}

QList<RdServiceInfo> rankServices(QList<RdServiceInfo> services, const DeviceChoice& choice)
{
    auto key = [&choice](const RdServiceInfo& s) {
        const bool sameVendor = !choice.vendor.isEmpty() && s.vendor() == choice.vendor;
        const int level = s.device.level() == DeviceLevel::L1 ? 0 : (s.device.level() == DeviceLevel::L0 ? 2 : 1);
        return std::make_tuple(statusRank(s.status), s.isUsable() ? 0 : 1, sameVendor ? 0 : 1, level, s.port);
    };
    std::stable_sort(services.begin(), services.end(),
                     [&key](const RdServiceInfo& a, const RdServiceInfo& b) { return key(a) < key(b); });
    return services;
}

int findChosen(const QList<RdServiceInfo>& services, const DeviceChoice& choice)
{
    if (choice.isNull()) {
        return -1;
    }
    if (!choice.serial.isEmpty()) {
        for (int i = 0; i < services.size(); ++i) {
            if (services[i].device.serial() == choice.serial) {
                return i;
            }
        }
    }
    if (!choice.model.isEmpty()) {
        for (int i = 0; i < services.size(); ++i) {
            if (services[i].device.model() == choice.model && services[i].vendor() == choice.vendor) {
                return i;
            }
        }
    }
    for (int i = 0; i < services.size(); ++i) {
        if (choice.port != 0 && services[i].port == choice.port && choice.serial.isEmpty()
            && (choice.vendor.isEmpty() || services[i].vendor() == choice.vendor)) {
            return i;
        }
    }
    return -1;
}

} // namespace saathi::device
