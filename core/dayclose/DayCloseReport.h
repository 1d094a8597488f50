// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/JournalTypes.h"
#include "core/till/TillTypes.h"
#include "core/util/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace saathi::dayclose {

// One kind's line on the day's report: rows created that IST day.
struct KindLine
{
    journal::TxKind kind = journal::TxKind::AepsWithdrawal;
    int count = 0; // successful rows
    Paise total; // their amounts
    int attempted = 0; // every row of the kind
    int failed = 0; // failed + not_sent
    int open = 0; // prepared, sent, pending, unknown, refund_pending
    Paise fees;
    Paise commission;
};

// A row that was not final when the day closed: listed on that day's report and carried to every later day's report
// until it is final.
struct UnresolvedLine
{
    QString clientRefId;
    journal::TxKind kind = journal::TxKind::AepsWithdrawal;
    journal::TxState state = journal::TxState::Pending;
    Paise amount;
    qint64 createdAtMs = 0;
    int ageDays = 0; // IST calendar days from the row's day to the report's day
    bool carried = false; // created before the report's day
};

// The numbered end-of-day report (issue #19). Frozen when the day is closed (day_closes.report_json); a second close
// of the same day returns the first report.
struct DayCloseReport
{
    int number = 0; // 1, 2, … per journal (environment); 0 for a preview
    QDate istDay;
    qint64 closedAtMs = 0;
    QList<KindLine> kinds; // kinds that occurred, in TxKind order
    Paise fees;
    Paise commission;
    std::optional<Paise> evalueOpen;
    std::optional<Paise> evalueClose;
    QList<till::Shift> shifts; // the day's shifts (closed ones carry expected, counted and difference)
    Paise cashExpected; // Σ shifts' expected cash at close
    Paise cashCounted; // Σ shifts' counted cash
    Paise cashDifference; // counted - expected
    QList<UnresolvedLine> unresolved; // this day's and carried ones, oldest first
    QList<QString> clearedSinceLastClose; // client_ref_ids listed unresolved by the previous report, final now
    bool alreadyClosed = false; // close() found the day closed before and returned that report
};

// The CLI's and the file's JSON (a public interface, README "day close"): number, ist_day, closed_at, kinds {kind:
// {count, total_paise, attempted, failed, open, fees_paise, commission_paise}}, fees_paise, commission_paise,
// evalue_open_paise / evalue_close_paise (null when unknown), cash_expected_paise, cash_counted_paise,
// cash_difference_paise, shifts [...], unresolved [{client_ref_id, kind, state, amount_paise, created_at, age_days,
// carried}], cleared [client_ref_id…], already_closed.
QJsonObject toJson(const DayCloseReport& report);
bool fromJson(const QJsonObject& json, DayCloseReport* out);

} // namespace saathi::dayclose
