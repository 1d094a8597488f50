// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/receipt/ReceiptQr.h"

#include "core/util/Clock.h"

#include <QDateTime>

namespace saathi::receipt {

namespace {

QString known(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values) {
        if (!v.trimmed().isEmpty()) {
            out << v.trimmed();
        }
    }
    return out.join(QLatin1Char(','));
}

} // namespace

QString receiptQrPayload(const QrFields& f)
{
    const qint64 paise = f.amount.value < 0 ? -f.amount.value : f.amount.value;
    const QString rupees = (f.amount.value < 0 ? QStringLiteral("-") : QString()) + QString::number(paise / 100)
        + QLatin1Char('.') + QStringLiteral("%1").arg(paise % 100, 2, 10, QLatin1Char('0'));
    QStringList lines {QStringLiteral("SAATHI-RECEIPT"), QStringLiteral("ref=") + f.refs.value(0)};
    if (f.refs.size() > 1) {
        lines << QStringLiteral("refs=") + f.refs.join(QLatin1Char(','));
    }
    lines << QStringLiteral("amount=") + rupees
          << QStringLiteral("time=") + QDateTime::fromMSecsSinceEpoch(f.timeMs, Clock::istZone()).toString(Qt::ISODate)
          << QStringLiteral("agent=") + f.agentCode;
    if (const QString rrn = known(f.rrns); !rrn.isEmpty()) {
        lines << QStringLiteral("rrn=") + rrn;
    }
    if (const QString tid = known(f.tids); !tid.isEmpty()) {
        lines << QStringLiteral("tid=") + tid;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace saathi::receipt
