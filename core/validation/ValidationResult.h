// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi {

// The outcome of checking one field: on failure a translated message meant to be shown at that field.
struct ValidationResult
{
    bool valid = false;
    QString message;
    QString normalized; // the canonical form when valid (digits only, upper case…); may hold a secret: don't log

    static ValidationResult ok(QString normalizedValue) { return {true, QString(), std::move(normalizedValue)}; }
    static ValidationResult fail(QString text) { return {false, std::move(text), QString()}; }
};

} // namespace saathi
