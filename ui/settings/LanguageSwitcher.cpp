// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/settings/LanguageSwitcher.h"

#include <QCoreApplication>

namespace saathi::ui {

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
    }
}

QString LanguageSwitcher::catalogueFor(const QString& code)
{
    return QStringLiteral(":/i18n/saathi_%1.qm").arg(code);
}

bool LanguageSwitcher::setLanguage(const QString& code)
{
    if (code != QLatin1String("en") && code != QLatin1String("hi")) {
        return false;
    }
    if (code == m_language) {
        return true;
    }
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    // English needs its catalogue only for plural forms; without it the source text still reads correctly.
    if (m_translator.load(catalogueFor(code))) {
        m_installed = QCoreApplication::installTranslator(&m_translator);
    } else if (code != QLatin1String("en")) {
        m_language = QStringLiteral("en"); // removing the translator already switched back to English
        Q_EMIT languageChanged(m_language);
        return false;
    }
    m_language = code;
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace saathi::ui
