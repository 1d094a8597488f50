// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "device/DeviceTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>

#include <optional>

// Parsing and writing the RD service's XML documents. Everything an RD service sends is hostile input
// (security.md T4, P1): size-capped, no DTD at all (the quadratic blow-up of X4 passes Qt's own entity limit),
// bounded nesting, lenient about order, quotes, namespaces and unknown attributes, strict about what matters.
namespace saathi::device::rdxml {

inline constexpr qsizetype kMaxServiceDocBytes = 64 * 1024; // RDService, DeviceInfo
inline constexpr qsizetype kMaxPidDocBytes = 1024 * 1024; // PidData with FIR records
inline constexpr int kMaxDepth = 16;

Result<RdServiceInfo> parseRdService(QByteArrayView xml);
Result<DeviceInfo> parseDeviceInfo(QByteArrayView xml);
// A well-formed PidData with a failure errCode parses fine (isSuccess() false); the caller turns it into an error.
// A success that lacks Skey, Hmac, Data type="X", DeviceInfo@mc or dpId/rdsId is an error (rd.incomplete_pid).
// On success the result's pidXml holds `xml` byte-for-byte.
Result<PidData> parsePidData(QByteArrayView xml);

// Interface paths as drivers advertise them (rd-service.md §2.2, §11 case 6): strips a loopback scheme/host/port
// prefix, whitespace and duplicate slashes and forces one leading slash. nullopt for a non-loopback host, control
// characters, "..", characters outside a URL path or more than 512 characters.
std::optional<QString> sanitiseInterfacePath(const QString& raw);

// The PidOptions document for a capture (§4.2); wadh only when set.
QByteArray buildPidOptions(const CaptureOptions& options);

// What the simulator needs from a PidOptions body: the Opts attributes as sent (missing = absent from the map).
Result<QMap<QString, QString>> parsePidOptions(QByteArrayView xml);

} // namespace saathi::device::rdxml
