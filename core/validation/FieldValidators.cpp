// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace saathi::validate {

namespace {

// lupdate files Validation::tr() here under "Validation", the context looked up at run time.
struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

QString withoutSpaces(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('-')) {
            out.append(c);
        }
    }
    return out;
}

bool allAsciiDigits(const QString& s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

} // namespace

ValidationResult mobile(const QString& input)
{
    QString s = withoutSpaces(input.trimmed());
    if (s.isEmpty()) {
        return ValidationResult::fail(Validation::tr("Enter the 10-digit mobile number."));
    }
    if (s.startsWith(QLatin1String("+91"))) {
        s = s.mid(3);
    }
    if (!allAsciiDigits(s)) {
        return ValidationResult::fail(Validation::tr("A mobile number has digits only."));
    }
    if (s.size() != 10) {
        return ValidationResult::fail(QCoreApplication::translate(
            "Validation", "A mobile number has 10 digits; %n entered.", nullptr, int(s.size())));
    }
    if (s[0] < QLatin1Char('6')) {
        return ValidationResult::fail(Validation::tr("An Indian mobile number starts with 6, 7, 8 or 9."));
    }
    return ValidationResult::ok(s);
}

ValidationResult ifsc(const QString& input)
{
    const QString s = input.trimmed().toUpper();
    if (s.isEmpty()) {
        return ValidationResult::fail(Validation::tr("Enter the 11-character IFSC of the branch."));
    }
    if (s.size() != 11) {
        return ValidationResult::fail(Validation::tr("An IFSC has 11 characters, for example SBIN0001234."));
    }
    static const QRegularExpression re(QStringLiteral("^[A-Z]{4}0[A-Z0-9]{6}$"));
    if (!re.match(s).hasMatch()) {
        return ValidationResult::fail(Validation::tr(
            "This IFSC is not valid: 4 letters, then 0, then 6 letters or digits (for example SBIN0001234)."));
    }
    return ValidationResult::ok(s);
}

ValidationResult pan(const QString& input)
{
    const QString s = input.trimmed().toUpper();
    if (s.isEmpty()) {
        return ValidationResult::fail(Validation::tr("Enter the 10-character PAN."));
    }
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]$"));
    if (s.size() != 10 || !re.match(s).hasMatch()) {
        return ValidationResult::fail(Validation::tr(
            "This PAN is not valid: 5 letters, 4 digits and a letter, as printed on the card (ABCPE1234F)."));
    }
    return ValidationResult::ok(s);
}

ValidationResult pinCode(const QString& input)
{
    const QString s = withoutSpaces(input.trimmed());
    if (s.isEmpty()) {
        return ValidationResult::fail(Validation::tr("Enter the 6-digit PIN code."));
    }
    if (s.size() != 6 || !allAsciiDigits(s) || s[0] == QLatin1Char('0')) {
        return ValidationResult::fail(Validation::tr("A PIN code has 6 digits and does not start with 0."));
    }
    return ValidationResult::ok(s);
}

ValidationResult latLong(const QString& input)
{
    const QString s = input.trimmed();
    if (s.isEmpty()) {
        return ValidationResult::fail(
            Validation::tr("Enter the shop's location as latitude,longitude (for example 28.6139,77.2090)."));
    }
    const QStringList parts = s.split(QLatin1Char(','));
    const QLocale c = QLocale::c();
    bool okLat = false;
    bool okLong = false;
    bool okAcc = true;
    if (parts.size() == 2 || parts.size() == 3) {
        const double lat = c.toDouble(parts[0].trimmed(), &okLat);
        const double lon = c.toDouble(parts[1].trimmed(), &okLong);
        okLat = okLat && lat >= -90.0 && lat <= 90.0;
        okLong = okLong && lon >= -180.0 && lon <= 180.0;
        if (parts.size() == 3) {
            const double acc = c.toDouble(parts[2].trimmed(), &okAcc);
            okAcc = okAcc && acc >= 0.0;
        }
    }
    if (!okLat || !okLong || !okAcc) {
        return ValidationResult::fail(
            Validation::tr("The location must be latitude,longitude in degrees, for example 28.6139,77.2090."));
    }
    QStringList trimmed;
    for (const QString& p : parts) {
        trimmed << p.trimmed();
    }
    return ValidationResult::ok(trimmed.join(QLatin1Char(',')));
}

ValidationResult otp(const QString& input)
{
    const QString s = withoutSpaces(input.trimmed());
    if (s.isEmpty()) {
        return ValidationResult::fail(Validation::tr("Enter the OTP sent by SMS."));
    }
    if (!allAsciiDigits(s) || s.size() < 4 || s.size() > 8) {
        return ValidationResult::fail(Validation::tr("The OTP is 4 to 8 digits, as received by SMS."));
    }
    return ValidationResult::ok(s);
}

} // namespace saathi::validate
