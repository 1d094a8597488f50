// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace saathi::ui {

// Switches the whole app between English and Hindi at run time: installs (or removes) one QTranslator loaded from
// the embedded ":/i18n/saathi_<code>.qm". Qt then sends QEvent::LanguageChange to every widget, and each retranslates
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

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    QTranslator m_translator;
    QString m_language = QStringLiteral("en");
    bool m_installed = false;
};

} // namespace saathi::ui
