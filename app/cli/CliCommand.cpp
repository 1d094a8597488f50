// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "cli/CliCommand.h"

#include <QJsonDocument>

#include <cstdio>

namespace saathi::cli {

const Command* Registry::find(const QString& name) const
{
    for (const Command& c : m_commands) {
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

void printJson(const QJsonObject& object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    fwrite(text.constData(), 1, size_t(text.size()), stdout);
    fflush(stdout);
}

int fail(const QString& message, int code)
{
    const QByteArray text = QByteArrayLiteral("saathi-cli: ") + message.toUtf8() + '\n';
    fwrite(text.constData(), 1, size_t(text.size()), stderr);
    fflush(stderr);
    return code;
}

int usageError(const QString& message, const QString& usage)
{
    return fail(message + QStringLiteral("\nusage: saathi-cli ") + usage, ExitUsage);
}

} // namespace saathi::cli
