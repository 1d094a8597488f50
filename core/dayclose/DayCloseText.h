// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// Internal to core/dayclose: the words the printed report, its HTML and the screen share (context "DayCloseOutput").
#include "core/dayclose/DayCloseReport.h"

#include <QString>

namespace saathi::dayclose::text {

// "DAY CLOSE No. 3", or "DAY CLOSE — PREVIEW" before the day is closed.
QString title(const DayCloseReport& report);
// "07/12/2026": the report's day as the counter writes dates.
QString day(const QDate& istDay);
// "₹2,500.00", or "not known" for an E-value nobody read.
QString rupees(const std::optional<Paise>& amount);
// "today", "1 day old", "3 days old".
QString age(int ageDays);
// "Cash withdrawal, pending, 2 days old (carried)".
QString unresolvedDetail(const UnresolvedLine& line);
// "Attempted 14, failed 1, open 1".
QString attempts(const KindLine& line);
// "Asha, opened 09:02", and how the shift ended.
QString shiftTitle(const till::Shift& shift);

} // namespace saathi::dayclose::text
