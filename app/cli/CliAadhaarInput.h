// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"

#include <QString>

// The Aadhaar number reaches saathi-cli only through stdin or a prompt (issue #13): a value on the command line is
// readable by every user in /proc/PID/cmdline and lands in shell history. The number goes from the read into one
// SecureBytes and from there to the cipher; every transient copy is wiped.
namespace saathi::cli {

enum class AadhaarKind { AadhaarOnly, AadhaarOrVid };

// `value` is what was given after --aadhaar (or encrypt-aadhaar's argument). "-" reads one line from stdin — with a
// prompt and echo off when stdin is a terminal. Anything else is refused with a message that points at stdin.
// On success *digits holds only the validated digits; on failure *error says why (for --<option>: …).
bool readAadhaar(const QString& value, AadhaarKind kind, SecureBytes* digits, QString* error);

// The same from already-read bytes (a line as typed: digits, spaces, hyphens): validated, copied only into
// *digits. Exposed for tests.
bool acceptAadhaar(QByteArrayView typed, AadhaarKind kind, SecureBytes* digits, QString* error);

} // namespace saathi::cli
