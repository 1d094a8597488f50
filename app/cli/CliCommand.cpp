// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "app/cli/CliCommand.h"

#include "core/logging/Redactor.h"
#include "core/support/LogFile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace saathi::cli {

const CommandSpec* Registry::find(const QString& name) const
{
    for (const CommandSpec& c : m_commands) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

namespace {
QList<Registrar>& registrars()
{
    static QList<Registrar> list;
    return list;
}
} // namespace

bool addRegistrar(Registrar registrar)
{
    registrars().append(registrar);
    return true;
}

void applyRegistrars(Registry& registry)
{
    for (Registrar r : registrars()) {
        r(registry);
    }
}

namespace {
// Fields that carry Eko's words or an error's detail: free text, redacted (security.md K2, issue #13). Reference
// numbers, amounts and our own masked values are printed as they are.
bool isFreeTextField(const QString& key)
{
    static const QStringList names {QStringLiteral("message"),     QStringLiteral("reason"),
                                    QStringLiteral("comment"),     QStringLiteral("detail"),
                                    QStringLiteral("note"),        QStringLiteral("error"),
                                    QStringLiteral("remarks"),     QStringLiteral("advice"),
                                    QStringLiteral("description"), QStringLiteral("txstatus_desc")};
    return names.contains(key, Qt::CaseInsensitive);
}

QJsonValue redactFreeText(const QJsonValue& value, bool freeText)
{
    if (value.isString()) {
        return freeText ? QJsonValue(redact::text(value.toString())) : value;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray()) {
            out.append(redactFreeText(v, freeText));
        }
        return out;
    }
    if (value.isObject()) {
        QJsonObject out = value.toObject();
        for (auto it = out.begin(); it != out.end(); ++it) {
            it.value() = redactFreeText(it.value(), freeText || isFreeTextField(it.key()));
        }
        return out;
    }
    return value;
}
} // namespace

void printJson(const QJsonObject& object)
{
    const QByteArray text = QJsonDocument(redactFreeText(object, false).toObject()).toJson(QJsonDocument::Indented);
    fwrite(text.constData(), 1, size_t(text.size()), stdout);
    fflush(stdout);
}

int fail(const QString& message, int code)
{
    const QString clean = redact::text(message);
    support::LogFile::logToProcess(QtWarningMsg, "saathi.cli", clean); // for the support bundle
    const QByteArray text = QByteArrayLiteral("saathi-cli: ") + clean.toUtf8() + '\n';
    fwrite(text.constData(), 1, size_t(text.size()), stderr);
    fflush(stderr);
    return code;
}

const QList<ExitCodeDoc>& exitCodes()
{
    static const QList<ExitCodeDoc> codes {
        {ExitOk, QStringLiteral("success")},
        {ExitFailed, QStringLiteral("the operation failed (e.g. Eko said no)")},
        {ExitUsage, QStringLiteral("bad usage or bad input: the request was not sent, nothing was journaled")},
        {ExitPending, QStringLiteral("pending: Eko is waiting for the bank (journal reconcile later)")},
        {ExitUnknown,
         QStringLiteral("unknown: no usable answer to a money request; do not repeat it, run `tx inquiry`")},
        {ExitPreflight,
         QStringLiteral("the pre-flight step stopped it: nothing was journaled or sent; read the reason on stderr, "
                        "fix it, or pass --despite-warning for a warning (never for a stop)")},
        {ExitPendingDiskFull,
         QStringLiteral("Eko answered but the disk is full: the journal row stays open; free "
                        "space, do not repeat it, then `journal reconcile`")},
        {ExitRefused,
         QStringLiteral("refused by the counter's state, nothing was written: e.g. `day close` while a till shift of "
                        "that day is still open (count the cash and close the till first)")}};
    return codes;
}

} // namespace saathi::cli
