// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// PID XML and sensitive-field passes of the redactor: hand-written scanners with bounded look-ahead (linear time).
#include "core/logging/RedactorPasses.h"

#include <QLatin1StringView>

#include <algorithm>

namespace saathi::redact::pass {

namespace {

constexpr qsizetype kMaxNameLength = 32; // longest field name we look for, with room to spare

bool isAsciiWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

bool isNameChar(QChar c)
{
    return isAsciiWordChar(c) || c == u'-';
}

qsizetype skipSpaces(const QString& s, qsizetype i, Stats& stats)
{
    while (i < s.size() && s.at(i).isSpace()) {
        ++i;
        ++stats.steps;
    }
    return i;
}

// Case-insensitive ASCII match of `word` at s[i].
bool matchesAt(const QString& s, qsizetype i, QLatin1StringView word)
{
    return i + word.size() <= s.size() && QStringView(s).mid(i, word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

// Just after "<\s*/\s*name\s*>" when such a closing tag starts at s[i] ('<'), else -1.
qsizetype closingTagEnd(const QString& s, qsizetype i, QLatin1StringView name, Stats& stats)
{
    qsizetype p = skipSpaces(s, i + 1, stats);
    if (p >= s.size() || s.at(p) != u'/') {
        return -1;
    }
    p = skipSpaces(s, p + 1, stats);
    if (!matchesAt(s, p, name)) {
        return -1;
    }
    p = skipSpaces(s, p + name.size(), stats);
    return p < s.size() && s.at(p) == u'>' ? p + 1 : -1;
}

bool isSensitiveField(QStringView name)
{
    static constexpr QLatin1StringView kNames[] = {
        QLatin1StringView("aadhar"),
        QLatin1StringView("aadhaar"),
        QLatin1StringView("aadhaar_number"),
        QLatin1StringView("aadhar_number"),
        QLatin1StringView("aadhaarnumber"),
        QLatin1StringView("uid"),
        QLatin1StringView("vid"),
        QLatin1StringView("piddata"),
        QLatin1StringView("pid_data"),
        QLatin1StringView("pid"),
        QLatin1StringView("otp"),
        QLatin1StringView("secret-key"),
        QLatin1StringView("secret_key"),
        QLatin1StringView("access_key"),
        QLatin1StringView("accesskey"),
        QLatin1StringView("developer_key"),
        QLatin1StringView("x-developer-key"),
        QLatin1StringView("request_hash"),
        QLatin1StringView("authorization"),
        QLatin1StringView("password"),
        QLatin1StringView("pin"),
        QLatin1StringView("skey"),
        QLatin1StringView("hmac"),
    };
    for (QLatin1StringView n : kNames) {
        if (name.compare(n, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// End (exclusive) of the JSON string starting at s[i] ('"'); the end of the text when it is unterminated.
qsizetype jsonStringEnd(const QString& s, qsizetype i, Stats& stats)
{
    qsizetype q = i + 1;
    while (q < s.size() && s.at(q) != u'"') {
        q += s.at(q) == u'\\' ? 2 : 1;
        ++stats.steps;
    }
    return qMin(q + 1, s.size());
}

bool isJsonNumberChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'.' || c == u'e' || c == u'E' || c == u'+' || c == u'-';
}

} // namespace

QString pidBlocks(const QString& s, Stats& stats)
{
    static constexpr QLatin1StringView kPidData("piddata");
    QString out;
    qsizetype copied = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        ++stats.steps;
        if (s.at(i) == u'<') {
            const qsizetype name = skipSpaces(s, i + 1, stats);
            if (matchesAt(s, name, kPidData)
                && (name + kPidData.size() >= s.size() || !isAsciiWordChar(s.at(name + kPidData.size())))) {
                qsizetype end = s.size(); // unterminated: everything after the opening tag goes
                for (qsizetype p = name + kPidData.size(); p < s.size(); ++p) {
                    ++stats.steps;
                    if (s.at(p) == u'<') {
                        if (const qsizetype close = closingTagEnd(s, p, kPidData, stats); close >= 0) {
                            end = close;
                            break;
                        }
                    }
                }
                out += QStringView(s).mid(copied, i - copied) + QLatin1StringView("<PidData redacted/>");
                i = copied = end;
                continue;
            }
        }
        ++i;
    }
    const bool replaced = copied > 0;
    if (replaced) {
        out += QStringView(s).mid(copied);
    }
    // PID fragments that escaped a block (a truncated body) still must not survive.
    static constexpr QLatin1StringView kParts[]
        = {QLatin1StringView("skey"), QLatin1StringView("hmac"), QLatin1StringView("data")};
    QString result;
    copied = 0;
    i = 0;
    qsizetype nextGt = -1; // index of the first '>' at or after the last search start; s.size() when none
    const QString& t = replaced ? out : s;
    while (i < t.size()) {
        ++stats.steps;
        if (t.at(i) != u'<') {
            ++i;
            continue;
        }
        const qsizetype name = skipSpaces(t, i + 1, stats);
        QLatin1StringView part;
        for (QLatin1StringView candidate : kParts) {
            if (matchesAt(t, name, candidate)
                && (name + candidate.size() >= t.size() || !isAsciiWordChar(t.at(name + candidate.size())))) {
                part = candidate;
            }
        }
        if (part.isEmpty()) {
            ++i;
            continue;
        }
        const qsizetype afterName = name + part.size();
        if (nextGt < afterName) { // the cached '>' is behind us: search on (each character is searched once)
            nextGt = qMax(nextGt + 1, afterName);
            while (nextGt < t.size() && t.at(nextGt) != u'>') {
                ++nextGt;
                ++stats.steps;
            }
        }
        if (nextGt >= t.size()) { // "[^>]*>" cannot match here nor anywhere later
            break;
        }
        qsizetype end = nextGt + 1;
        while (end < t.size() && t.at(end) != u'<') {
            ++end;
            ++stats.steps;
        }
        if (end < t.size()) {
            if (const qsizetype close = closingTagEnd(t, end, part, stats); close >= 0) {
                end = close;
            }
        }
        result += QStringView(t).mid(copied, i - copied) + u'<' + QStringView(t).mid(name, part.size())
            + QLatin1StringView(" redacted/>");
        i = copied = end;
    }
    result += QStringView(t).mid(copied);
    return result;
}

QString sensitiveFields(const QString& s, Stats& stats)
{
    static constexpr QLatin1StringView kRedactedString("\"[redacted]\"");
    static constexpr QLatin1StringView kRedacted("[redacted]");
    QString out;
    qsizetype copied = 0;
    qsizetype i = 0;
    const auto replace = [&](qsizetype from, qsizetype to, QLatin1StringView with) {
        out += QStringView(s).mid(copied, from - copied) + with;
        i = copied = to;
    };
    while (i < s.size()) {
        ++stats.steps;
        const QChar c = s.at(i);
        if (c == u'"') {
            // JSON: "field" \s* : \s* ("string" | number). The key is looked for within kMaxNameLength characters.
            qsizetype q = i + 1;
            while (q < s.size() && q - i <= kMaxNameLength && s.at(q) != u'"') {
                ++q;
                ++stats.steps;
            }
            if (q < s.size() && s.at(q) == u'"' && isSensitiveField(QStringView(s).mid(i + 1, q - i - 1))) {
                qsizetype p = skipSpaces(s, q + 1, stats);
                if (p < s.size() && s.at(p) == u':') {
                    p = skipSpaces(s, p + 1, stats);
                    if (p < s.size() && s.at(p) == u'"') {
                        replace(p, jsonStringEnd(s, p, stats), kRedactedString);
                        continue;
                    }
                    qsizetype e = p;
                    while (e < s.size() && isJsonNumberChar(s.at(e))) {
                        ++e;
                        ++stats.steps;
                    }
                    if (e > p) {
                        replace(p, e, kRedactedString);
                        continue;
                    }
                }
            }
            ++i;
            continue;
        }
        if (!isNameChar(c) || (i > 0 && isNameChar(s.at(i - 1)))) {
            ++i;
            continue;
        }
        // A name at a token start: form "field=value" or header "field: value".
        qsizetype r = i;
        while (r < s.size() && isNameChar(s.at(r))) {
            ++r;
            ++stats.steps;
        }
        if (r - i <= kMaxNameLength && isSensitiveField(QStringView(s).mid(i, r - i))) {
            if (r < s.size() && s.at(r) == u'=') {
                qsizetype e = r + 1;
                while (e < s.size() && s.at(e) != u'&' && s.at(e) != u'"' && !s.at(e).isSpace()) {
                    ++e;
                    ++stats.steps;
                }
                replace(r + 1, e, kRedacted);
                continue;
            }
            if (i == 0 || s.at(i - 1) != u'"') {
                qsizetype p = skipSpaces(s, r, stats);
                if (p < s.size() && s.at(p) == u':') {
                    p = skipSpaces(s, p + 1, stats);
                    const auto valueChar = [&](qsizetype k) {
                        const QChar v = s.at(k);
                        return !v.isSpace() && v != u',' && v != u';' && v != u'}';
                    };
                    if (p < s.size() && s.at(p) != u'"' && valueChar(p)) {
                        qsizetype e = p;
                        while (e < s.size() && valueChar(e)) {
                            ++e;
                            ++stats.steps;
                        }
                        replace(p, e, kRedacted);
                        continue;
                    }
                }
            }
        }
        i = r; // no name starts inside this one
    }
    if (copied == 0) {
        return s;
    }
    out += QStringView(s).mid(copied);
    return out;
}

QList<Range> identifierValues(const QString& json, Stats& stats)
{
    static constexpr qsizetype kMaxIdentifier = 32;
    const auto isIdChar = [](QChar c) { return isNameChar(c); };
    QList<Range> ranges;
    qsizetype i = 0;
    while (i < json.size()) {
        ++stats.steps;
        if (json.at(i) != u'"') {
            ++i;
            continue;
        }
        const qsizetype keyEnd = jsonStringEnd(json, i, stats); // strings are consumed whole: no key inside one
        const QStringView key = QStringView(json).mid(i + 1, qMax<qsizetype>(0, keyEnd - i - 2));
        qsizetype p = skipSpaces(json, keyEnd, stats);
        i = keyEnd;
        if (p >= json.size() || json.at(p) != u':' || !redact::isIdentifierField(key)) {
            continue;
        }
        p = skipSpaces(json, p + 1, stats);
        if (p < json.size() && json.at(p) == u'"') {
            const qsizetype valueEnd = jsonStringEnd(json, p, stats);
            const QStringView value = QStringView(json).mid(p + 1, qMax<qsizetype>(0, valueEnd - p - 2));
            if (valueEnd - p >= 2 && json.at(valueEnd - 1) == u'"' && value.size() <= kMaxIdentifier
                && std::all_of(value.begin(), value.end(), isIdChar)) {
                ranges.append({p + 1, valueEnd - 1});
            }
            i = valueEnd;
        } else {
            qsizetype e = p;
            while (e < json.size() && json.at(e) >= u'0' && json.at(e) <= u'9') {
                ++e;
                ++stats.steps;
            }
            if (e > p && e - p <= kMaxIdentifier) {
                ranges.append({p, e});
            }
            i = qMax(i, e);
        }
    }
    return ranges;
}

} // namespace saathi::redact::pass
