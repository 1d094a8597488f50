// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/till/TillTypes.h"

#include <QJsonObject>

// The till as saathi-cli prints it (a public interface, README "The cash till"): amounts in integer paise, times as
// ISO-8601 in IST ("2026-12-07T10:00:00+05:30"), kinds by their report keys (cash_withdrawal, dmt_transfer, …).
namespace saathi::till::json {

QString istTime(qint64 ms); // empty for 0
// id, operator, opened_at, ist_day, opening_cash_paise, evalue_open_paise, previous_shift_id, open, closed_at,
// expected_cash_paise, counted_cash_paise, difference_paise, evalue_close_paise, handed_to (null when not set).
QJsonObject shift(const Shift& s);
// id, shift_id, at, amount_paise, reason, operator, key.
QJsonObject move(const TillMove& m);
// The shift's fields, then its arithmetic: expected_cash_paise (as of now for an open shift; frozen at the close for
// a closed one), moves [...], moves_total_paise, kinds {key: {count, amount_paise, cash_paise, direction}},
// transactions_cash_paise, open_rows.
QJsonObject report(const ShiftReport& r);
// report(the arithmetic at the close) + next: the hand-over's shift, or null.
QJsonObject close(const CloseResult& c);

} // namespace saathi::till::json
