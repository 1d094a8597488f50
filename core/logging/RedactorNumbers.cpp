// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The number pass of the redactor: masks every Verhoeff-valid 12- and 16-digit window of every digit sequence.
#include "core/logging/RedactorPasses.h"
#include "core/validation/Verhoeff.h"

#include <vector>

namespace saathi::redact::pass {

namespace {

enum class Kind { Digit, Separator, Other };

struct Token
{
    Kind kind = Kind::Other;
    qsizetype length = 1;
    int digit = -1;
};

bool isSeparator(char32_t c)
{
    switch (c) {
    case U'.':
    case U',':
    case U'/':
    case U'\u00AD': // soft hyphen
    case U'\u2212': // minus sign
    case U'\u200B': // zero-width space, non-joiner, joiner
    case U'\u200C':
    case U'\u200D':
    case U'\u2060': // word joiner
    case U'\uFEFF': // zero-width no-break space
        return true;
    default:
        return QChar::isSpace(c) || QChar::category(c) == QChar::Punctuation_Dash;
    }
}

int digitOf(char32_t c)
{
    const int d = QChar::digitValue(c);
    return d >= 0 && d <= 9 ? d : -1;
}

Token classify(char32_t c, qsizetype length)
{
    if (const int d = digitOf(c); d >= 0) {
        return {Kind::Digit, length, d};
    }
    return {isSeparator(c) ? Kind::Separator : Kind::Other, length, -1};
}

Token tokenAt(const QString& s, qsizetype i)
{
    const QChar c = s.at(i);
    const qsizetype left = s.size() - i;
    if (c.isHighSurrogate() && left >= 2 && s.at(i + 1).isLowSurrogate()) {
        return classify(QChar::surrogateToUcs4(c, s.at(i + 1)), 2);
    }
    // JSON's one-letter escapes read as the spacing they stand for ("9999\n4105\n7058" in a body logged raw).
    // "\uXXXX" is left as it looks: its hex digits are digits to a reader, so hiding them could hide a number
    // (body() decodes JSON escapes before it scans).
    if (c == u'\\' && left >= 2) {
        const QChar e = s.at(i + 1);
        if (e == u'n' || e == u'r' || e == u't' || e == u'b' || e == u'f' || e == u'/') {
            return {Kind::Separator, 2, -1};
        }
    }
    return classify(c.unicode(), 1);
}

struct Digit
{
    qsizetype position = 0;
    qsizetype length = 0;
};

// One digit sequence: its digits' places in the text and their values as ASCII (for the Verhoeff check).
class Sequence
{
public:
    void add(qsizetype position, qsizetype length, int digit)
    {
        m_digits.push_back({position, length});
        m_ascii.append(QChar(u'0' + digit));
    }

    // Masks the valid windows into `out`, copying the text between masked digits; then starts afresh.
    void flush(const QString& s, QString& out, qsizetype& copied, Stats& stats)
    {
        const auto m = qsizetype(m_digits.size());
        if (m >= 12) {
            std::vector<char> marked(size_t(m), 0);
            for (const qsizetype width : {12, 16}) {
                for (qsizetype j = 0; j + width <= m; ++j) {
                    stats.steps += width;
                    if (verhoeff::isValid(QStringView(m_ascii).mid(j, width))) {
                        std::fill(marked.begin() + j, marked.begin() + j + width, 1);
                    }
                }
            }
            for (qsizetype a = 0; a < m;) {
                ++stats.steps;
                if (!marked[size_t(a)]) {
                    ++a;
                    continue;
                }
                qsizetype b = a;
                while (b < m && marked[size_t(b)]) {
                    ++b;
                }
                for (qsizetype k = a; k < b - 4; ++k) { // the last 4 of the stretch stay (see Redactor.h)
                    ++stats.steps;
                    const Digit& d = m_digits[size_t(k)];
                    out += QStringView(s).mid(copied, d.position - copied) + u'X';
                    copied = d.position + d.length;
                }
                a = b;
            }
        }
        m_digits.clear();
        m_ascii.clear();
    }

private:
    std::vector<Digit> m_digits;
    QString m_ascii;
};

} // namespace

QString numbers(const QString& s, const QList<Range>& keep, Stats& stats)
{
    QString out;
    qsizetype copied = 0;
    Sequence sequence;
    qsizetype k = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        ++stats.steps;
        while (k < keep.size() && keep.at(k).end <= i) {
            ++k;
        }
        if (k < keep.size() && i >= keep.at(k).begin) { // an identifier value: verbatim, and it ends a sequence
            sequence.flush(s, out, copied, stats);
            i = keep.at(k).end;
            continue;
        }
        const Token t = tokenAt(s, i);
        if (t.kind == Kind::Digit) {
            sequence.add(i, t.length, t.digit);
        } else if (t.kind == Kind::Other) {
            sequence.flush(s, out, copied, stats);
        }
        i += t.length;
    }
    sequence.flush(s, out, copied, stats);
    if (copied == 0) {
        return s;
    }
    out += QStringView(s).mid(copied);
    return out;
}

} // namespace saathi::redact::pass
