// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

class QSqlDatabase;

namespace saathi::journal {

// The journal's schema, versioned with PRAGMA user_version and moved forward by numbered migrations, each in
// its own transaction. A file from a newer Saathi is refused, never downgraded.
//   v1  transactions + events, history indexes; Aadhaar column limited to 4 digits by a CHECK (security.md A2)
//   v2  idempotency (submission_key UNIQUE) and the persisted reconciliation schedule (next_attempt_at_ms,
//       attempts, not_found_count, first_not_found_at_ms); unresolved v1 rows become due at once
//   v3  tamper evidence (security.md E1): events.row_digest and events.hash, a SHA-256 chain; existing events
//       are chained by the migration
//   v4  customer_token (A2 keyed token for per-customer limits)
//   v5  one journal per environment (issue #12): transactions.environment (NULL = origin unknown), eko_host,
//       moved_to (legacy file only); journal_meta(key, value) with the file's `environment` tag
//   v6  the counter's memory of customers (issue #18): customer_banks(customer_token, bank_code, conclusion, at_ms,
//       ist_day) and customer_fingers(customer_token, finger, at_ms), keyed by the A2 token
//   v7  the cash till and the day close (issue #19): till_shifts, till_moves and day_closes, append-only
namespace schema {

constexpr int kLatestVersion = 7;

Result<int> version(QSqlDatabase& db);
// Applies the migrations from the file's version up to `target` (kLatestVersion unless a test builds an old
// file). `nowMs` stamps data the migrations fill in.
Result<int> migrate(QSqlDatabase& db, qint64 nowMs, int target = kLatestVersion);

} // namespace schema
} // namespace saathi::journal
