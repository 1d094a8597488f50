// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/validation/Verhoeff.h"

namespace saathi::verhoeff {

namespace {
constexpr int kMultiply[10][10]
    = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
       {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
       {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
       {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
constexpr int kPermute[8][10]
    = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
       {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
       {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
constexpr int kInverse[10] = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

bool asciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return !s.isEmpty();
}

// Runs the check over the digits, right to left, with `offset` positions already consumed on the right.
int checksum(QStringView digits, int offset)
{
    int c = 0;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        const int digit = digits[n - 1 - i].unicode() - '0';
        c = kMultiply[c][kPermute[(i + offset) % 8][digit]];
    }
    return c;
}
} // namespace

bool isValid(QStringView digits)
{
    return asciiDigits(digits) && checksum(digits, 0) == 0;
}

int checkDigit(QStringView digitsWithoutCheck)
{
    if (!asciiDigits(digitsWithoutCheck)) {
        return -1;
    }
    return kInverse[checksum(digitsWithoutCheck, 1)];
}

} // namespace saathi::verhoeff
