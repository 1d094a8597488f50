// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dayclose/DayCloseText.h"

#include "core/dayclose/DayCloseOutput.h"
#include "core/receipt/Receipt.h"
#include "core/util/Clock.h"

#include <QDateTime>

namespace saathi::dayclose::text {

QString title(const DayCloseReport& report)
{
    return report.number > 0 ? DayCloseOutput::tr("DAY CLOSE No. %1").arg(report.number)
                             : DayCloseOutput::tr("DAY CLOSE — PREVIEW");
}

QString day(const QDate& istDay)
{
    return istDay.toString(QStringLiteral("dd/MM/yyyy"));
}

QString rupees(const std::optional<Paise>& amount)
{
    return amount ? receipt::Receipt::formatRupees(*amount) : DayCloseOutput::tr("not known");
}

QString age(int ageDays)
{
    if (ageDays <= 0) {
        return DayCloseOutput::tr("today");
    }
    if (ageDays == 1) {
        return DayCloseOutput::tr("1 day old");
    }
    return DayCloseOutput::tr("%1 days old").arg(ageDays);
}

QString unresolvedDetail(const UnresolvedLine& line)
{
    QString detail = DayCloseOutput::tr("%1, %2, %3")
                         .arg(journal::displayName(line.kind), journal::displayName(line.state), age(line.ageDays));
    if (line.carried) {
        detail += QLatin1Char(' ') + DayCloseOutput::tr("(carried)");
    }
    return detail;
}

QString attempts(const KindLine& line)
{
    return DayCloseOutput::tr("Attempted %1, failed %2, open %3").arg(line.attempted).arg(line.failed).arg(line.open);
}

QString shiftTitle(const till::Shift& shift)
{
    const QString opened
        = QDateTime::fromMSecsSinceEpoch(shift.openedAtMs, Clock::istZone()).toString(QStringLiteral("HH:mm"));
    if (shift.isOpen()) {
        return DayCloseOutput::tr("%1, opened %2, still open").arg(shift.operatorName, opened);
    }
    const QString closed
        = QDateTime::fromMSecsSinceEpoch(shift.closedAtMs, Clock::istZone()).toString(QStringLiteral("HH:mm"));
    if (!shift.handedTo.isEmpty()) {
        return DayCloseOutput::tr("%1, %2–%3, handed to %4").arg(shift.operatorName, opened, closed, shift.handedTo);
    }
    return DayCloseOutput::tr("%1, %2–%3").arg(shift.operatorName, opened, closed);
}

} // namespace saathi::dayclose::text
