// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/JournalSchema.h"

#include "core/journal/EventChain.h"
#include "core/logging/LogCategories.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace saathi::journal::schema {

namespace {

const char* const kVersion1[] = {
    "CREATE TABLE transactions ("
    " id INTEGER PRIMARY KEY,"
    " client_ref_id TEXT NOT NULL UNIQUE CHECK (length(client_ref_id) BETWEEN 1 AND 40),"
    " kind TEXT NOT NULL CHECK (kind IN ('aeps_withdrawal','aadhaar_pay','dmt_transfer','refund','settlement',"
    "  'balance_enquiry','mini_statement')),"
    " state TEXT NOT NULL CHECK (state IN ('prepared','sent','pending','unknown','success','failed','not_sent',"
    "  'refund_pending','refunded')),"
    " amount_paise INTEGER NOT NULL CHECK (typeof(amount_paise) = 'integer' AND amount_paise >= 0),"
    " customer_mobile TEXT CHECK (customer_mobile IS NULL"
    "  OR (length(customer_mobile) = 10 AND customer_mobile NOT GLOB '*[^0-9]*')),"
    // A2: no column can hold more than the last four digits of an Aadhaar number.
    " aadhaar_last4 TEXT CHECK (aadhaar_last4 IS NULL"
    "  OR (length(aadhaar_last4) = 4 AND aadhaar_last4 NOT GLOB '*[^0-9]*')),"
    " agent_user_code TEXT NOT NULL,"
    " bank_code TEXT, channel TEXT, consent_version TEXT, consent_lang TEXT, related_client_ref_id TEXT,"
    " created_at_ms INTEGER NOT NULL, updated_at_ms INTEGER NOT NULL,"
    " tx_status INTEGER, tid TEXT, rrn TEXT,"
    " fee_paise INTEGER CHECK (fee_paise IS NULL OR typeof(fee_paise) = 'integer'),"
    " commission_paise INTEGER CHECK (commission_paise IS NULL OR typeof(commission_paise) = 'integer'),"
    " balance_paise INTEGER CHECK (balance_paise IS NULL OR typeof(balance_paise) = 'integer'),"
    " message TEXT, raw_response TEXT)",
    "CREATE TABLE events ("
    " id INTEGER PRIMARY KEY,"
    " transaction_id INTEGER NOT NULL REFERENCES transactions(id) ON DELETE CASCADE,"
    " at_ms INTEGER NOT NULL, from_state TEXT, to_state TEXT NOT NULL, source TEXT NOT NULL, note TEXT)",
    "CREATE INDEX events_by_transaction ON events(transaction_id, id)",
    "CREATE INDEX tx_by_created ON transactions(created_at_ms, id)",
    "CREATE INDEX tx_by_mobile ON transactions(customer_mobile, created_at_ms)",
    "CREATE INDEX tx_by_tid ON transactions(tid)",
    "CREATE INDEX tx_by_rrn ON transactions(rrn)",
    "CREATE INDEX tx_by_kind ON transactions(kind, created_at_ms)",
    "CREATE INDEX tx_by_state ON transactions(state, created_at_ms)",
};

const char* const kVersion2[] = {
    "ALTER TABLE transactions ADD COLUMN submission_key TEXT",
    "CREATE UNIQUE INDEX tx_by_submission_key ON transactions(submission_key)",
    "ALTER TABLE transactions ADD COLUMN next_attempt_at_ms INTEGER",
    "ALTER TABLE transactions ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE transactions ADD COLUMN not_found_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE transactions ADD COLUMN first_not_found_at_ms INTEGER",
    "CREATE INDEX tx_due ON transactions(next_attempt_at_ms) WHERE next_attempt_at_ms IS NOT NULL",
};

const char* const kVersion3[] = {
    "ALTER TABLE events ADD COLUMN row_digest TEXT",
    "ALTER TABLE events ADD COLUMN hash TEXT",
};

// A2: the keyed customer token (HMAC-SHA256 hex, CustomerTokenizer) for per-customer limits; never the number.
const char* const kVersion4[] = {
    "ALTER TABLE transactions ADD COLUMN customer_token TEXT CHECK (customer_token IS NULL"
    " OR (length(customer_token) = 64 AND customer_token NOT GLOB '*[^0-9a-f]*'))",
    "CREATE INDEX tx_by_customer_token ON transactions(customer_token, kind, created_at_ms)"
    " WHERE customer_token IS NOT NULL",
};

// Issue #12: one journal per Eko environment. `environment` NULL means "origin unknown" (a row from the shared
// pre-v5 file): such a row is never reconciled automatically. `moved_to` is set only in the legacy file, on rows the
// migration copied into an environment's file. journal_meta holds the file's own `environment` tag.
const char* const kVersion5[] = {
    "ALTER TABLE transactions ADD COLUMN environment TEXT CHECK (environment IS NULL"
    " OR environment IN ('training','uat','production'))",
    "ALTER TABLE transactions ADD COLUMN eko_host TEXT",
    "ALTER TABLE transactions ADD COLUMN moved_to TEXT CHECK (moved_to IS NULL"
    " OR moved_to IN ('training','uat','production'))",
    "CREATE TABLE journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "DROP INDEX tx_due",
    "CREATE INDEX tx_due ON transactions(environment, next_attempt_at_ms) WHERE next_attempt_at_ms IS NOT NULL",
};

// Issue #18: the counter's memory of customers (core/preflight/CustomerMemory), under the same keyed token as
// transactions.customer_token (A2), never the number. customer_banks: what a bank last said for the customer;
// customer_fingers: the finger that last worked.
const char* const kVersion6[] = {
    "CREATE TABLE customer_banks ("
    " customer_token TEXT NOT NULL CHECK (length(customer_token) = 64 AND customer_token NOT GLOB '*[^0-9a-f]*'),"
    " bank_code TEXT NOT NULL CHECK (length(bank_code) BETWEEN 1 AND 20),"
    " conclusion TEXT NOT NULL CHECK (conclusion IN ('worked','not_linked','limit_exhausted')),"
    " at_ms INTEGER NOT NULL, ist_day TEXT NOT NULL,"
    " PRIMARY KEY (customer_token, bank_code))",
    "CREATE TABLE customer_fingers ("
    " customer_token TEXT NOT NULL PRIMARY KEY"
    "  CHECK (length(customer_token) = 64 AND customer_token NOT GLOB '*[^0-9a-f]*'),"
    " finger TEXT NOT NULL CHECK (finger IN ('RIGHT_THUMB','RIGHT_INDEX','RIGHT_MIDDLE','RIGHT_RING',"
    "  'RIGHT_LITTLE','LEFT_THUMB','LEFT_INDEX','LEFT_MIDDLE','LEFT_RING','LEFT_LITTLE')),"
    " at_ms INTEGER NOT NULL)",
};

// Issue #19: the cash till and the day close, journaled like money rows: append-only (triggers refuse a delete, or
// a change to a move, a closed shift or a day's report), one idempotency key per step (a retried or double-clicked
// step finds the first one), and at most one open shift. Amounts are signed paise; a move is never zero.
const char* const kVersion7[] = {
    "CREATE TABLE till_shifts ("
    " id INTEGER PRIMARY KEY,"
    " open_key TEXT NOT NULL UNIQUE CHECK (length(open_key) BETWEEN 1 AND 100),"
    " operator TEXT NOT NULL CHECK (length(trim(operator)) BETWEEN 1 AND 60),"
    " opened_at_ms INTEGER NOT NULL, ist_day TEXT NOT NULL,"
    " opening_cash_paise INTEGER NOT NULL CHECK (opening_cash_paise >= 0),"
    " evalue_open_paise INTEGER,"
    " previous_shift_id INTEGER REFERENCES till_shifts(id),"
    " closed_at_ms INTEGER, close_key TEXT UNIQUE,"
    " expected_cash_paise INTEGER,"
    " counted_cash_paise INTEGER CHECK (counted_cash_paise IS NULL OR counted_cash_paise >= 0),"
    " difference_paise INTEGER, evalue_close_paise INTEGER, handed_to TEXT,"
    " CHECK ((closed_at_ms IS NULL) = (counted_cash_paise IS NULL)),"
    " CHECK ((closed_at_ms IS NULL) = (close_key IS NULL)))",
    "CREATE UNIQUE INDEX till_one_open_shift ON till_shifts(coalesce(closed_at_ms, 0)) WHERE closed_at_ms IS NULL",
    "CREATE INDEX till_shifts_by_day ON till_shifts(ist_day, id)",
    "CREATE TABLE till_moves ("
    " id INTEGER PRIMARY KEY,"
    " move_key TEXT NOT NULL UNIQUE CHECK (length(move_key) BETWEEN 1 AND 100),"
    " shift_id INTEGER NOT NULL REFERENCES till_shifts(id),"
    " at_ms INTEGER NOT NULL,"
    " amount_paise INTEGER NOT NULL CHECK (amount_paise <> 0),"
    " reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 200),"
    " operator TEXT NOT NULL)",
    "CREATE INDEX till_moves_by_shift ON till_moves(shift_id, id)",
    "CREATE TABLE day_closes ("
    " number INTEGER PRIMARY KEY,"
    " ist_day TEXT NOT NULL UNIQUE,"
    " close_key TEXT NOT NULL UNIQUE,"
    " closed_at_ms INTEGER NOT NULL,"
    " report_json TEXT NOT NULL)",
    "CREATE TRIGGER till_moves_no_update BEFORE UPDATE ON till_moves"
    " BEGIN SELECT RAISE(ABORT, 'till_moves is append-only'); END",
    "CREATE TRIGGER till_moves_no_delete BEFORE DELETE ON till_moves"
    " BEGIN SELECT RAISE(ABORT, 'till_moves is append-only'); END",
    "CREATE TRIGGER till_shifts_no_delete BEFORE DELETE ON till_shifts"
    " BEGIN SELECT RAISE(ABORT, 'till_shifts is append-only'); END",
    "CREATE TRIGGER till_shifts_closed_final BEFORE UPDATE ON till_shifts WHEN OLD.closed_at_ms IS NOT NULL"
    " BEGIN SELECT RAISE(ABORT, 'a closed shift is final'); END",
    "CREATE TRIGGER day_closes_no_update BEFORE UPDATE ON day_closes"
    " BEGIN SELECT RAISE(ABORT, 'day_closes is append-only'); END",
    "CREATE TRIGGER day_closes_no_delete BEFORE DELETE ON day_closes"
    " BEGIN SELECT RAISE(ABORT, 'day_closes is append-only'); END",
};

Error migrationError(const QString& detail)
{
    return Error {QStringLiteral("journal.migration_failed"),
                  QCoreApplication::translate("Journal",
                                              "The transaction journal could not be upgraded. Keep the file and "
                                              "contact support before starting transactions."),
                  detail};
}

Result<bool> runAll(QSqlDatabase& db, const char* const* statements, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(statements[i]))) {
            return migrationError(q.lastError().text());
        }
    }
    return true;
}

Result<bool> migrateTo(QSqlDatabase& db, int version, qint64 nowMs)
{
    if (version == 1) {
        return runAll(db, kVersion1, std::size(kVersion1));
    }
    if (version == 2) {
        auto r = runAll(db, kVersion2, std::size(kVersion2));
        if (!r) {
            return r;
        }
        // Rows left open by a v1 build are inquired at the first reconciliation pass.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE transactions SET next_attempt_at_ms = ? WHERE state IN "
                                 "('prepared','sent','pending','unknown','refund_pending')"));
        q.addBindValue(nowMs);
        if (!q.exec()) {
            return migrationError(q.lastError().text());
        }
        return true;
    }
    if (version == 3) {
        auto r = runAll(db, kVersion3, std::size(kVersion3));
        if (!r) {
            return r;
        }
        auto filled = chain::backfill(db);
        return filled ? filled : migrationError(filled.error().detail);
    }
    if (version == 4) {
        return runAll(db, kVersion4, std::size(kVersion4));
    }
    if (version == 5) {
        return runAll(db, kVersion5, std::size(kVersion5));
    }
    if (version == 6) {
        return runAll(db, kVersion6, std::size(kVersion6));
    }
    if (version == 7) {
        return runAll(db, kVersion7, std::size(kVersion7));
    }
    return migrationError(QStringLiteral("no migration to version %1").arg(version));
}

} // namespace

Result<int> version(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return migrationError(q.lastError().text());
    }
    return q.value(0).toInt();
}

Result<int> migrate(QSqlDatabase& db, qint64 nowMs, int target)
{
    auto current = version(db);
    if (!current) {
        return current;
    }
    int v = current.value();
    if (v > kLatestVersion) {
        return Error {QStringLiteral("journal.too_new"),
                      QCoreApplication::translate("Journal",
                                                  "The transaction journal was written by a newer version of "
                                                  "Saathi. Install that version again."),
                      QStringLiteral("user_version %1 > %2").arg(v).arg(kLatestVersion)};
    }
    while (v < target) {
        const int next = v + 1;
        if (!db.transaction()) {
            return migrationError(db.lastError().text());
        }
        auto step = migrateTo(db, next, nowMs);
        QSqlQuery q(db);
        if (step && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(next))) {
            step = migrationError(q.lastError().text());
        }
        if (!step || !db.commit()) {
            db.rollback();
            return step ? migrationError(db.lastError().text()) : step.error();
        }
        qCInfo(lcJournal) << "journal schema migrated to version" << next;
        v = next;
    }
    return v;
}

} // namespace saathi::journal::schema
