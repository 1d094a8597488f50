// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi {

// Errors are values, built where the error is found: a stable code for programs, a translated message that tells
// the agent what to do next, and a detail for the log (never containing Aadhaar, PID or secrets).
struct Error
{
    QString code;
    QString userMessage; // in the agent's language: what happened and what to do next
    QString detail;
    // Eko's own words (redacted, untranslated), when the outcome came from Eko. userMessage already ends with
    // them on a line of their own, marked as Eko's (ekoLine); kept apart too for screens and tests that need them.
    QString ekoText = {};

    // Eko's words as every screen shows them: `Eko: “…”` (empty stays empty). Language-neutral on purpose.
    static QString ekoLine(const QString& words)
    {
        const QString w = words.simplified();
        return w.isEmpty() ? QString() : QStringLiteral("Eko: “%1”").arg(w);
    }
    // The advice, then Eko's words on their own line when there are any.
    static QString withEkoLine(const QString& advice, const QString& words)
    {
        const QString line = ekoLine(words);
        return line.isEmpty() ? advice : advice + QLatin1Char('\n') + line;
    }

    bool isNull() const { return code.isEmpty(); }
};

// A value or an error; small on purpose (std::expected is C++23).
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_error.isNull(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return m_value; }
    T& value() { return m_value; }
    const Error& error() const { return m_error; }

private:
    T m_value {};
    Error m_error;
};

} // namespace saathi
