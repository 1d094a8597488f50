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
    removeTranslators();
}

void LanguageSwitcher::removeTranslators()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_qtInstalled = false;
    }
}

QString LanguageSwitcher::catalogueFor(const QString& code)
{
    return QStringLiteral(":/i18n/saathi_%1.qm").arg(code);
}

QString LanguageSwitcher::qtCatalogueFor(const QString& code)
{
    return QStringLiteral(":/i18n/qtbase_%1.qm").arg(code);
}

bool LanguageSwitcher::setLanguage(const QString& code)
{
    if (code != QLatin1String("en") && code != QLatin1String("hi")) {
        return false;
    }
    if (code == m_language) {
        return true;
    }
    removeTranslators();
    // Qt's texts first: the translator installed last is asked first, so ours wins where both have a text.
    if (code != QLatin1String("en") && m_qtTranslator.load(qtCatalogueFor(code))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    }
    // English needs its catalogue only for plural forms; without it the source text still reads correctly.
    if (m_translator.load(catalogueFor(code))) {
        m_installed = QCoreApplication::installTranslator(&m_translator);
    } else if (code != QLatin1String("en")) {
        removeTranslators();
        m_language = QStringLiteral("en"); // removing the translator already switched back to English
        Q_EMIT languageChanged(m_language);
        return false;
    }
    m_language = code;
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace saathi::ui
