// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi::redact {

// The one way text that may carry an Aadhaar number, a VID, PID XML or a secret gets near a log line or the
// journal (security.md K2). It replaces:
//   - every <PidData>…</PidData> block (even an unterminated one) by "<PidData redacted/>"
//   - values of sensitive fields in JSON, form and header syntax (aadhar, piddata, secret-key, access_key, otp…)
//   - 12-digit runs (spaces/hyphens allowed) that pass the Aadhaar rules → "XXXX XXXX 1234"
//   - 16-digit runs that pass Verhoeff (VIDs) → "XXXX XXXX XXXX 1234"
QString text(const QString& input);

// Installs a Qt message handler that redacts every message before passing it to the previous handler.
// Idempotent; the app and saathi-cli call it first thing in main().
void installMessageHandler();

} // namespace saathi::redact
