// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/home/RupeeText.h"

#include <QLocale>

namespace saathi::ui {

QString rupeeText(Paise amount)
{
    const QLocale locale;
    const qint64 magnitude = amount.value < 0 ? -amount.value : amount.value;
    const QString paise = QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
    return (amount.value < 0 ? QStringLiteral("-") : QString()) + QStringLiteral("₹") + locale.toString(magnitude / 100)
        + locale.decimalPoint() + paise;
}

} // namespace saathi::ui
