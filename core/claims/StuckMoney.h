// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/claims/ClaimRules.h"
#include "core/claims/ClaimSlip.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace saathi::journal {
class JournalStore;
}

namespace saathi::claims {

// A withdrawal or transfer whose customer may have been debited: its rule's clock, and, once the reconciler made it
// final, what happened and when (the time of the row's last state change).
struct StuckRow
{
    journal::TransactionRecord row;
    ClaimClock clock;
    QString ruleId;
    int reversalDays = 0; // the rule's, for "day 2 of 5"
    Paise compensationPerDay; // the rule's, for "₹300 compensation due"
    bool resolved = false; // final now (success, failed after an open state, refunded…)
    qint64 resolvedAtMs = 0;
};

// Synchronous, on the journal's connection (the journal worker, saathi-cli, tests).
class StuckMoney
{
    Q_DECLARE_TR_FUNCTIONS(StuckMoney)

public:
    StuckMoney(journal::JournalStore& store, const ClaimRules& rules);

    // Rows still to chase (open, or failed within their rule's window plus `graceDays`), oldest first: home's box.
    Result<QList<StuckRow>> toChase(qint64 nowMs, int graceDays = 30);
    // The same customer came back: their rows of the last `days` that were, or still are, stuck, newest first.
    Result<QList<StuckRow>> forMobile(const QString& mobile, qint64 nowMs, int days = 60);

    // What the agent tells the customer, in the counter's language: "Your ₹2,500 of 3 Dec was reversed on 5 Dec.",
    // "Your ₹2,500 of 3 Dec went through on 5 Dec: pay the cash.", "Your ₹2,500 of 3 Dec is still being checked:
    // day 2 of 5, due back by 8 Dec."
    static QString tellCustomer(const StuckRow& stuck);
    // The row's clock in a few words, in the counter's language: "Day 2 of 5 · due back by 8 Dec", "Overdue 3 days:
    // ₹300 compensation due" (History's column, home's list).
    static QString clockText(const StuckRow& stuck);
    // The row as a StuckRow, from its current state only (no events: History's rows); nullopt without a rule.
    static std::optional<StuckRow> fromRow(const journal::TransactionRecord& row, const ClaimRules& rules,
                                           qint64 nowMs);

    // The claim slip of the row `reference` (client_ref_id, Eko TID or RRN) in "en" or "hi": claims.not_found,
    // claims.no_claim (a row whose customer cannot have been debited).
    Result<ClaimSlip> slip(const QString& reference, const CounterIdentity& identity, const QString& language,
                           qint64 nowMs);

private:
    // Fills the outcome from the row's events: whether it was open once and is final now, and when it changed last.
    Error readOutcome(StuckRow* stuck);

    journal::JournalStore& m_store;
    const ClaimRules& m_rules;
};

} // namespace saathi::claims
