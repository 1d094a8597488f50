// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/receipt/ReceiptHeader.h"

#include "core/receipt/Receipt.h"

#include <QCoreApplication>

namespace saathi::receipt {

QString centred(const QString& text, int width)
{
    return QString(qMax(0, (width - static_cast<int>(text.size())) / 2), QLatin1Char(' ')) + text;
}

QString duplicateMark()
{
    return QCoreApplication::translate("Receipt", "DUPLICATE");
}

QStringList receiptHeader(const QString& shopName, const QString& shopAddress, const QString& title, bool training,
                          bool duplicate, int width)
{
    QStringList out = Receipt::shopHeader(shopName, shopAddress, width);
    out << centred(title, width);
    if (training) {
        out << centred(QCoreApplication::translate("Receipt", "TRAINING — NOT A REAL TRANSACTION"), width);
    }
    if (duplicate) {
        out << centred(duplicateMark(), width);
    }
    out << QString(width, QLatin1Char('-'));
    return out;
}

} // namespace saathi::receipt
