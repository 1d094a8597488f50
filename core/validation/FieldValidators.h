// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/validation/ValidationResult.h"

#include <QString>

namespace saathi::validate {

// Indian mobile: 10 digits starting 6–9; an optional +91 prefix and spaces are accepted and dropped.
ValidationResult mobile(const QString& input);
// IFSC: 4 letters (bank), a 0, 6 letters or digits (branch); case-insensitive, normalized to upper case.
ValidationResult ifsc(const QString& input);
// PAN: 5 letters, 4 digits, 1 letter; the 4th letter is the holder type (P person, C company, …).
ValidationResult pan(const QString& input);
// PIN code: 6 digits, first digit 1–9.
ValidationResult pinCode(const QString& input);
// Eko's latlong: "lat,long" or "lat,long,accuracy" in decimal degrees; normalized without spaces.
ValidationResult latLong(const QString& input);
// OTP: 4 to 8 digits.
ValidationResult otp(const QString& input);

} // namespace saathi::validate
