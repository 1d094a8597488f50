// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/util/Error.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace saathi::device {

// What an RD service says about itself in its RDService answer (rd-service.md §2.2).
enum class RdStatus { Ready, Used, NotReady, Unknown };
QString statusName(RdStatus status); // "READY", "USED", "NOTREADY", "UNKNOWN"
RdStatus parseStatus(const QString& text); // lenient: trims, ignores case

// L0: signing on the PC; L1: inside the device. Only shown when the wire says so (§6.2).
enum class DeviceLevel { Unknown, L0, L1 };
QString levelName(DeviceLevel level);

// The DeviceInfo element (DEVICEINFO answer, and embedded in every PidData). Device metadata only.
struct DeviceInfo
{
    QString dpId;
    QString rdsId;
    QString rdsVer;
    QString dc;
    QString mi;
    QString mc; // base64 DER device certificate
    QList<QPair<QString, QString>> params; // additional_info/Param name=value, in document order

    bool isEmpty() const { return dpId.isEmpty() && mi.isEmpty() && rdsId.isEmpty(); }
    QString param(const QString& name) const; // case-insensitive name
    QString vendor() const; // "Mantra", "Morpho", "IDEMIA", "Startek", … from dpId/rdsId; empty when unknown
    QString model() const { return mi; }
    QString serial() const; // srno, serial_number or similar
    DeviceLevel level() const;
    QJsonObject toJson() const; // for support output; leaves out mc (it is long and identifies the device key)
};

// One RD service found by discovery.
struct RdServiceInfo
{
    quint16 port = 0;
    RdStatus status = RdStatus::Unknown;
    QString info; // free-text driver name
    QString capturePath; // sanitised, e.g. "/rd/capture"; empty when the service advertises none (unusable)
    QString deviceInfoPath; // sanitised; may be empty
    DeviceInfo device; // filled when discovery could read DEVICEINFO
    qint64 elapsedMs = 0; // time from the probe's start to the RDService answer

    bool isUsable() const { return port != 0 && !capturePath.isEmpty(); }
    QString vendor() const; // from DeviceInfo when known, else guessed from the info string
    QJsonObject toJson() const;
};

// What the flow asks for (PidOptions, §4.2). Defaults suit Eko: one finger, FMR+FIR, XML PID, production env.
struct CaptureOptions
{
    int fingerCount = 1;
    int fingerType = 2; // 0 FMR, 1 FIR, 2 FMR+FIR
    int timeoutMs = 10000; // the device's own capture timeout
    QString posh = QStringLiteral("UNKNOWN");
    QString env = QStringLiteral("P");
    QString wadh; // only for eKYC; empty = attribute not sent
};

// A parsed PidData. On success pidXml holds the document exactly as the device produced it; it is what goes to Eko.
struct PidData
{
    QString errCode; // trimmed; "0" is success, everything else failure (never decided from errInfo)
    QString errInfo;
    int fCount = -1;
    int fType = -1;
    QString qScoreText; // as sent ("59", "60,60", …)
    QString nmPointsText;
    DeviceInfo device;
    QString skeyCi;
    QString dataType;
    bool hasSkey = false;
    bool hasHmac = false;
    bool hasData = false;
    SecureBytes pidXml;

    bool isSuccess() const { return errCode == QLatin1String("0"); }
    int qScore() const; // lowest number in qScoreText, -1 when there is none
    int nmPoints() const; // lowest number in nmPointsText, -1 when there is none
};

struct DiscoveryResult
{
    QList<RdServiceInfo> services; // every service that answered, ranked best first
    int probedPorts = 0;
    qint64 elapsedMs = 0;
    int chosenIndex = -1; // index of the agent's remembered device in services, -1 when not found
    QList<QPair<quint16, Error>> failures; // ports that accepted a connection but gave no usable answer
    Error error; // set when no usable service was found

    bool ok() const { return error.isNull(); }
    // The service to capture with: the remembered device when it is ready, else the best ranked usable one.
    const RdServiceInfo* preferred() const;
};

struct DeviceInfoResult
{
    DeviceInfo info;
    Error error;
    bool ok() const { return error.isNull(); }
};

// Which figure of a capture the quality gate (QualityGate) found below its threshold.
enum class QualityFigure { None, QScore, NmPoints };

// Why the quality gate refused a capture: the figure, the device's value and the threshold it missed, and the
// settings key whose threshold applied ("default", "mantra", …). figure None: the capture passed.
struct QualityRefusal
{
    QualityFigure figure = QualityFigure::None;
    int value = -1;
    int threshold = 0;
    QString vendorKey;

    bool isNull() const { return figure == QualityFigure::None; }
    // The figures in words: "Quality 18 of the 45 needed." (translated; defined in QualityGate.cpp).
    QString reason() const;
};

struct CaptureResult
{
    PidData pid; // pid.pidXml is empty unless the capture succeeded
    Error error;
    QualityRefusal quality; // set when the quality gate refused the capture (error rd.quality_too_low)
    qint64 elapsedMs = 0;
    bool ok() const { return error.isNull(); }
};

// The agent's chosen scanner, kept in settings. Ports change when drivers restart; vendor/model/serial do not.
struct DeviceChoice
{
    QString vendor;
    QString model;
    QString serial;
    quint16 port = 0;

    bool isNull() const { return vendor.isEmpty() && model.isEmpty() && serial.isEmpty() && port == 0; }
    bool matches(const RdServiceInfo& service) const;
    QJsonObject toJson() const;
    static DeviceChoice fromJson(const QJsonObject& object);
    static DeviceChoice fromService(const RdServiceInfo& service);
};

// READY > USED > NOTREADY > unknown; then the remembered vendor; then L1 over L0; then the lowest port (§2.4).
QList<RdServiceInfo> rankServices(QList<RdServiceInfo> services, const DeviceChoice& choice = {});
// Index of the remembered device: same serial first, then same vendor+model, then the same port. -1 when absent.
int findChosen(const QList<RdServiceInfo>& services, const DeviceChoice& choice);

} // namespace saathi::device

Q_DECLARE_METATYPE(saathi::device::RdServiceInfo)
Q_DECLARE_METATYPE(saathi::device::DiscoveryResult)
Q_DECLARE_METATYPE(saathi::device::DeviceInfoResult)
Q_DECLARE_METATYPE(saathi::device::CaptureResult)
