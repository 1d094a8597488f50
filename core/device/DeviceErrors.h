// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QString>

namespace saathi::device {

// Error codes for programs ("rd.<errCode>" for RD answers, "rd.<reason>" for everything else).
namespace codes {
inline constexpr char kNoService[] = "rd.no_service";
inline constexpr char kNotReady[] = "rd.not_ready";
inline constexpr char kTimeout[] = "rd.timeout";
inline constexpr char kConnection[] = "rd.connection";
inline constexpr char kTooLarge[] = "rd.too_large";
inline constexpr char kBadXml[] = "rd.bad_xml";
inline constexpr char kHttp[] = "rd.http";
inline constexpr char kCancelled[] = "rd.cancelled";
inline constexpr char kIncompletePid[] = "rd.incomplete_pid";
inline constexpr char kUnusable[] = "rd.unusable";
inline constexpr char kWrongFType[] = "rd.wrong_ftype";
inline constexpr char kQualityTooLow[] = "rd.quality_too_low";
inline constexpr char kQualityLow[] = "rd.quality_low";
} // namespace codes

// Maps a finger RD service's Resp@errCode to an Error whose message says what the agent should do (rd-service.md
// §4.5). Unknown codes get a generic message that names the code. errInfo only goes into the detail, never decides.
Error errorForRdCode(const QString& errCode, const QString& errInfo = {});

// True when the code means "the device or its service changed": a rediscovery may help (720, 740, -1307).
bool suggestsRediscovery(const QString& errCode);
// True when the same capture may simply be tried again (700, 710, 730, -1509, 1140).
bool isRetryable(const QString& errCode);

// Quality in words for a screen (rd-service.md §7, Eko: retry below 45, block below 25). Null Error when the quality
// is fine or unknown; kQualityLow ("fair") or kQualityTooLow ("poor"). Whether a capture may be SENT is the device's
// QualityGate's decision (thresholds per vendor from the settings), never this one's.
Error qualityAdvice(int qScore);

// Transport and parsing failures, each with a translated message.
Error makeError(const char* code, const QString& detail);

} // namespace saathi::device
