// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/receipt/AsciiTransliterator.h"

namespace saathi::receipt {

namespace {

bool isDevanagari(char16_t c)
{
    return c >= 0x0900 && c <= 0x097F;
}

// Consonants U+0915–U+0939, each without its inherent vowel.
const char* consonant(char16_t c)
{
    static const char* const table[] = {
        "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n",  "t",  "th", "d", "dh",
        "n", "n",  "p", "ph", "b", "bh", "m",   "y", "r",  "r", "l", "l",  "l", "v",  "sh", "sh", "s",  "h",
    };
    if (c >= 0x0915 && c <= 0x0939) {
        return table[c - 0x0915];
    }
    switch (c) {
    case 0x0958:
        return "q";
    case 0x0959:
        return "kh";
    case 0x095A:
        return "gh";
    case 0x095B:
        return "z";
    case 0x095C:
        return "r";
    case 0x095D:
        return "rh";
    case 0x095E:
        return "f";
    case 0x095F:
        return "y";
    default:
        return nullptr;
    }
}

// Independent vowels U+0904–U+0914.
const char* vowel(char16_t c)
{
    static const char* const table[]
        = {"a", "a", "a", "i", "i", "u", "u", "ri", "li", "e", "e", "e", "ai", "o", "o", "o", "au"};
    return c >= 0x0904 && c <= 0x0914 ? table[c - 0x0904] : nullptr;
}

// Vowel signs (matras) U+093E–U+094C, which replace a consonant's inherent "a".
const char* matra(char16_t c)
{
    static const char* const table[] = {"a", "i", "i", "u", "u", "ri", "ri", "e", "e", "e", "ai", "o", "o", "o", "au"};
    return c >= 0x093E && c <= 0x094C ? table[c - 0x093E] : nullptr;
}

QString typographicToAscii(char16_t c)
{
    switch (c) {
    case 0x20B9:
        return QStringLiteral("Rs."); // ₹
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return QStringLiteral("-");
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x2032:
        return QStringLiteral("'");
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
        return QStringLiteral("\"");
    case 0x2026:
        return QStringLiteral("...");
    case 0x2022:
        return QStringLiteral("*");
    case 0x00B7:
        return QStringLiteral(".");
    case 0x00D7:
        return QStringLiteral("x");
    case 0x0964:
    case 0x0965:
        return QStringLiteral("."); // danda
    case 0x0950:
        return QStringLiteral("Om");
    default:
        break;
    }
    if (c >= 0x0966 && c <= 0x096F) { // Devanagari digits
        return QString(QChar(u'0' + (c - 0x0966)));
    }
    return {};
}

} // namespace

QString AsciiTransliterator::devanagariToLatin(const QString& text)
{
    QString out;
    bool pendingA = false; // a consonant was written without its inherent vowel yet
    bool conjunct = false; // … and it closed a conjunct (मिश्र: "mishra" keeps its final a)
    bool wordStart = false; // … and it began the word (न alone keeps its a)
    bool afterVirama = false;
    bool capitalise = true;
    int wordLetters = 0;
    const auto emit = [&](const char* latin) {
        QString s = QString::fromLatin1(latin);
        if (capitalise && !s.isEmpty()) {
            s[0] = s[0].toUpper();
        }
        capitalise = false;
        ++wordLetters;
        out += s;
    };
    // Hindi drops a word's final inherent vowel (राम: "ram"), except after a conjunct or in a one-letter word.
    const auto flushA = [&](bool wordEnds) {
        if (pendingA && (!wordEnds || conjunct || wordStart)) {
            out += QLatin1Char('a');
        }
        pendingA = false;
    };
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (!isDevanagari(c)) {
            flushA(true);
            out += qc;
            capitalise = !qc.isLetterOrNumber();
            wordLetters = 0;
            afterVirama = false;
            continue;
        }
        if (const char* k = consonant(c)) {
            flushA(false);
            conjunct = afterVirama;
            wordStart = wordLetters == 0;
            emit(k);
            pendingA = true;
            afterVirama = false;
        } else if (const char* m = matra(c)) {
            pendingA = false;
            emit(m);
        } else if (const char* v = vowel(c)) {
            flushA(false);
            emit(v);
        } else if (c == 0x094D) { // virama: no vowel
            pendingA = false;
            afterVirama = true;
        } else if (c == 0x0901 || c == 0x0902) { // chandrabindu, anusvara
            flushA(false);
            emit("n");
        } else if (c == 0x0903) { // visarga
            flushA(false);
            emit("h");
        } else if (c == 0x093C) { // nukta on the previous consonant: ज़ z, फ़ f, ड़ r
            if (out.endsWith(QLatin1String("j"), Qt::CaseInsensitive)) {
                out.chop(1);
                emit("z");
            } else if (out.endsWith(QLatin1String("ph"), Qt::CaseInsensitive)) {
                out.chop(2);
                emit("f");
            } else if (out.endsWith(QLatin1String("d"), Qt::CaseInsensitive)) {
                out.chop(1);
                emit("r");
            }
        } else {
            flushA(true);
            out += typographicToAscii(c);
        }
    }
    flushA(true);
    return out;
}

QByteArray AsciiTransliterator::toAscii(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar qc : devanagariToLatin(text)) {
        const char16_t c = qc.unicode();
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0085) {
            out += ' ';
        } else if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
            continue; // control characters (C0, DEL, C1) never reach the printer
        } else if (qc.isSpace()) {
            out += ' ';
        } else if (const QString mapped = typographicToAscii(c); !mapped.isEmpty()) {
            out += mapped.toLatin1();
        } else {
            // Accented Latin letters keep their base letter (é → e); everything else is dropped.
            for (const QChar d : QString(qc).normalized(QString::NormalizationForm_KD)) {
                if (d.unicode() >= 0x20 && d.unicode() < 0x7F) {
                    out += static_cast<char>(d.unicode());
                }
            }
        }
    }
    return out;
}

bool AsciiTransliterator::isPrintableAscii(const QByteArray& bytes)
{
    for (const char b : bytes) {
        if (b < 0x20 || b > 0x7E) {
            return false;
        }
    }
    return true;
}

} // namespace saathi::receipt
