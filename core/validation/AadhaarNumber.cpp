// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/validation/AadhaarNumber.h"

#include "core/validation/Verhoeff.h"

#include <QCoreApplication>

namespace saathi::aadhaar {

namespace {

// lupdate files Validation::tr() here under "Validation", the context looked up at run time.
struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

enum class Shape { Empty, Digits, NonAsciiDigit, Other };

// Strips spaces and hyphens; reports what else was found so the message can say it.
Shape normalize(const QString& input, QString* digits)
{
    digits->clear();
    bool nonAscii = false;
    bool other = false;
    for (QChar c : input) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            continue;
        }
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits->append(c);
        } else if (c.isDigit()) {
            nonAscii = true;
        } else {
            other = true;
        }
    }
    if (other) {
        return Shape::Other;
    }
    if (nonAscii) {
        return Shape::NonAsciiDigit;
    }
    return digits->isEmpty() ? Shape::Empty : Shape::Digits;
}

bool isPalindrome(const QString& s)
{
    for (qsizetype i = 0, j = s.size() - 1; i < j; ++i, --j) {
        if (s[i] != s[j]) {
            return false;
        }
    }
    return true;
}

} // namespace

ValidationResult validateAadhaar(const QString& input)
{
    QString digits;
    switch (normalize(input, &digits)) {
    case Shape::Empty:
        return ValidationResult::fail(Validation::tr("Enter the 12-digit Aadhaar number."));
    case Shape::NonAsciiDigit:
        return ValidationResult::fail(Validation::tr("Type the Aadhaar number with the digits 0–9."));
    case Shape::Other:
        return ValidationResult::fail(Validation::tr("An Aadhaar number has digits only."));
    case Shape::Digits:
        break;
    }
    if (digits.size() != 12) {
        return ValidationResult::fail(QCoreApplication::translate(
            "Validation", "An Aadhaar number has 12 digits; %n entered.", nullptr, int(digits.size())));
    }
    if (digits[0] == QLatin1Char('0') || digits[0] == QLatin1Char('1')) {
        return ValidationResult::fail(
            Validation::tr("An Aadhaar number never starts with 0 or 1. Check the number again."));
    }
    if (isPalindrome(digits) || !verhoeff::isValid(digits)) {
        return ValidationResult::fail(Validation::tr("This is not a valid Aadhaar number. Check each digit again."));
    }
    return ValidationResult::ok(digits);
}

ValidationResult validateVid(const QString& input)
{
    QString digits;
    switch (normalize(input, &digits)) {
    case Shape::Empty:
        return ValidationResult::fail(Validation::tr("Enter the 16-digit Virtual ID."));
    case Shape::NonAsciiDigit:
        return ValidationResult::fail(Validation::tr("Type the Virtual ID with the digits 0–9."));
    case Shape::Other:
        return ValidationResult::fail(Validation::tr("A Virtual ID has digits only."));
    case Shape::Digits:
        break;
    }
    if (digits.size() != 16) {
        return ValidationResult::fail(QCoreApplication::translate(
            "Validation", "A Virtual ID has 16 digits; %n entered.", nullptr, int(digits.size())));
    }
    if (!verhoeff::isValid(digits)) {
        return ValidationResult::fail(Validation::tr("This is not a valid Virtual ID. Check each digit again."));
    }
    return ValidationResult::ok(digits);
}

ValidationResult validateAadhaarOrVid(const QString& input)
{
    QString digits;
    normalize(input, &digits);
    if (digits.size() > 12) {
        return validateVid(input);
    }
    return validateAadhaar(input);
}

QString lastFour(const QString& input)
{
    QString digits;
    normalize(input, &digits);
    return digits.right(4);
}

QString mask(const QString& input)
{
    QString digits;
    normalize(input, &digits);
    const QString tail = digits.right(4).rightJustified(4, QLatin1Char('X'));
    return digits.size() > 12 ? QStringLiteral("XXXX XXXX XXXX ") + tail : QStringLiteral("XXXX XXXX ") + tail;
}

} // namespace saathi::aadhaar
