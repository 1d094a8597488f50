// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>
#include <QStringView>

namespace saathi::redact {

// The one way text that may carry an Aadhaar number, a VID, PID XML or a secret gets near a log line, the journal
// or the terminal (security.md K2). Hand-written scanners, no regular expressions: every pass reads each character
// a bounded number of times, so the work is linear in the input (Stats counts it; tests check the ratio).
//
//   - every <PidData>…</PidData> block (even an unterminated one) becomes "<PidData redacted/>", and stray
//     <Skey>/<Hmac>/<Data> fragments become "<Skey redacted/>" …;
//   - values of sensitive fields in JSON ("aadhar": "…"), form (otp=…) and header (secret-key: …) syntax become
//     "[redacted]" (aadhar, piddata, otp, secret-key, access_key, developer_key, authorization, pin …);
//   - numbers: digits (any Unicode decimal digit: ASCII, Devanagari, … ; QChar::digitValue) joined by
//     separators form one digit sequence. Separators are any run of: whitespace (space, tab, newlines, NBSP and
//     the other Unicode spaces), dashes (hyphen-minus, U+2010…U+2015, U+2212 minus, soft hyphen), '.', ',', '/',
//     zero-width characters (U+200B…U+200D, U+2060, U+FEFF) and the JSON escapes \n \r \t \b \f \/.
//     Anything else (letters, quotes, ':' …) ends a sequence. Free text is read as it looks: "\u0039" is six
//     characters, its hex digits digits (body() decodes a JSON document first). Every 12-digit window (Aadhaar) and
//     16-digit window (VID) of a sequence is checked with Verhoeff; the digits of the union of valid windows are
//     replaced by 'X' except the last 4 digits of each maximal masked stretch. Keeping those 4 can never leave a valid
//     window: a window of the output is a window of the input whose digits were unchanged, and any 12 digits that
//     include the kept 4 also include at least 8 digits after them that were not masked, so that window was not valid.
//     Separators are kept as they were: "9999 4105 7058" → "XXXX XXXX 7058", "999941057058" → "XXXXXXXX7058".
struct Stats
{
    qint64 steps = 0; // characters read and Verhoeff table look-ups, over all passes
};

// Free text: Eko's message/reason/comment, log lines, non-JSON bodies. No exemptions.
QString text(const QString& input);
QString text(const QString& input, Stats* stats);

// A raw HTTP body (request or response). Like text(), except that when the whole body is a JSON document the
// values of identifier fields whose meaning is known (isIdentifierField: bank_ref_num, rrn, stan, tid,
// client_ref_id …) are kept verbatim if they look like identifiers (at most 32 characters of [A-Za-z0-9_-]):
// about one 12-digit RRN in ten passes Verhoeff by chance, and receipts and dispute slips need them intact.
// The same digits anywhere else in the body (in "message", say) are masked. A JSON document comes back as Qt
// writes it (compact, keys sorted, "\uXXXX" escapes decoded), redacted.
QString body(const QString& input, Stats* stats = nullptr);

// True for the JSON keys whose values body() keeps (case-insensitive).
bool isIdentifierField(QStringView key);

// Installs a Qt message handler that redacts every message (text()) before passing it to the previous handler.
// Idempotent; the app and saathi-cli call it first thing in main().
void installMessageHandler();

} // namespace saathi::redact
