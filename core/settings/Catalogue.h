// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi::settings {

// The translation catalogues built from translations/*.ts and embedded in saathi_core under :/i18n.
namespace catalogue {

// ":/i18n/saathi_<code>.qm"
QString pathFor(const QString& languageCode);
// Installs the catalogue of "en" or "hi" into the application (replacing one this function installed before):
// every tr()/translate() from then on answers in that language. False for another code or a missing catalogue
// (the text then stays in English). For processes without the app's LanguageSwitcher (saathi-cli).
bool install(const QString& languageCode);

} // namespace catalogue

} // namespace saathi::settings
