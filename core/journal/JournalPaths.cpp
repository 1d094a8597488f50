// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/JournalPaths.h"

#include "core/journal/JournalDatabase.h"
#include "core/journal/JournalEnvironment.h"

#include <QFileInfo>

namespace saathi::journal {

QString JournalPaths::forEnvironment(const QString& base, EkoEnvironment env)
{
    const QFileInfo info(base);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString name = info.completeBaseName() + QLatin1Char('-') + wireName(env) + suffix;
    return info.path() == QLatin1String(".") && !base.startsWith(QLatin1String("./"))
        ? name
        : info.path() + QLatin1Char('/') + name;
}

QString JournalPaths::forEnvironment(EkoEnvironment env)
{
    return forEnvironment(JournalDatabase::defaultPath(), env);
}

} // namespace saathi::journal
