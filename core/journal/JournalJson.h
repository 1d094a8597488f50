// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/DailySummary.h"
#include "core/journal/TransactionRecord.h"

#include <QJsonObject>

namespace saathi::journal::json {

// Stable JSON shapes for saathi-cli and support bundles: snake_case keys, amounts as rupee strings ("1500.50",
// exact, from Paise), times as UTC ms plus an IST display string, Aadhaar only masked.
QJsonObject record(const TransactionRecord& r, bool withRawResponse = false);
QJsonObject event(const JournalEvent& e);
QJsonObject daily(const DailySummary& s);

} // namespace saathi::journal::json
