// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/validation/AmountRules.h"

#include <QCoreApplication>
#include <QLocale>

namespace saathi {

namespace {
QString rupees(qint64 value)
{
    // Indian digit grouping is the display locale's business; ₹ with plain grouping reads well in both languages.
    return QStringLiteral("₹") + QLocale(QLocale::English, QLocale::India).toString(value);
}
} // namespace

AmountCheck checkAmount(const QString& input, const AmountRule& rule)
{
    const auto fail = [](const QString& message) { return AmountCheck {ValidationResult::fail(message), Paise {}}; };
    QString digits;
    bool decimalPoint = false;
    bool other = false;
    for (QChar c : input) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits.append(c);
        } else if (c == QLatin1Char(',') || c == QLatin1Char(' ') || c == QChar(0x20B9)) { // ₹
            continue;
        } else if (c == QLatin1Char('.')) {
            decimalPoint = true;
        } else {
            other = true;
        }
    }
    if (digits.isEmpty() && !decimalPoint && !other) {
        return fail(QCoreApplication::translate("Validation", "Enter the amount in rupees."));
    }
    if (other) {
        return fail(QCoreApplication::translate("Validation", "The amount has digits only."));
    }
    if (decimalPoint) {
        return fail(QCoreApplication::translate("Validation", "Enter whole rupees, without paise."));
    }
    if (digits.size() > 9) {
        return fail(
            QCoreApplication::translate("Validation", "The most you can enter is %1.").arg(rupees(rule.maxRupees)));
    }
    const qint64 value = digits.toLongLong();
    if (value <= 0 || value < rule.minRupees) {
        return fail(
            QCoreApplication::translate("Validation", "The least you can enter is %1.").arg(rupees(rule.minRupees)));
    }
    if (rule.maxRupees > 0 && value > rule.maxRupees) {
        return fail(QCoreApplication::translate("Validation", "The most you can enter in one transaction is %1.")
                        .arg(rupees(rule.maxRupees)));
    }
    if (rule.multipleOf > 1 && value % rule.multipleOf != 0) {
        return fail(QCoreApplication::translate("Validation", "Enter a multiple of %1.").arg(rupees(rule.multipleOf)));
    }
    return AmountCheck {ValidationResult::ok(QString::number(value)), Paise::fromRupees(value)};
}

} // namespace saathi
