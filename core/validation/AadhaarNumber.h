// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/validation/ValidationResult.h"

#include <QString>

namespace saathi::aadhaar {

// 12 ASCII digits (spaces and hyphens allowed between them), first digit 2–9, not a palindrome, Verhoeff check
// digit (security.md A6). The normalized value is the 12 digits: keep it short-lived and never log it.
ValidationResult validateAadhaar(const QString& input);
// Virtual ID: 16 digits with a Verhoeff check digit.
ValidationResult validateVid(const QString& input);
// Aadhaar or VID, chosen by length, for fields where Eko accepts either.
ValidationResult validateAadhaarOrVid(const QString& input);

// "XXXX XXXX 1234" for an Aadhaar number, "XXXX XXXX XXXX 1234" for a VID; only the last four digits survive.
QString mask(const QString& input);
QString lastFour(const QString& input);

} // namespace saathi::aadhaar
