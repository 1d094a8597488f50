// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QStringView>

namespace saathi::verhoeff {

// Verhoeff's dihedral-group check digit, used by UIDAI for Aadhaar numbers and VIDs. It catches every single-digit
// error and every adjacent transposition. Input: ASCII digits only (anything else → false / -1).
bool isValid(QStringView digits);
int checkDigit(QStringView digitsWithoutCheck);

} // namespace saathi::verhoeff
