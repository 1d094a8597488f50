// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/HistoryQuery.h"
#include "core/util/Error.h"

class QIODevice;

namespace saathi::journal::csv {

// RFC 4180 CSV of the rows matching `filter`, newest first: a header line, CRLF line ends, fields with a comma,
// quote, CR or LF quoted with doubled quotes; UTF-8. Amounts in rupees with '.' ("1500.50"), times in IST.
// Aadhaar only as "XXXX XXXX 1234"; raw bodies are never exported. Text cells that a spreadsheet would run as a
// formula (leading = + - @) get a leading apostrophe. Returns the number of rows written.
Result<qint64> write(JournalStore& store, const HistoryFilter& filter, QIODevice& out);

// One field, quoted if RFC 4180 requires it.
QString field(const QString& value);

} // namespace saathi::journal::csv
