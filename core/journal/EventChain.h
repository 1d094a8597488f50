// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionRecord.h"
#include "core/util/Error.h"

#include <QByteArray>

class QSqlDatabase;

namespace saathi::journal::chain {

// Tamper evidence for the audit trail (security.md E1). Every event stores
//   row_digest = SHA-256 of the row's canonical fields right after the change (amount, state, tid, RRN, fees…)
//   hash       = SHA-256(previous event's hash | event fields | row_digest)
// so editing an amount with the sqlite3 shell, or deleting/rewriting an event, breaks the chain. It proves
// "changed outside the app", not who did it: anyone who can write the file can also recompute the chain.

QByteArray rowDigest(const TransactionRecord& row);
QByteArray eventHash(const QByteArray& previousHash, const QString& clientRefId, qint64 atMs, const QString& from,
                     const QString& to, const QString& source, const QString& note, const QByteArray& rowDigest);
// The hash of the newest event ("" for an empty journal). Call inside the writing transaction.
Result<QByteArray> lastHash(QSqlDatabase& db);

struct Check
{
    bool intact = true;
    qint64 events = 0;
    qint64 transactions = 0;
    qint64 firstBadEventId = 0; // the first event whose hash does not follow
    QString firstBadClientRefId; // a row whose fields differ from its last event's digest, or without events
};

// Walks every event in order, then every row. O(rows + events): run it on the worker, the CLI or at start-up in
// the background, not on the UI thread.
Result<Check> verify(QSqlDatabase& db);
// Fills hashes for events written before the chain existed (schema v3 migration; reads the rows as v4 had them).
Result<bool> backfill(QSqlDatabase& db);

} // namespace saathi::journal::chain
