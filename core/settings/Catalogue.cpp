// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/settings/Catalogue.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

namespace saathi::settings::catalogue {

QString pathFor(const QString& languageCode)
{
    return QStringLiteral(":/i18n/saathi_%1.qm").arg(languageCode);
}

bool install(const QString& languageCode)
{
    if (languageCode != QLatin1String("en") && languageCode != QLatin1String("hi")) {
        return false;
    }
    static QPointer<QTranslator> translator; // owned by the application object: gone with it
    if (translator) {
        QCoreApplication::removeTranslator(translator);
    } else {
        translator = new QTranslator(QCoreApplication::instance());
    }
    return translator->load(pathFor(languageCode)) && QCoreApplication::installTranslator(translator);
}

} // namespace saathi::settings::catalogue
