// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/DeviceTypes.h"

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
// Counts checked by a linear pre-scan before QXmlStreamReader sees a byte (issue #13: Qt 6.4 checks duplicate
// attributes in quadratic time, so a 1 MiB PidData with 70,000 attributes stalled a capture for 15 s). A real
// PidData has about 20 elements and 40 attributes; an RDService a few more interfaces.
inline constexpr int kMaxElements = 512;
inline constexpr int kMaxAttributesPerElement = 32;
inline constexpr int kMaxAttributes = 2048;

// The pre-scan: one pass over the bytes that counts start tags and the attributes inside each (`=` outside quoted
// values), stopping at the first cap exceeded. Null Error when the document is within the caps; *steps (if given)
// receives the bytes examined, which never exceeds xml.size() — the proof that it is linear.
Error prescan(QByteArrayView xml, qsizetype* steps = nullptr);

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
