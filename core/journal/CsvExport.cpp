// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/CsvExport.h"

#include "core/journal/JournalStore.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace saathi::journal::csv {

namespace {

QString textCell(const QString& value)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && risky.contains(value.front())) {
        return QLatin1Char('\'') + value;
    }
    return value;
}

Error exportError(const QIODevice& out)
{
    return Error {QStringLiteral("journal.export_failed"),
                  QCoreApplication::translate("Journal",
                                              "The export file could not be written. Choose another folder and try "
                                              "again."),
                  out.errorString()};
}

QString money(const std::optional<Paise>& p)
{
    return p ? p->toWireString() : QString();
}

QString line(const QStringList& cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString& c : cells) {
        quoted << field(c);
    }
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QStringList cellsOf(const TransactionRecord& r)
{
    return {history::istDisplayTime(r.createdAtMs),
            textCell(r.clientRefId),
            wireName(r.kind),
            wireName(r.state),
            r.amount.toWireString(),
            money(r.fee),
            money(r.commission),
            money(r.balance),
            textCell(r.customerMobile),
            r.maskedAadhaar(),
            textCell(r.bankCode),
            textCell(r.channel),
            textCell(r.tid),
            textCell(r.rrn),
            textCell(r.agentUserCode),
            r.txStatus >= 0 ? QString::number(r.txStatus) : QString(),
            textCell(r.message)};
}

} // namespace

QString field(const QString& value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!needsQuotes) {
        return value;
    }
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Result<qint64> write(JournalStore& store, const HistoryFilter& filter, QIODevice& out)
{
    const QStringList header {QStringLiteral("created_at_ist"),
                              QStringLiteral("client_ref_id"),
                              QStringLiteral("kind"),
                              QStringLiteral("state"),
                              QStringLiteral("amount_inr"),
                              QStringLiteral("fee_inr"),
                              QStringLiteral("commission_inr"),
                              QStringLiteral("balance_inr"),
                              QStringLiteral("customer_mobile"),
                              QStringLiteral("aadhaar"),
                              QStringLiteral("bank"),
                              QStringLiteral("channel"),
                              QStringLiteral("tid"),
                              QStringLiteral("rrn"),
                              QStringLiteral("agent_user_code"),
                              QStringLiteral("tx_status"),
                              QStringLiteral("message")};
    if (out.write(line(header).toUtf8()) < 0) {
        return exportError(out);
    }
    qint64 written = 0;
    HistoryCursor cursor;
    do {
        auto page = history::page(store, filter, 500, cursor);
        if (!page) {
            return page.error();
        }
        QByteArray chunk;
        for (const TransactionRecord& r : page.value().rows) {
            chunk += line(cellsOf(r)).toUtf8();
        }
        if (out.write(chunk) < 0) {
            return exportError(out);
        }
        written += page.value().rows.size();
        cursor = page.value().next;
    } while (!cursor.isNull());
    return written;
}

} // namespace saathi::journal::csv
