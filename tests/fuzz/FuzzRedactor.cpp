// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// fuzz_redactor: the redactor with a LEAK ORACLE (security.md P4). Whatever the input, the free-text output holds no
// Verhoeff-valid Aadhaar (12 digits) or VID (16 digits) in any common grouping: contiguous, 4-4-4 or 4-4-4-4 with
// spaces or hyphens. The oracle has its own Verhoeff check (not validation/Verhoeff.cpp) so that a bug shared by
// the redactor and the check cannot hide a leak. A second oracle: work stays linear in the input.
// Every other input has a valid number (made from the input's bytes) planted in a grouping the input chooses.
#include "core/logging/Redactor.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// Verhoeff, written out again from the published tables (Verhoeff 1969; UIDAI uses it for Aadhaar and VIDs).
const int kD[10][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
                        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
                        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
                        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
const int kP[8][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
                       {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
                       {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
const int kInv[10] = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

bool verhoeffValid(const std::u16string& digits)
{
    int c = 0;
    for (size_t i = 0; i < digits.size(); ++i) {
        c = kD[c][kP[i % 8][digits[digits.size() - 1 - i] - u'0']];
    }
    return c == 0;
}

char16_t checkDigit(const std::u16string& body)
{
    int c = 0;
    for (size_t i = 0; i < body.size(); ++i) {
        c = kD[c][kP[(i + 1) % 8][body[body.size() - 1 - i] - u'0']];
    }
    return char16_t(u'0' + kInv[c]);
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// The digits of `groups` groups of 4 starting at s[i], joined by nothing (sep == 0) or by one ' ' or '-' each.
bool readGroups(const std::u16string& s, size_t i, int groups, bool separated, std::u16string* digits)
{
    digits->clear();
    for (int g = 0; g < groups; ++g) {
        if (g > 0 && separated) {
            if (i >= s.size() || (s[i] != u' ' && s[i] != u'-')) {
                return false;
            }
            ++i;
        }
        for (int k = 0; k < 4; ++k, ++i) {
            if (i >= s.size() || !isAsciiDigit(s[i])) {
                return false;
            }
            digits->push_back(s[i]);
        }
    }
    return true;
}

void checkNoLeak(const QString& input, const QString& output)
{
    const std::u16string s = output.toStdU16String();
    std::u16string digits;
    for (size_t i = 0; i < s.size(); ++i) {
        for (const int groups : {3, 4}) {
            for (const bool separated : {false, true}) {
                if (readGroups(s, i, groups, separated, &digits) && verhoeffValid(digits)) {
                    fprintf(stderr, "LEAK at %zu of the output: %s\ninput: %s\n", i,
                            output.mid(qsizetype(i), 20).toUtf8().constData(), input.left(400).toUtf8().constData());
                    abort();
                }
            }
        }
    }
}

QString plant(const QString& text, const uint8_t* data, size_t size)
{
    const uint8_t shape = data[0];
    const bool vid = shape & 0x1;
    std::u16string body;
    for (size_t i = 1; body.size() < (vid ? 15u : 11u); ++i) {
        body.push_back(char16_t(u'0' + (i < size ? data[i] : i * 7) % 10));
    }
    if (!vid && body[0] < u'2') {
        body[0] = char16_t(u'2' + (body[0] - u'0')); // Aadhaar numbers start with 2–9
    }
    const std::u16string number = body + checkDigit(body);
    static const char16_t kSeparators[] = {u' ', u'-', u'.', u'\t', u'\n', 0x00A0, u'/', 0};
    const char16_t sep = kSeparators[(size > 1 ? data[1] : 0) & 0x7];
    QString planted;
    for (size_t i = 0; i < number.size(); ++i) {
        if (i > 0 && i % 4 == 0 && sep != 0) {
            planted += QChar(sep);
        }
        planted += QChar(number[i]);
    }
    const qsizetype at = text.isEmpty() ? 0 : qsizetype(shape >> 4) * text.size() / 16;
    return text.left(at) + planted + text.mid(at);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    if (size > 0 && (data[0] & 0x8) == 0) {
        input = plant(input, data, size);
    }
    saathi::redact::Stats stats;
    const QString out = saathi::redact::text(input, &stats);
    checkNoLeak(input, out);
    if (stats.steps > 64 * (input.size() + 16)) {
        fprintf(stderr, "NOT LINEAR: %lld steps for %lld characters\n", static_cast<long long>(stats.steps),
                static_cast<long long>(input.size()));
        abort();
    }
    (void)saathi::redact::body(input); // raw bodies: crashes and sanitizer findings only (identifiers stay)
    return 0;
}
