// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/logging/Redactor.h"

#include "core/logging/RedactorPasses.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLatin1StringView>

#include <atomic>

namespace saathi::redact {

namespace {

// No static objects with destructors here: log lines written during static destruction (plugins unloading at
// exit) must still be redacted.

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

QString redact(const QString& input, bool exemptIdentifiers, Stats* stats)
{
    Stats local;
    Stats& st = stats ? *stats : local;
    if (input.isEmpty()) {
        return input;
    }
    // Only a whole JSON document has fields whose meaning we know; anything else is free text. The document is
    // scanned as Qt writes it back (compact): "\u0039" escapes become the characters they stand for, so what a
    // reader would decode is what gets scanned.
    QString scanned = input;
    bool json = false;
    if (exemptIdentifiers) {
        const QChar first = input.at(0);
        if (first == u'{' || first == u'[' || first.isSpace()) {
            QJsonParseError error {};
            const QJsonDocument doc = QJsonDocument::fromJson(input.toUtf8(), &error);
            st.steps += input.size();
            if (error.error == QJsonParseError::NoError && !doc.isNull()) {
                json = true;
                scanned = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
            }
        }
    }
    const QString marked = pass::sensitiveFields(pass::pidBlocks(scanned, st), st);
    const QList<pass::Range> keep = json ? pass::identifierValues(marked, st) : QList<pass::Range> {};
    return pass::numbers(marked, keep, st);
}

} // namespace

QString text(const QString& input)
{
    return redact(input, false, nullptr);
}

QString text(const QString& input, Stats* stats)
{
    return redact(input, false, stats);
}

QString body(const QString& input, Stats* stats)
{
    return redact(input, true, stats);
}

bool isIdentifierField(QStringView key)
{
    // Eko's and NPCI's reference numbers (eko-api.md): kept so receipts, disputes and reconciliation can use them.
    static constexpr QLatin1StringView kNames[] = {
        QLatin1StringView("bank_ref_num"),  QLatin1StringView("rrn"),           QLatin1StringView("utr"),
        QLatin1StringView("utrnumber"),     QLatin1StringView("utr_number"),    QLatin1StringView("stan"),
        QLatin1StringView("tid"),           QLatin1StringView("reference_tid"), QLatin1StringView("reference_id"),
        QLatin1StringView("client_ref_id"), QLatin1StringView("otp_ref_id"),    QLatin1StringView("initiator_id"),
        QLatin1StringView("operator_id"),   QLatin1StringView("recipient_id"),  QLatin1StringView("intent_id"),
    };
    for (QLatin1StringView n : kNames) {
        if (key.compare(n, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

void installMessageHandler()
{
    if (g_installed.exchange(true)) {
        return;
    }
    g_previous = qInstallMessageHandler(redactingHandler);
}

} // namespace saathi::redact
