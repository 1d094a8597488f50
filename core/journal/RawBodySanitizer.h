// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi::journal {

// Makes an Eko response (or request echo) safe to keep in the journal (security.md A1/A4, K2):
//   - JSON: fields that carry identity or biometrics (aadhar, aadhaar, piddata, pid, uid, vid, otp…) are
//     dropped at any depth, then the text goes through redact::text;
//   - anything else (HTML error pages, truncated JSON) goes through redact::text only;
//   - the result is capped at kMaxStoredChars.
// The journal never sees the unsanitised body on disk: JournalStore calls this before binding.
namespace sanitize {

constexpr int kMaxStoredChars = 64 * 1024;

QString rawBody(const QString& body);
// Short free text (Eko's message, an event note): redact::text without PID tag names.
QString text(const QString& input);

} // namespace sanitize
} // namespace saathi::journal
