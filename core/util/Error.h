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
    QString userMessage;
    QString detail;

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
