// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/EventChain.h"
#include "core/journal/JournalDatabase.h"
#include "core/journal/ReconcilePolicy.h"
#include "core/journal/TransactionRecord.h"
#include "core/util/Error.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace saathi {
class Clock;
}

namespace saathi::journal {

// The transaction journal, synchronous: one SQLite connection, used on one thread (the CLI's, a test's, or
// JournalService's worker — never the UI thread). Every money-moving request goes through it:
//
//   auto p = store.prepare(request);           // COMMITTED (fsync) before anything is sent — R1
//   if (!p || !p.value().mustSend()) …          // same submission key again: no second request
//   if (!store.markSent(ref)) …                 // the atomic claim: only one caller ever gets past this
//   … send …
//   store.recordOutcome(ref, outcome);          // success/failed/pending/unknown, sanitised raw body
//
// Each state change is one row update plus one audit event, in one transaction.
class JournalStore
{
public:
    struct Options
    {
        bool integrityCheck = true;
        ReconcilePolicy policy;
        // The environment this file belongs to (issue #12). Set: a file tagged with another environment is refused
        // (journal.wrong_environment), an untagged file without rows gets tagged, an untagged file with rows from
        // before v5 is refused (journal.legacy_file: LegacyJournalMigration moves them). Empty (CLI --db tools): no
        // check; the store then works for the file's tag, if it has one.
        std::optional<EkoEnvironment> environment;
        // SQLite's own checkpoint every 1,000 WAL pages, run inside whichever commit crosses the mark — a money
        // transaction's, as likely as not. JournalService turns it off and checkpoints when idle instead
        // (checkpointIdle), so a transaction pays exactly its two syncs (R2).
        bool autoCheckpoint = true;
        // SQLite checkpoints (2 syncs) when the last connection closes. A one-transaction process (saathi-cli) turns
        // that off: the WAL stays for the next run or the app's idle checkpoint, which fold it in.
        bool checkpointOnClose = true;
    };
    struct PrepareResult
    {
        TransactionRecord record;
        bool created = false; // false: the submission key was already journaled (double click, retry)
        // Send only when this attempt is new; an existing row is never sent again (it is reconciled instead).
        bool mustSend() const { return created; }
    };

    static Result<std::unique_ptr<JournalStore>> open(const QString& path, const Clock& clock, const Options& options);
    static Result<std::unique_ptr<JournalStore>> open(const QString& path, const Clock& clock)
    {
        return open(path, clock, Options());
    }
    ~JournalStore();

    const QString& path() const { return m_db.path(); }
    const Clock& clock() const { return m_clock; }
    const ReconcilePolicy& policy() const { return m_options.policy; }
    // The environment whose rows this store writes and reconciles: Options::environment, else the file's tag.
    std::optional<EkoEnvironment> environment() const { return m_environment; }
    Result<DurabilitySettings> durability() { return m_db.readDurability(); }

    // --- the money path ---
    Result<PrepareResult> prepare(const PrepareRequest& request);
    // prepared → sent. Fails (journal.already_sent) for any row not in `prepared`: a row is sent at most once.
    // Not worth an fsync (R2): committed with synchronous=NORMAL and made durable by the next FULL commit.
    Result<TransactionRecord> markSent(const QString& clientRefId);
    // Applies an answer. A transition the state machine forbids (a stale "failed" after an inquiry said
    // "success") is refused with journal.stale_outcome and leaves the row as it was. Repeating the row's final
    // state is a no-op that only fills fields still empty (tid, RRN…).
    Result<TransactionRecord> recordOutcome(const QString& clientRefId, const Outcome& outcome);

    // --- reconciliation (used by Reconciler) ---
    // Only rows sent to `env` are ever returned: never an origin-unknown row (environment NULL), never another
    // environment's. The overloads without `env` use environment(); on a store without one (CLI --db on an untagged
    // file) dueForInquiry()/nextDueAtMs() return nothing, while openRows()/unresolvedCount(), which only display,
    // cover every row whose environment is known. The Reconciler always asks with an explicit environment.
    // Eko answered "TID does not exist": counts it and, once the policy's grace has passed, moves the row to
    // not_sent; before that an unclear row becomes `unknown` (R4). `answeredBy` is the environment that was asked
    // (default: the store's); a row sent elsewhere, or of unknown origin, is never closed by it (counted as a
    // failed inquiry instead).
    Result<TransactionRecord> recordNotFound(const QString& clientRefId, const QString& rawBody,
                                             std::optional<EkoEnvironment> answeredBy = std::nullopt);
    // The inquiry itself failed (network, 5xx): the row stays as it is and the next attempt is scheduled.
    Result<TransactionRecord> recordInquiryFailed(const QString& clientRefId, const QString& detail);
    // Rows needing an inquiry whose next_attempt_at has come, oldest first.
    Result<QList<TransactionRecord>> dueForInquiry(EkoEnvironment env, qint64 nowMs, int limit);
    Result<QList<TransactionRecord>> dueForInquiry(qint64 nowMs, int limit);
    // The earliest next_attempt_at among rows needing an inquiry; 0 when there is none.
    Result<qint64> nextDueAtMs(EkoEnvironment env);
    Result<qint64> nextDueAtMs();
    // Every row needing an inquiry (unresolved + refund_pending), oldest first.
    Result<QList<TransactionRecord>> openRows(EkoEnvironment env);
    Result<QList<TransactionRecord>> openRows();
    // prepared/sent/pending/unknown rows: the counter's badge.
    Result<int> unresolvedCount(EkoEnvironment env);
    Result<int> unresolvedCount();
    // Open rows (unresolved + refund_pending) whose origin is unknown and that were not moved to an environment's
    // journal: never reconciled automatically, the agent settles them by hand with their references.
    Result<QList<TransactionRecord>> originUnknownOpenRows();

    // --- lookups ---
    Result<std::optional<TransactionRecord>> find(const QString& clientRefId);
    // By client_ref_id, Eko tid or RRN (first match, newest first).
    Result<std::optional<TransactionRecord>> findByReference(const QString& reference);
    // Rows whose submission key starts with `prefix` (a DMT plan's parts share "<key>#"), oldest first.
    Result<QList<TransactionRecord>> withSubmissionKeyPrefix(const QString& prefix);
    Result<QList<JournalEvent>> events(const QString& clientRefId);
    // N5: earlier rows for the same customer mobile, kind and amount created in the last `withinMs` (not_sent
    // ones excluded), newest first. The form asks "this is a new transaction?" when the list is not empty.
    Result<QList<TransactionRecord>> similarRecent(const PrepareRequest& request, qint64 withinMs);
    // N1 pre-flight: transactions of `kind` for the customer behind `customerToken` (A2) created on the IST day
    // `istDay` that were approved or may still be (success, prepared, sent, pending, unknown).
    Result<int> approvedOrOpenForCustomer(const QString& customerToken, TxKind kind, const QDate& istDay);

    // --- housekeeping, off the money path (R2) ---
    // Copies the WAL into the database file (PASSIVE: never waits for a reader) and, when all of it was copied,
    // starts the WAL over with one small write at synchronous=NORMAL: SQLite syncs a new WAL's header (and, once per
    // connection, its directory) on the first write after a restart, and that sync is paid here instead of by the
    // next prepare. Returns the WAL frames that were copied. Costs 2–3 syncs; run it when no money is in flight.
    Result<int> checkpointIdle();
    // A row this store prepared in the last two minutes that has no outcome yet: a transaction is on its way.
    bool hasMoneyInFlight() const;

    // E1: recomputes the event chain and every row's digest. O(rows): not on the UI thread.
    Result<chain::Check> verifyChain();

    // A10: raw bodies of rows last changed before the cutoff are removed (secure_delete zeroes the cells).
    Result<int> purgeRawResponses(qint64 olderThanMs);

    // For the history queries, the bench and tests in core/journal; not for the UI.
    QSqlDatabase& database() { return m_db.db(); }

private:
    JournalStore(const Clock& clock, Options options);
    // Reads the file's environment tag and applies Options::environment's rules (see Options).
    Error checkEnvironment();
    // The environment prepare() stamps on a new row: the store's, else the request's, else what its Eko host shows.
    // Refuses a request for another environment than the store's, or one going to another environment's Eko host.
    Result<std::optional<EkoEnvironment>> environmentFor(const PrepareRequest& request) const;
    // `condition` is built from wire names only (environmentCondition), never from outside text.
    Result<QList<TransactionRecord>> openRowsWhere(const QString& condition);
    Result<int> unresolvedCountWhere(const QString& condition);
    struct Change
    {
        TxState to = TxState::Unknown;
        Source source = Source::Local;
        const Outcome* outcome = nullptr;
        QString note;
        int notFoundCount = -1; // -1: unchanged
        qint64 firstNotFoundAtMs = 0;
    };
    Result<TransactionRecord> transition(const TransactionRecord& row, const Change& change);
    Result<TransactionRecord> fillFields(const TransactionRecord& row, const Outcome& outcome);
    // Inserts one audit event for the row `clientRefId` as it is now (inside the caller's transaction), chained
    // to the previous event (E1).
    Error appendEvent(qint64 transactionId, const QString& clientRefId, qint64 atMs, std::optional<TxState> from,
                      TxState to, Source source, const QString& note);
    Result<TransactionRecord> requireRow(const QString& clientRefId);
    qint64 nextAttemptFor(TxState state, int attempts, qint64 nowMs) const;
    Error begin();
    Error commit();
    void rollback();

    void trackInFlight(const QString& clientRefId, TxState state);

    const Clock& m_clock;
    Options m_options;
    QHash<QString, qint64> m_inFlight; // client_ref_id → prepared at (ms): prepared or sent by this store
    bool m_walDirty = true; // a commit since the last checkpointIdle() (true at open: what earlier runs left)
    std::optional<EkoEnvironment> m_environment;
    JournalDatabase m_db;
};

} // namespace saathi::journal
