// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The report as CSV for the back office: English column names (a spreadsheet's formulas name them), one section per
// part of the report with its own header row, sections apart by an empty line; amounts in rupees with two decimals
// and '.', times in IST. RFC 4180 quoting, CRLF line ends, UTF-8.
#include "core/dayclose/DayCloseOutput.h"
#include "core/journal/CsvExport.h"
#include "core/till/TillTypes.h"
#include "core/util/Clock.h"

#include <QDateTime>

namespace saathi::dayclose {

namespace {

// "2500.00", "-12.50": exact, from paise.
QString rupees(Paise amount)
{
    const qint64 abs = amount.value < 0 ? -amount.value : amount.value;
    return (amount.value < 0 ? QStringLiteral("-") : QString()) + QString::number(abs / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString rupees(const std::optional<Paise>& amount)
{
    return amount ? rupees(*amount) : QString();
}

QString time(qint64 utcMs)
{
    return utcMs == 0
        ? QString()
        : QDateTime::fromMSecsSinceEpoch(utcMs, Clock::istZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Text a person typed (a shop's or an operator's name): a spreadsheet never runs it as a formula.
QString text(const QString& value)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@");
    return !value.isEmpty() && kFormulaStarts.contains(value.front()) ? QLatin1Char('\'') + value : value;
}

class CsvWriter
{
public:
    void row(const QStringList& cells)
    {
        QStringList quoted;
        for (const QString& c : cells) {
            quoted << journal::csv::field(c);
        }
        m_out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    void gap() { m_out += QStringLiteral("\r\n"); }
    QByteArray bytes() const { return m_out.toUtf8(); }

private:
    QString m_out;
};

} // namespace

QByteArray DayCloseOutput::csv(const DayCloseReport& report, const CounterIdentity& identity)
{
    CsvWriter w;
    w.row({QStringLiteral("report_number"), QStringLiteral("ist_day"), QStringLiteral("closed_at_ist"),
           QStringLiteral("shop"), QStringLiteral("agent_code")});
    w.row({report.number > 0 ? QString::number(report.number) : QString(), report.istDay.toString(Qt::ISODate),
           time(report.closedAtMs), text(identity.shopName), text(identity.userCode)});
    w.gap();

    w.row({QStringLiteral("kind"), QStringLiteral("count"), QStringLiteral("total"), QStringLiteral("attempted"),
           QStringLiteral("failed"), QStringLiteral("open"), QStringLiteral("fees"), QStringLiteral("commission")});
    for (const KindLine& k : report.kinds) {
        w.row({till::reportKey(k.kind), QString::number(k.count), rupees(k.total), QString::number(k.attempted),
               QString::number(k.failed), QString::number(k.open), rupees(k.fees), rupees(k.commission)});
    }
    w.gap();

    w.row({QStringLiteral("figure"), QStringLiteral("amount")});
    w.row({QStringLiteral("fees"), rupees(report.fees)});
    w.row({QStringLiteral("commission"), rupees(report.commission)});
    w.row({QStringLiteral("evalue_open"), rupees(report.evalueOpen)});
    w.row({QStringLiteral("evalue_close"), rupees(report.evalueClose)});
    w.row({QStringLiteral("cash_expected"), rupees(report.cashExpected)});
    w.row({QStringLiteral("cash_counted"), rupees(report.cashCounted)});
    w.row({QStringLiteral("cash_difference"), rupees(report.cashDifference)});
    w.gap();

    w.row({QStringLiteral("shift_id"), QStringLiteral("operator"), QStringLiteral("opened_at_ist"),
           QStringLiteral("closed_at_ist"), QStringLiteral("opening_cash"), QStringLiteral("expected_cash"),
           QStringLiteral("counted_cash"), QStringLiteral("difference"), QStringLiteral("handed_to")});
    for (const till::Shift& s : report.shifts) {
        w.row({QString::number(s.id), text(s.operatorName), time(s.openedAtMs), time(s.closedAtMs),
               rupees(s.openingCash), rupees(s.expectedCash), rupees(s.countedCash), rupees(s.difference),
               text(s.handedTo)});
    }
    w.gap();

    w.row({QStringLiteral("unresolved_client_ref_id"), QStringLiteral("kind"), QStringLiteral("state"),
           QStringLiteral("amount"), QStringLiteral("created_at_ist"), QStringLiteral("age_days"),
           QStringLiteral("carried")});
    for (const UnresolvedLine& u : report.unresolved) {
        w.row({u.clientRefId, till::reportKey(u.kind), journal::wireName(u.state), rupees(u.amount),
               time(u.createdAtMs), QString::number(u.ageDays),
               u.carried ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    w.gap();

    w.row({QStringLiteral("cleared_client_ref_id")});
    for (const QString& ref : report.clearedSinceLastClose) {
        w.row({ref});
    }
    return w.bytes();
}

} // namespace saathi::dayclose
