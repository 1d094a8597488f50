// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "PidVerifier.h"

#include "sandbox/common/SimulatedPid.h"

#include <QXmlStreamReader>

namespace saathi::sandbox {

namespace {

struct ParsedPid
{
    bool rootSeen = false;
    bool respSeen = false;
    QString errCode;
    bool deviceSeen = false;
    QString mc;
    QString dataType;
    QByteArray data;
};

bool parse(const QString& xml, ParsedPid* out)
{
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            return false; // no DTDs, no entities (security.md P1)
        }
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth > 8) {
                return false;
            }
            const auto name = reader.name();
            const auto attrs = reader.attributes();
            if (depth == 1) {
                if (name != QLatin1String("PidData")) {
                    return false;
                }
                out->rootSeen = true;
            } else if (name == QLatin1String("Resp")) {
                out->respSeen = true;
                out->errCode = attrs.value(QLatin1String("errCode")).toString();
            } else if (name == QLatin1String("DeviceInfo")) {
                out->deviceSeen = true;
                out->mc = attrs.value(QLatin1String("mc")).toString();
            } else if (name == QLatin1String("Data")) {
                out->dataType = attrs.value(QLatin1String("type")).toString();
                out->data = reader.readElementText().toLatin1();
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return !reader.hasError() && out->rootSeen;
}

} // namespace

PidVerifier::Problem PidVerifier::check(const QString& pidXml, WadhRule rule)
{
    if (pidXml.isEmpty() || pidXml.size() > kMaxPidBytes) {
        return Problem::Malformed;
    }
    ParsedPid pid;
    if (!parse(pidXml, &pid) || !pid.respSeen) {
        return Problem::Malformed;
    }
    if (pid.errCode != QLatin1String("0")) {
        return Problem::DeviceError;
    }
    if (!pid.deviceSeen || pid.mc.isEmpty()) {
        return Problem::NoDeviceCode;
    }
    SimulatedPidPayload payload;
    if (pid.dataType != QLatin1String("X") || !decodeSimulatedPidData(pid.data, &payload)) {
        return Problem::Malformed;
    }
    if (payload.fType != 2) {
        return Problem::WrongFType;
    }
    if (rule == WadhRule::MustBeEkyc && payload.wadh != QLatin1String(kEkycWadh)) {
        return Problem::WadhMissing;
    }
    if (rule == WadhRule::MustBeAbsent && !payload.wadh.isEmpty()) {
        return Problem::WadhUnexpected;
    }
    if (m_rejectReplays) {
        if (m_seenNonces.contains(payload.nonce)) {
            return Problem::Replayed;
        }
        m_seenNonces.insert(payload.nonce);
    }
    return Problem::None;
}

QString PidVerifier::problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::Malformed:
        return QStringLiteral("malformed");
    case Problem::DeviceError:
        return QStringLiteral("device_error");
    case Problem::NoDeviceCode:
        return QStringLiteral("no_device_code");
    case Problem::WrongFType:
        return QStringLiteral("wrong_ftype");
    case Problem::WadhMissing:
        return QStringLiteral("wadh_missing");
    case Problem::WadhUnexpected:
        return QStringLiteral("wadh_unexpected");
    case Problem::Replayed:
        return QStringLiteral("replayed");
    }
    return QString();
}

QString PidVerifier::reasonFor(Problem problem)
{
    if (problem == Problem::Replayed) {
        return QStringLiteral("Duplicate request (UIDAI 563). Please capture the finger again.");
    }
    return QStringLiteral("Authentication Failed. Invalid Biometric data.");
}

} // namespace saathi::sandbox
