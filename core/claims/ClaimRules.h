// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionRecord.h"
#include "core/util/Error.h"
#include "core/util/Money.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace saathi::claims {

// One turnaround rule (RBI's "Harmonisation of TAT", 20 Sep 2019): for rows of these kinds in these states, the
// customer's debited money must be back within `reversalDays` calendar days of the transaction's IST day (T+5 for
// AePS), after which the bank pays `compensationPerDay` for each day of delay. Data, not code:
// resources/claims/turnaround-rules.json (built in), replaceable with the setting `claims/rules` (a file path).
struct ClaimRule
{
    QString id; // "aeps_failed_debited"
    QList<journal::TxKind> kinds;
    QList<journal::TxState> states;
    int reversalDays = 5;
    Paise compensationPerDay;
    QString source; // the circular, printed on the slip
    QMap<QString, QString> text; // language code ("en", "hi") → the rule as the customer reads it

    // The rule in `language`, else in English.
    QString textIn(const QString& language) const { return text.value(language, text.value(QStringLiteral("en"))); }
};

// Where a row stands against its rule on a given day.
struct ClaimClock
{
    QDate transactionDay; // T, IST
    QDate deadline; // T + reversalDays
    int daysSince = 0; // today - T
    int daysLeft = 0; // deadline - today (negative once overdue)
    bool overdue() const { return daysLeft < 0; }
    int compensationDays() const { return daysLeft < 0 ? -daysLeft : 0; }
};

class ClaimRules
{
public:
    static ClaimRules builtIn();
    // claims.bad_rules (translated) for a file that is not a valid rule set.
    static Result<ClaimRules> load(const QString& path);
    static Result<ClaimRules> fromJson(const QByteArray& json);

    // The first rule matching the row's kind and state; null when the customer cannot have been debited (not_sent,
    // success, a balance enquiry…).
    const ClaimRule* ruleFor(const journal::TransactionRecord& row) const;
    // The first rule for the kind whatever the state: the clock of a row that was stuck and is final now.
    const ClaimRule* ruleForKind(journal::TxKind kind) const;
    const QList<ClaimRule>& rules() const { return m_rules; }

    static ClaimClock clock(const ClaimRule& rule, qint64 createdAtMs, qint64 nowMs);

private:
    QList<ClaimRule> m_rules;
};

} // namespace saathi::claims
