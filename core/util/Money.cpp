// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/util/Money.h"

#include <QRegularExpression>

namespace saathi {

QString Paise::toWireString() const
{
    const qint64 absValue = value < 0 ? -value : value;
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    if (absValue % 100 == 0) {
        return sign + QString::number(absValue / 100);
    }
    return sign + QString::number(absValue / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(absValue % 100, 2, 10, QLatin1Char('0'));
}

bool Paise::parseWire(const QString& text, Paise* out)
{
    // Decimal text is parsed exactly; only Java's exponent form ("2.2E9") goes through digit shifting, still exact.
    static const QRegularExpression re(
        QStringLiteral("^\\s*(-?)(\\d{1,15})(?:\\.(\\d+))?(?:[eE]([+-]?\\d{1,2}))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return false;
    }
    QString intPart = m.captured(2);
    QString fracPart = m.captured(3);
    const int exponent = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    if (exponent > 0) {
        const QString moved = fracPart.left(exponent).leftJustified(exponent, QLatin1Char('0'));
        intPart += moved;
        fracPart = fracPart.mid(exponent);
    } else if (exponent < 0) {
        const int shift = -exponent;
        const QString padded = intPart.rightJustified(shift + 1, QLatin1Char('0'));
        fracPart = padded.right(shift) + fracPart;
        intPart = padded.left(padded.size() - shift);
    }
    // Paise keep two decimals; anything finer must be zeros, or the amount is not representable.
    const QString paisePart = fracPart.left(2).leftJustified(2, QLatin1Char('0'));
    for (QChar c : fracPart.mid(2)) {
        if (c != QLatin1Char('0')) {
            return false;
        }
    }
    if (intPart.size() > 15) {
        return false;
    }
    bool ok = false;
    const qint64 rupees = intPart.toLongLong(&ok);
    if (!ok) {
        return false;
    }
    qint64 v = rupees * 100 + paisePart.toLongLong();
    if (!m.captured(1).isEmpty()) {
        v = -v;
    }
    if (out) {
        out->value = v;
    }
    return true;
}

} // namespace saathi
