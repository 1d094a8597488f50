// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "logging/Redactor.h"

#include "validation/AadhaarNumber.h"
#include "validation/Verhoeff.h"

#include <QRegularExpression>

#include <atomic>

namespace saathi::redact {

namespace {

// The patterns are allocated once and never destroyed: log lines written during static destruction (plugins
// unloading at exit) must still be redacted, and a destroyed QRegularExpression silently matches nothing.

// A function, not a global QString: it may be needed while statics are being destroyed.
QString fieldNames()
{
    return QStringLiteral("aadhar|aadhaar|aadhaar_number|aadhar_number|uid|vid|piddata|pid_data|pid|otp|secret-key|"
                          "secret_key|access_key|accesskey|developer_key|x-developer-key|request_hash|authorization|"
                          "password|pin");
}

QString redactPidBlocks(QString s)
{
    static const QRegularExpression& re = *new QRegularExpression(
        QStringLiteral("<\\s*PidData\\b.*?(<\\s*/\\s*PidData\\s*>|$)"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    s.replace(re, QStringLiteral("<PidData redacted/>"));
    // PID fragments that escaped a block (a truncated body) still must not survive.
    static const QRegularExpression& parts
        = *new QRegularExpression(QStringLiteral("<\\s*(Skey|Hmac|Data)\\b[^>]*>[^<]*(<\\s*/\\s*\\1\\s*>)?"),
                                  QRegularExpression::CaseInsensitiveOption);
    s.replace(parts, QStringLiteral("<\\1 redacted/>"));
    return s;
}

QString redactFields(QString s)
{
    // JSON: "field": "value" (escaped quotes inside the value included) or "field": 123
    static const QRegularExpression& json = *new QRegularExpression(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[0-9.eE+-]+)").arg(fieldNames()),
        QRegularExpression::CaseInsensitiveOption);
    s.replace(json, QStringLiteral("\\1\"[redacted]\""));
    // form / query: field=value
    static const QRegularExpression& form
        = *new QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_-])((?:%1)=)[^&\\s\"]*").arg(fieldNames()),
                                  QRegularExpression::CaseInsensitiveOption);
    s.replace(form, QStringLiteral("\\1[redacted]"));
    // header: field: value
    static const QRegularExpression& header = *new QRegularExpression(
        QStringLiteral("(?<![A-Za-z0-9_\"-])((?:%1)\\s*:\\s*)(?!\")[^\\s,;}]+").arg(fieldNames()),
        QRegularExpression::CaseInsensitiveOption);
    s.replace(header, QStringLiteral("\\1[redacted]"));
    return s;
}

QString digitsOf(QStringView run)
{
    QString d;
    for (QChar c : run) {
        if (c.isDigit() && c.unicode() < 128) {
            d.append(c);
        }
    }
    return d;
}

QString redactNumbers(const QString& s)
{
    // Runs of 12 or 16 digits with optional single separators, not glued to other digits.
    static const QRegularExpression& re
        = *new QRegularExpression(QStringLiteral("(?<![0-9])[0-9](?:[ -]?[0-9]){11}(?:(?:[ -]?[0-9]){4})?(?![0-9])"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString digits = digitsOf(m.capturedView());
        bool sensitive = false;
        if (digits.size() == 12) {
            // Any Verhoeff-valid run, not only well-formed Aadhaar numbers: a mistyped number is still personal
            // data. About one 12-digit RRN in ten is masked too; RRNs are kept in their own journal column.
            sensitive = verhoeff::isValid(digits);
        } else if (digits.size() == 16) {
            sensitive = verhoeff::isValid(digits);
        }
        if (!sensitive) {
            continue;
        }
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += aadhaar::mask(digits);
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

std::atomic<bool> g_installed {false};
QtMessageHandler g_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString clean = text(message);
    if (g_previous) {
        g_previous(type, context, clean);
    } else {
        qt_message_output(type, context, clean);
    }
}

} // namespace

QString text(const QString& input)
{
    if (input.isEmpty()) {
        return input;
    }
    return redactNumbers(redactFields(redactPidBlocks(input)));
}

void installMessageHandler()
{
    if (g_installed.exchange(true)) {
        return;
    }
    g_previous = qInstallMessageHandler(redactingHandler);
}

} // namespace saathi::redact
