// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>
#include <QtGlobal>

namespace saathi {

// Amounts are integer paise end to end, never double (Bitcoin Core's rule for money).
struct Paise
{
    qint64 value = 0;

    static constexpr Paise fromRupees(qint64 rupees) { return Paise {rupees * 100}; }
    constexpr qint64 wholeRupees() const { return value / 100; }
    constexpr bool isWholeRupees() const { return value % 100 == 0; }

    friend constexpr bool operator==(Paise a, Paise b) { return a.value == b.value; }
    friend constexpr auto operator<=>(Paise a, Paise b) { return a.value <=> b.value; }
    friend constexpr Paise operator+(Paise a, Paise b) { return Paise {a.value + b.value}; }
    friend constexpr Paise operator-(Paise a, Paise b) { return Paise {a.value - b.value}; }

    // Wire format: "100" for whole rupees, "100.50" otherwise, always with '.' (QLocale::c()).
    QString toWireString() const;
    // Lenient parse of Eko's amounts: "100", "100.5", "100.00", "2.20834002375E9". False on anything else.
    static bool parseWire(const QString& text, Paise* out);
};

} // namespace saathi
