// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/journal/TransactionRecord.h"
#include "core/util/Error.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace saathi {
class Clock;
}

namespace saathi::journal {

struct LegacyMigrationRequest
{
    QString legacyPath; // the journal shared by every environment before v5 (JournalDatabase::defaultPath())
    // Each environment's journal; empty: JournalPaths::forEnvironment(legacyPath, env).
    std::function<QString(EkoEnvironment)> destinationPath;
    // The evidence: Eko user_codes configured for each environment (the keychain's credentials, training's
    // built-in agent). A code found in more than one set proves nothing (20810200 is both training's agent and
    // Eko's published UAT sample).
    QHash<EkoEnvironment, QSet<QString>> userCodesByEnvironment;
    // Test seam: stop after each destination commit, before the legacy row is marked (a kill between the two).
    bool copyOnlyForTest = false;
};

struct LegacyMigrationReport
{
    bool legacyFound = false;
    QHash<EkoEnvironment, int> moved; // rows this run moved, per environment
    int movedBefore = 0; // rows an earlier run had moved
    int left = 0; // rows still only in the legacy file: origin unknown, or not movable (see problems)
    // Rows left whose outcome is open (unresolved or refund_pending): never reconciled automatically, the agent
    // settles them by hand with their references (client_ref_id, tid, RRN, amount, kind, time).
    QList<TransactionRecord> toSettleByHand;
    QStringList problems; // rows whose environment is known but that could not be moved, for the log
};

// Moves the rows of the legacy shared journal into the journal of the environment that sent them, on evidence
// only (issue #12), in this order:
//   1. the row's environment column (written by a v5 build);
//   2. its agent_user_code found in exactly one environment's set of configured user codes;
//   otherwise its origin is unknown and it stays where it is, never reconciled, listed to be settled by hand.
// A move commits the row (all fields, environment set), its events and one event naming the evidence in the
// destination first, then marks the legacy row `moved_to` with an event of its own. A run killed at any point and
// run again neither loses nor duplicates a row (the destination's UNIQUE client_ref_id shows a copy already made).
// Running it later with more evidence (credentials saved since) moves more rows.
//
// Synchronous and disk-bound: run it on the journal's worker thread (JournalService::open), the CLI or a test.
class LegacyJournalMigration
{
public:
    static Result<LegacyMigrationReport> run(const LegacyMigrationRequest& request, const Clock& clock);
};

} // namespace saathi::journal
