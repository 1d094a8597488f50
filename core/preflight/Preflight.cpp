// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/preflight/Preflight.h"

#include "core/agent/StrikeGuard.h"
#include "core/journal/JournalStore.h"
#include "core/logging/LogCategories.h"
#include "core/preflight/CustomerMemory.h"
#include "core/validation/AmountRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace saathi::preflight {

namespace {

// lupdate files Texts::tr() under "Preflight", the context looked up at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
};

bool isAepsCustomerKind(journal::TxKind kind)
{
    return kind == journal::TxKind::AepsWithdrawal || kind == journal::TxKind::AadhaarPay
        || kind == journal::TxKind::BalanceEnquiry || kind == journal::TxKind::MiniStatement;
}

QString rupees(Paise amount)
{
    return QStringLiteral("₹") + amount.toWireString();
}

std::optional<AmountRule> amountRuleFor(journal::TxKind kind)
{
    switch (kind) {
    case journal::TxKind::AepsWithdrawal:
        return AmountRule::aepsCashWithdrawal();
    case journal::TxKind::AadhaarPay:
        return AmountRule::aadhaarPay();
    default:
        return std::nullopt; // DMT is split into transfers (TransferPlan); enquiries move no money
    }
}

// What the journal and the memory say about this customer: the daily count, then the chosen bank's last answer.
void customerChecks(journal::JournalStore& store, const Request& request, Outcome& outcome)
{
    if (request.kind == journal::TxKind::AepsWithdrawal) {
        const auto today = store.approvedOrOpenForCustomer(request.customerToken, request.kind, request.istDay);
        if (!today) {
            qCWarning(lcJournal) << "pre-flight: daily count not read:" << today.error().detail;
            outcome.reasons.append(Reason {Check::CustomerDailyCount, Severity::Stop, today.error().userMessage,
                                           QStringLiteral("aadhaar")});
        } else if (today.value() >= kMaxAepsWithdrawalsPerCustomerPerDay) {
            outcome.reasons.append(Reason {
                Check::CustomerDailyCount, Severity::Stop,
                Texts::tr("This customer has already made %1 cash withdrawals at this counter today, the most NPCI "
                          "allows. They can withdraw again tomorrow.")
                    .arg(kMaxAepsWithdrawalsPerCustomerPerDay),
                QStringLiteral("aadhaar")});
        }
    }
    CustomerMemory memory(store.database());
    const auto banks = memory.banks(request.customerToken);
    const auto finger = memory.finger(request.customerToken);
    if (!banks || !finger) {
        // The memory only advises: without it the transaction goes ahead as before issue #18.
        qCWarning(lcJournal) << "pre-flight: customer memory not read";
        return;
    }
    outcome.suggestedFinger = finger.value();
    for (const BankMemory& bank : banks.value()) { // newest first
        if (bank.conclusion == Conclusion::BankWorked && outcome.suggestedBank.isEmpty()) {
            outcome.suggestedBank = bank.bankCode;
        }
    }
    for (const BankMemory& bank : banks.value()) {
        if (bank.bankCode != request.bankCode) {
            continue;
        }
        if (bank.conclusion == Conclusion::NotLinked) {
            outcome.reasons.append(Preflight::bankNotLinked(outcome.suggestedBank));
        } else if (bank.conclusion == Conclusion::LimitExhausted && bank.istDay == request.istDay) {
            // Flagged until the IST day ends: the bank's limit is per day.
            outcome.reasons.append(Reason {
                Check::BankLimitToday, Severity::Warn,
                Texts::tr("Earlier today this bank answered that the customer's limit is used up. Choose another "
                          "bank of the customer's, or ask them to come back tomorrow."),
                QStringLiteral("bank")});
        }
    }
}

// Stops first, then warnings, then notes; in check order within each.
void sortBySeverity(QList<Reason>& reasons)
{
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const Reason& a, const Reason& b) { return int(a.severity) > int(b.severity); });
}

} // namespace

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
    const bool customerKind = isAepsCustomerKind(request.kind);
    if (customerKind && request.needsAgentLogin) {
        if (!request.agent.ekycDone) {
            reasons.append(Reason {Check::Ekyc, Severity::Stop,
                                   Texts::tr("Your one-time eKYC is not done. Complete the eKYC first, then serve the "
                                             "customer."),
                                   QString()});
        } else if (!request.agent.dailyLoginToday) {
            reasons.append(Reason {Check::DailyLogin, Severity::Stop,
                                   Texts::tr("Today's daily login is not done. Do the daily login with your own finger "
                                             "first, then serve the customer."),
                                   QString()});
        }
    }
    if (const auto rule = amountRuleFor(request.kind); rule && request.amount > Paise::fromRupees(rule->maxRupees)) {
        reasons.append(Reason {Check::AmountLimit, Severity::Stop,
                               Texts::tr("The most for one transaction is %1. Lower the amount.")
                                   .arg(rupees(Paise::fromRupees(rule->maxRupees))),
                               QStringLiteral("amount")});
    }
    if (request.kind == journal::TxKind::DmtTransfer && request.dmtMonthlyRoom
        && request.amount > *request.dmtMonthlyRoom) {
        reasons.append(Reason {Check::DmtMonthlyRoom, Severity::Stop,
                               Texts::tr("The customer can send only %1 more this month. Lower the amount.")
                                   .arg(rupees(*request.dmtMonthlyRoom)),
                               QStringLiteral("amount")});
    }
    if (request.agentFinger) {
        if (auto strike = agent::StrikeGuard::check(request.agent)) { // the rule and its words live there
            reasons.append(std::move(*strike));
        }
    }
    sortBySeverity(reasons);
    return reasons;
}

Reason Preflight::bankNotLinked(const QString& workedBank)
{
    const QString message = workedBank.isEmpty()
        ? Texts::tr("Last time this bank answered that the customer's Aadhaar is not linked to it. Ask the customer "
                    "which bank their Aadhaar is linked to and choose that bank.")
        : Texts::tr("Last time this bank answered that the customer's Aadhaar is not linked to it; %1 worked for this "
                    "customer before. Choose the bank their Aadhaar is linked to.")
              .arg(workedBank);
    return Reason {Check::BankNotLinked, Severity::Warn, message, QStringLiteral("bank")};
}

Outcome Preflight::evaluate(journal::JournalStore& store, const Request& request)
{
    Outcome outcome;
    outcome.reasons = localChecks(request);
    if (isAepsCustomerKind(request.kind)) {
        if (request.customerToken.isEmpty()) {
            outcome.reasons.append(Reason {
                Check::CustomerChecksSkipped, Severity::Note,
                Texts::tr("The counter cannot recognise this customer (a VID, or no keychain), so it did not check "
                          "their withdrawals today or their bank's last answer. The bank checks its own limits."),
                QStringLiteral("aadhaar")});
        } else {
            customerChecks(store, request, outcome);
        }
    }
    sortBySeverity(outcome.reasons);
    return outcome;
}

} // namespace saathi::preflight
