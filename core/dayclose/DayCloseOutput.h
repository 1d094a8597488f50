// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/dayclose/DayCloseReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace saathi::dayclose {

// The report for people, in the counter's language (context "DayClose"): lines for a thermal printer (`width`
// characters, Devanagari as the receipt printer handles it), HTML for the system printer and the PDF, and the CSV
// export (English column names, one section per part, amounts in rupees with two decimals).
class DayCloseOutput
{
    Q_DECLARE_TR_FUNCTIONS(DayCloseOutput)

public:
    static QStringList lines(const DayCloseReport& report, const CounterIdentity& identity, int width = 42);
    static QString html(const DayCloseReport& report, const CounterIdentity& identity);
    static QByteArray csv(const DayCloseReport& report, const CounterIdentity& identity);
};

} // namespace saathi::dayclose
