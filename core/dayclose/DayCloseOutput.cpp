// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The report on paper: thermal lines and HTML (the CSV is in DayCloseCsv.cpp).
#include "core/dayclose/DayCloseOutput.h"

#include "core/dayclose/DayCloseText.h"
#include "core/receipt/Receipt.h"
#include "core/receipt/ReceiptHeader.h"

namespace saathi::dayclose {

namespace {

using receipt::Receipt;

// The label on the left, the value flush right; when both do not fit, the label (wrapped) above the value.
QStringList row(const QString& label, const QString& value, int width)
{
    if (label.size() + 1 + value.size() <= width) {
        return {label + QString(width - label.size() - value.size(), QLatin1Char(' ')) + value};
    }
    QStringList out = Receipt::wrap(label, width);
    for (const QString& line : Receipt::wrap(value, width)) {
        out << line.rightJustified(width);
    }
    return out;
}

QStringList centredLines(const QString& text, int width)
{
    QStringList out;
    for (const QString& line : Receipt::wrap(text, width)) {
        out << receipt::centred(line, width);
    }
    return out;
}

QString money(Paise amount)
{
    return Receipt::formatRupees(amount);
}

QString cell(const QString& text, bool right = false)
{
    return (right ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>")) + text.toHtmlEscaped()
        + QStringLiteral("</td>");
}

QString headRow(const QStringList& names)
{
    QString out = QStringLiteral("<tr>");
    for (const QString& n : names) {
        out += QStringLiteral("<th>") + n.toHtmlEscaped() + QStringLiteral("</th>");
    }
    return out + QStringLiteral("</tr>");
}

QString figureRow(const QString& label, const QString& value)
{
    return QStringLiteral("<tr>") + cell(label) + cell(value, true) + QStringLiteral("</tr>");
}

const QString kTable = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");

} // namespace

QStringList DayCloseOutput::lines(const DayCloseReport& report, const CounterIdentity& identity, int width)
{
    width = qMax(width, 24);
    const QString rule(width, QLatin1Char('-'));
    QStringList out = Receipt::shopHeader(identity.shopName, identity.shopAddress, width);
    out << centredLines(text::title(report), width) << rule;
    out << row(tr("Day"), text::day(report.istDay), width);
    if (report.number > 0) {
        out << row(tr("Closed at"), Receipt::istDateTime(report.closedAtMs), width);
    } else {
        out << Receipt::wrap(tr("Preview: the day is not closed yet."), width);
    }
    if (!identity.userCode.isEmpty()) {
        out << row(tr("Agent code"), identity.userCode, width);
    }

    out << rule << centredLines(tr("TRANSACTIONS"), width);
    if (report.kinds.isEmpty()) {
        out << Receipt::wrap(tr("No transactions on this day."), width);
    }
    for (const KindLine& k : report.kinds) {
        out << Receipt::wrap(journal::displayName(k.kind), width);
        out << row(QStringLiteral("  ") + tr("Successful: %1").arg(k.count), money(k.total), width);
        out << Receipt::wrap(QStringLiteral("  ") + text::attempts(k), width);
        if (k.fees.value != 0 || k.commission.value != 0) {
            out << row(QStringLiteral("  ") + tr("Fees"), money(k.fees), width)
                << row(QStringLiteral("  ") + tr("Commission"), money(k.commission), width);
        }
    }
    out << rule << row(tr("Total fees"), money(report.fees), width)
        << row(tr("Total commission"), money(report.commission), width);

    out << rule << centredLines(tr("E-VALUE"), width);
    out << row(tr("At open"), text::rupees(report.evalueOpen), width)
        << row(tr("At close"), text::rupees(report.evalueClose), width);

    out << rule << centredLines(tr("CASH"), width);
    if (report.shifts.isEmpty()) {
        out << Receipt::wrap(tr("No till shift was opened on this day."), width);
    }
    for (const till::Shift& s : report.shifts) {
        out << Receipt::wrap(text::shiftTitle(s), width);
        if (!s.isOpen()) {
            out << row(QStringLiteral("  ") + tr("Expected"), text::rupees(s.expectedCash), width)
                << row(QStringLiteral("  ") + tr("Counted"), text::rupees(s.countedCash), width)
                << row(QStringLiteral("  ") + tr("Difference"), text::rupees(s.difference), width);
        }
    }
    out << row(tr("Cash expected"), money(report.cashExpected), width)
        << row(tr("Cash counted"), money(report.cashCounted), width)
        << row(tr("Difference"), money(report.cashDifference), width);

    out << rule << centredLines(tr("UNRESOLVED (%1)").arg(report.unresolved.size()), width);
    if (report.unresolved.isEmpty()) {
        out << Receipt::wrap(tr("None: every transaction is final."), width);
    }
    for (const UnresolvedLine& u : report.unresolved) {
        out << row(u.clientRefId, money(u.amount), width);
        out << Receipt::wrap(QStringLiteral("  ") + text::unresolvedDetail(u), width);
    }
    if (!report.clearedSinceLastClose.isEmpty()) {
        out << rule << centredLines(tr("FINAL SINCE THE LAST REPORT"), width);
        for (const QString& ref : report.clearedSinceLastClose) {
            out << Receipt::wrap(ref, width);
        }
    }
    out << rule
        << Receipt::wrap(tr("Unresolved transactions are carried to the next day's report until they are final."),
                         width);
    return out;
}

QString DayCloseOutput::html(const DayCloseReport& report, const CounterIdentity& identity)
{
    QString h = QStringLiteral("<html><body>");
    if (!identity.shopName.isEmpty()) {
        h += QStringLiteral("<h3 align=\"center\">") + identity.shopName.toHtmlEscaped() + QStringLiteral("</h3>");
    }
    if (!identity.shopAddress.isEmpty()) {
        h += QStringLiteral("<p align=\"center\">") + identity.shopAddress.toHtmlEscaped() + QStringLiteral("</p>");
    }
    h += QStringLiteral("<h2 align=\"center\">") + text::title(report).toHtmlEscaped() + QStringLiteral("</h2>");
    h += kTable + figureRow(tr("Day"), text::day(report.istDay));
    h += report.number > 0 ? figureRow(tr("Closed at"), Receipt::istDateTime(report.closedAtMs))
                           : figureRow(tr("Closed at"), tr("Preview: the day is not closed yet."));
    if (!identity.userCode.isEmpty()) {
        h += figureRow(tr("Agent code"), identity.userCode);
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>") + tr("Transactions").toHtmlEscaped() + QStringLiteral("</h3>") + kTable;
    h += headRow({tr("Kind"), tr("Successful"), tr("Amount"), tr("Attempted"), tr("Failed"), tr("Open"), tr("Fees"),
                  tr("Commission")});
    for (const KindLine& k : report.kinds) {
        h += QStringLiteral("<tr>") + cell(journal::displayName(k.kind)) + cell(QString::number(k.count), true)
            + cell(money(k.total), true) + cell(QString::number(k.attempted), true)
            + cell(QString::number(k.failed), true) + cell(QString::number(k.open), true) + cell(money(k.fees), true)
            + cell(money(k.commission), true) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>") + tr("Totals").toHtmlEscaped() + QStringLiteral("</h3>") + kTable;
    h += figureRow(tr("Total fees"), money(report.fees)) + figureRow(tr("Total commission"), money(report.commission));
    h += figureRow(tr("E-value at open"), text::rupees(report.evalueOpen))
        + figureRow(tr("E-value at close"), text::rupees(report.evalueClose));
    h += figureRow(tr("Cash expected"), money(report.cashExpected))
        + figureRow(tr("Cash counted"), money(report.cashCounted))
        + figureRow(tr("Difference"), money(report.cashDifference));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>") + tr("Till shifts").toHtmlEscaped() + QStringLiteral("</h3>");
    if (report.shifts.isEmpty()) {
        h += QStringLiteral("<p>") + tr("No till shift was opened on this day.").toHtmlEscaped()
            + QStringLiteral("</p>");
    } else {
        h += kTable + headRow({tr("Shift"), tr("Opening cash"), tr("Expected"), tr("Counted"), tr("Difference")});
        for (const till::Shift& s : report.shifts) {
            h += QStringLiteral("<tr>") + cell(text::shiftTitle(s)) + cell(money(s.openingCash), true)
                + cell(text::rupees(s.expectedCash), true) + cell(text::rupees(s.countedCash), true)
                + cell(text::rupees(s.difference), true) + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>") + tr("Unresolved (%1)").arg(report.unresolved.size()).toHtmlEscaped()
        + QStringLiteral("</h3>");
    if (report.unresolved.isEmpty()) {
        h += QStringLiteral("<p>") + tr("None: every transaction is final.").toHtmlEscaped() + QStringLiteral("</p>");
    } else {
        h += kTable + headRow({tr("Reference"), tr("Amount"), tr("Details")});
        for (const UnresolvedLine& u : report.unresolved) {
            h += QStringLiteral("<tr>") + cell(u.clientRefId) + cell(money(u.amount), true)
                + cell(text::unresolvedDetail(u)) + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    if (!report.clearedSinceLastClose.isEmpty()) {
        h += QStringLiteral("<h3>") + tr("Final since the last report").toHtmlEscaped() + QStringLiteral("</h3><p>")
            + report.clearedSinceLastClose.join(QStringLiteral(", ")).toHtmlEscaped() + QStringLiteral("</p>");
    }
    h += QStringLiteral("<p><i>")
        + tr("Unresolved transactions are carried to the next day's report until they are final.").toHtmlEscaped()
        + QStringLiteral("</i></p></body></html>");
    return h;
}

} // namespace saathi::dayclose
