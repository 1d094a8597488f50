// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>

namespace saathi::test {

// The ASCII digits of `text` with everything else dropped: an Aadhaar number survives in it whatever grouping it was
// written in, so "not in digitsOnly(file)" proves no grouping of it is in the file.
inline QByteArray digitsOnly(const QByteArray& text)
{
    QByteArray d;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            d.append(c);
        }
    }
    return d;
}

} // namespace saathi::test
