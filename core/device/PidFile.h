// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/DeviceTypes.h"

#include <QByteArrayView>
#include <QString>

// A PidData document that arrives as a file (saathi-cli --pid-file) is as hostile as an RD service's answer, and is
// read like a capture (issue #13, security.md P1): 64 KiB at most, the safe RD XML reader (any DTD or entity
// refused, bounded nesting and counts), Resp@errCode must say success, the record must be complete and its fType a
// known one. Nothing that fails here is journaled or sent.
namespace saathi::device::pidfile {

inline constexpr qsizetype kMaxPidFileBytes = 64 * 1024; // security.md P1

// The fuzz target's entry point: never crashes, never reads past `bytes`. On success the result's pidXml holds
// `bytes` byte-for-byte; a failure errCode becomes that code's RD error (e.g. rd.720).
Result<PidData> parsePidFileBytes(QByteArrayView bytes);

// Reads at most kMaxPidFileBytes + 1 bytes of `path` (the read copy is wiped) and parses them as above.
Result<PidData> readPidFile(const QString& path);

} // namespace saathi::device::pidfile
