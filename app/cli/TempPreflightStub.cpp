// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// TEMPORARY (issue #18, helper cli18): DROP THIS FILE AT MERGE, together with its line in app/CMakeLists.txt and the
// SAATHI_PREFLIGHT_STUB environment of tests/app/cli/CMakeLists.txt. It stands in for helper mem18's
// core/preflight/{Preflight,AnswerClassifier,CustomerMemory}.cpp until they are merged, so that saathi-cli links on
// this branch. It has no customer memory: the CLI tests that need one skip while SAATHI_PREFLIGHT_STUB is set.
#include "core/journal/JournalStore.h"
#include "core/preflight/AnswerClassifier.h"
#include "core/preflight/CustomerMemory.h"
#include "core/preflight/Preflight.h"

#include <algorithm>

namespace saathi::preflight {

QString wireName(Check check)
{
    switch (check) {
    case Check::AmountLimit:
        return QStringLiteral("amount_limit");
    case Check::CustomerDailyCount:
        return QStringLiteral("customer_daily_count");
    case Check::DmtMonthlyRoom:
        return QStringLiteral("dmt_monthly_room");
    case Check::Ekyc:
        return QStringLiteral("ekyc");
    case Check::DailyLogin:
        return QStringLiteral("daily_login");
    case Check::AgentStrikes:
        return QStringLiteral("agent_strikes");
    case Check::BankNotLinked:
        return QStringLiteral("bank_not_linked");
    case Check::BankLimitToday:
        return QStringLiteral("bank_limit_today");
    case Check::CustomerChecksSkipped:
        return QStringLiteral("customer_checks_skipped");
    }
    return QStringLiteral("unknown");
}

Verdict Outcome::verdict() const
{
    Verdict v = Verdict::Go;
    for (const Reason& r : reasons) {
        if (r.severity == Severity::Stop) {
            return Verdict::Stop;
        }
        if (r.severity == Severity::Warn) {
            v = Verdict::Warn;
        }
    }
    return v;
}

QList<Reason> Outcome::withSeverity(Severity severity) const
{
    QList<Reason> out;
    for (const Reason& r : reasons) {
        if (r.severity == severity) {
            out.append(r);
        }
    }
    return out;
}

QList<Reason> Preflight::localChecks(const Request& request)
{
    QList<Reason> reasons;
    if (request.needsAgentLogin && !request.agent.ekycDone) {
        reasons.append({Check::Ekyc, Severity::Stop, QStringLiteral("Your one-time eKYC is not done."), {}});
    } else if (request.needsAgentLogin && !request.agent.dailyLoginToday) {
        reasons.append({Check::DailyLogin, Severity::Stop, QStringLiteral("Today's daily login is not done."), {}});
    }
    if (request.agentFinger && request.agent.failedAuthStreak >= 2) {
        reasons.append({Check::AgentStrikes,
                        request.agent.testCapturePassed ? Severity::Warn : Severity::Stop,
                        QStringLiteral("Your own finger failed twice in a row."),
                        {}});
    }
    if (request.kind == journal::TxKind::AepsWithdrawal && request.amount > Paise::fromRupees(10000)) {
        reasons.append({Check::AmountLimit, Severity::Stop, QStringLiteral("The most is ₹10,000."), {}});
    }
    return reasons;
}

Outcome Preflight::evaluate(journal::JournalStore& store, const Request& request)
{
    Outcome outcome;
    outcome.reasons = localChecks(request);
    if (request.customerToken.isEmpty()) {
        outcome.reasons.append({Check::CustomerChecksSkipped, Severity::Note,
                                QStringLiteral("The counter cannot recognise this customer (a VID, or no keychain)."),
                                QStringLiteral("aadhaar")});
    } else if (request.kind == journal::TxKind::AepsWithdrawal) {
        const auto today = store.approvedOrOpenForCustomer(request.customerToken, request.kind, request.istDay);
        if (today && today.value() >= 5) {
            outcome.reasons.append({Check::CustomerDailyCount, Severity::Stop,
                                    QStringLiteral("5 cash withdrawals today already."), QStringLiteral("aadhaar")});
        }
    }
    std::stable_sort(outcome.reasons.begin(), outcome.reasons.end(),
                     [](const Reason& a, const Reason& b) { return int(a.severity) > int(b.severity); });
    return outcome;
}

const AnswerClassifier& AnswerClassifier::builtIn()
{
    static const AnswerClassifier none;
    return none;
}

Conclusion AnswerClassifier::classify(const Answer&) const
{
    return Conclusion::NoConclusion;
}

CustomerMemory::CustomerMemory(QSqlDatabase& db)
    : m_db(db)
{
}

Error CustomerMemory::learnBank(const QString&, const QString&, Conclusion, qint64, const QDate&)
{
    return {};
}

} // namespace saathi::preflight
