// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/till/TillAmount.h"

#include <QRegularExpression>

namespace saathi::ui {

namespace {
constexpr int kMaxRupeeDigits = 9; // ₹99,99,99,999: more than any drawer holds, far from qint64's edge
} // namespace

TillAmount::Parsed TillAmount::parse(const QString& text, Rule rule)
{
    const auto fail = [](const QString& message) { return Parsed {Paise {}, message}; };
    QString plain = text;
    plain.remove(QChar(0x20B9)).remove(QLatin1Char(',')).remove(QLatin1Char(' ')); // ₹, grouping, spaces
    if (plain.isEmpty()) {
        return fail(tr("Enter the amount in rupees."));
    }
    static const QRegularExpression amount(QStringLiteral("^(\\d*)(?:\\.(\\d*))?$"));
    const auto m = amount.match(plain);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty())) {
        return fail(tr("Type the amount in digits, for example 20,000 or 20,000.50."));
    }
    if (m.captured(2).size() > 2) {
        return fail(tr("Rupees have at most two digits of paise, for example 20,000.50."));
    }
    QString rupees = m.captured(1);
    while (rupees.size() > 1 && rupees.startsWith(QLatin1Char('0'))) {
        rupees.remove(0, 1);
    }
    if (rupees.size() > kMaxRupeeDigits) {
        return fail(tr("That amount is too large for the drawer. Check the digits."));
    }
    const qint64 paise = rupees.toLongLong() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    if (rule == Rule::MoreThanZero && paise == 0) {
        return fail(tr("Enter an amount of more than ₹0."));
    }
    return Parsed {Paise {paise}, QString()};
}

} // namespace saathi::ui
