// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/JournalEnvironment.h"

#include <QHostAddress>

namespace saathi::journal {

QString wireName(EkoEnvironment env)
{
    return environmentName(env); // the same stable names the keychain and the settings keys use
}

std::optional<EkoEnvironment> environmentFromWireName(const QString& name)
{
    for (EkoEnvironment env : {EkoEnvironment::Training, EkoEnvironment::Uat, EkoEnvironment::Production}) {
        if (name == wireName(env)) {
            return env;
        }
    }
    return std::nullopt;
}

QString ekoHost(const QUrl& baseUrl)
{
    const QString host = baseUrl.host().toLower();
    if (host.isEmpty()) {
        return {};
    }
    const QString bracketed = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return baseUrl.port() > 0 ? bracketed + QLatin1Char(':') + QString::number(baseUrl.port()) : bracketed;
}

namespace {
QString hostOnly(const QString& hostPort)
{
    QString h = hostPort.trimmed().toLower();
    if (h.startsWith(QLatin1Char('['))) {
        return h.mid(1, h.indexOf(QLatin1Char(']')) - 1);
    }
    const int colon = h.indexOf(QLatin1Char(':'));
    return colon < 0 ? h : h.left(colon);
}
} // namespace

std::optional<EkoEnvironment> publicEkoEnvironment(const QString& hostPort)
{
    const QString host = hostOnly(hostPort);
    if (host == QLatin1String("staging.eko.in")) {
        return EkoEnvironment::Uat;
    }
    if (host == QLatin1String("api.eko.in")) {
        return EkoEnvironment::Production;
    }
    return std::nullopt;
}

std::optional<EkoEnvironment> environmentForHost(const QString& hostPort)
{
    if (auto env = publicEkoEnvironment(hostPort)) {
        return env;
    }
    const QString host = hostOnly(hostPort);
    if (host == QLatin1String("localhost") || QHostAddress(host).isLoopback()) {
        return EkoEnvironment::Training; // the embedded sandbox listens on loopback only
    }
    return std::nullopt;
}

} // namespace saathi::journal
