// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QString>

namespace saathi::pin {

// The agent's unlock PIN is kept only as a salted PBKDF2-HMAC-SHA256 hash, written as
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>" so the cost can be raised later without a migration.
// A short PIN is guessable offline whatever the cost; the lockout (kiosk/PinLockout) is what protects it online.
constexpr int kDefaultIterations = 100000;

// 4 to 8 digits; the message is meant for the PIN field.
Error check(const QString& pin);
// A fresh random salt each time; empty when `pin` fails check().
QString hash(const QString& pin, int iterations = kDefaultIterations);
// Constant-time comparison; false for a malformed stored value.
bool verify(const QString& pin, const QString& stored);

} // namespace saathi::pin
