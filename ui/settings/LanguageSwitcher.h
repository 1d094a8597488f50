// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace saathi::ui {

// Switches the whole app between English and Hindi at run time: installs (or removes) a QTranslator loaded from
// the embedded ":/i18n/saathi_<code>.qm", and one for Qt's own texts (wizard and dialog buttons, context menus)
// from ":/i18n/qtbase_<code>.qm" when there is one. Qt then sends QEvent::LanguageChange to every widget, and each retranslates
// itself in changeEvent() (the TrainingBanner pattern). English is the source language: a string without a Hindi
// translation shows in English.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject* parent = nullptr);
    ~LanguageSwitcher() override;

    // False (and the app stays as it is) for an unknown code or a missing catalogue.
    bool setLanguage(const QString& code);
    QString language() const { return m_language; }

    static QString catalogueFor(const QString& code);
    static QString qtCatalogueFor(const QString& code);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    void removeTranslators();

    QTranslator m_translator;
    QTranslator m_qtTranslator;
    QString m_language = QStringLiteral("en");
    bool m_installed = false;
    bool m_qtInstalled = false;
};

} // namespace saathi::ui
