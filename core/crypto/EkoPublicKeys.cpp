// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/crypto/EkoPublicKeys.h"

#include <QFile>

namespace saathi {

QString environmentName(EkoEnvironment env)
{
    switch (env) {
    case EkoEnvironment::Training:
        return QStringLiteral("training");
    case EkoEnvironment::Uat:
        return QStringLiteral("uat");
    case EkoEnvironment::Production:
        return QStringLiteral("production");
    }
    return {};
}

bool parseEnvironment(const QString& name, EkoEnvironment* out)
{
    const QString n = name.trimmed().toLower();
    EkoEnvironment env;
    if (n == QLatin1String("training") || n == QLatin1String("sandbox")) {
        env = EkoEnvironment::Training;
    } else if (n == QLatin1String("uat") || n == QLatin1String("staging")) {
        env = EkoEnvironment::Uat;
    } else if (n == QLatin1String("production") || n == QLatin1String("prod")) {
        env = EkoEnvironment::Production;
    } else {
        return false;
    }
    if (out) {
        *out = env;
    }
    return true;
}

QByteArray publishedAadhaarKey(EkoEnvironment env)
{
    QString path;
    switch (env) {
    case EkoEnvironment::Uat:
        path = QStringLiteral(":/saathi/keys/eko_uat.pub.b64");
        break;
    case EkoEnvironment::Production:
        path = QStringLiteral(":/saathi/keys/eko_production.pub.b64");
        break;
    case EkoEnvironment::Training:
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll().trimmed();
}

} // namespace saathi
