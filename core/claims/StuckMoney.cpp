// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/claims/StuckMoney.h"

#include "core/journal/JournalStore.h"
#include "core/journal/SqlUtil.h"
#include "core/receipt/Receipt.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace saathi::claims {

namespace {

using journal::TxState;

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// "('aeps_withdrawal','dmt_transfer')" from the rules' wire names (never outside text).
template<typename T>
QString sqlList(const QList<T>& values)
{
    QStringList names;
    for (const T& v : values) {
        names << QLatin1Char('\'') + journal::wireName(v) + QLatin1Char('\'');
    }
    names.removeDuplicates();
    return QLatin1Char('(') + names.join(QLatin1Char(',')) + QLatin1Char(')');
}

// A state the customer's money can sit in, still moving.
bool isOpen(TxState state)
{
    return journal::needsInquiry(state);
}

// "₹2,500" (whole rupees) or "₹2,500.50": what the agent says aloud.
QString spoken(Paise amount)
{
    const QString full = receipt::Receipt::formatRupees(amount);
    return amount.value % 100 == 0 ? full.chopped(3) : full;
}

// "3 Dec" ("3 दिसं॰" in Hindi): the month's short name is the counter's language, never an English word on a Hindi
// screen.
QString shortDay(const QDate& day)
{
    static const char* const kMonths[] = {
        QT_TRANSLATE_NOOP("StuckMoney", "Jan"), QT_TRANSLATE_NOOP("StuckMoney", "Feb"),
        QT_TRANSLATE_NOOP("StuckMoney", "Mar"), QT_TRANSLATE_NOOP("StuckMoney", "Apr"),
        QT_TRANSLATE_NOOP("StuckMoney", "May"), QT_TRANSLATE_NOOP("StuckMoney", "Jun"),
        QT_TRANSLATE_NOOP("StuckMoney", "Jul"), QT_TRANSLATE_NOOP("StuckMoney", "Aug"),
        QT_TRANSLATE_NOOP("StuckMoney", "Sep"), QT_TRANSLATE_NOOP("StuckMoney", "Oct"),
        QT_TRANSLATE_NOOP("StuckMoney", "Nov"), QT_TRANSLATE_NOOP("StuckMoney", "Dec"),
    };
    if (!day.isValid()) {
        return QString();
    }
    return QStringLiteral("%1 %2").arg(day.day()).arg(StuckMoney::tr(kMonths[day.month() - 1]));
}

QString shortDayOf(qint64 utcMs)
{
    return shortDay(QDateTime::fromMSecsSinceEpoch(utcMs, Clock::istZone()).date());
}

Result<QList<journal::TransactionRecord>> readRows(QSqlQuery& q)
{
    if (!q.exec()) {
        return journal::sql::storeError(q);
    }
    QList<journal::TransactionRecord> rows;
    while (q.next()) {
        rows.append(journal::sql::recordFromQuery(q));
    }
    return rows;
}

} // namespace

StuckMoney::StuckMoney(journal::JournalStore& store, const ClaimRules& rules)
    : m_store(store)
    , m_rules(rules)
{
}

std::optional<StuckRow> StuckMoney::fromRow(const journal::TransactionRecord& row, const ClaimRules& rules,
                                            qint64 nowMs)
{
    const ClaimRule* rule = rules.ruleFor(row);
    if (!rule) {
        rule = rules.ruleForKind(row.kind);
        if (!rule) {
            return std::nullopt;
        }
    }
    StuckRow stuck;
    stuck.row = row;
    stuck.ruleId = rule->id;
    stuck.reversalDays = rule->reversalDays;
    stuck.compensationPerDay = rule->compensationPerDay;
    stuck.clock = ClaimRules::clock(*rule, row.createdAtMs, nowMs);
    return stuck;
}

Error StuckMoney::readOutcome(StuckRow* stuck)
{
    const auto events = m_store.events(stuck->row.clientRefId);
    if (!events) {
        return events.error();
    }
    bool wasOpen = false;
    journal::Source lastSource = journal::Source::Local;
    for (const journal::JournalEvent& e : events.value()) {
        wasOpen = wasOpen || e.to == TxState::Pending || e.to == TxState::Unknown || e.to == TxState::RefundPending;
        if (!e.from || *e.from != e.to) {
            stuck->resolvedAtMs = e.atMs; // the last state change
            lastSource = e.source;
        }
    }
    // Final after an open state, or made final by an inquiry or a callback (a row sent before a kill): the
    // reconciler's word. A failed answer to the money call itself is not: that money is still to chase.
    const bool byReconciler = lastSource == journal::Source::Inquiry || lastSource == journal::Source::Callback;
    stuck->resolved
        = journal::isFinal(stuck->row.state) && (wasOpen || byReconciler || stuck->row.state == TxState::Refunded);
    if (!stuck->resolved) {
        stuck->resolvedAtMs = 0;
    }
    return {};
}

Result<QList<StuckRow>> StuckMoney::toChase(qint64 nowMs, int graceDays)
{
    QList<journal::TxKind> kinds;
    QList<TxState> states;
    int longest = 0;
    for (const ClaimRule& rule : m_rules.rules()) {
        kinds << rule.kinds;
        states << rule.states;
        longest = std::max(longest, rule.reversalDays);
    }
    if (kinds.isEmpty()) {
        return QList<StuckRow> {};
    }
    // Open rows whatever their age; final ones (failed) only while their window and the grace may still run.
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT ") + journal::sql::kListColumns
              + QStringLiteral(" FROM transactions WHERE kind IN ") + sqlList(kinds) + QStringLiteral(" AND state IN ")
              + sqlList(states) + QStringLiteral(" AND (state IN ") + journal::sql::kOpenStates
              + QStringLiteral(" OR created_at_ms >= ?)") + QStringLiteral(" ORDER BY created_at_ms, id"));
    q.addBindValue(nowMs - (longest + graceDays + 2) * kDayMs);
    const auto rows = readRows(q);
    if (!rows) {
        return rows.error();
    }
    QList<StuckRow> out;
    for (const journal::TransactionRecord& row : rows.value()) {
        auto stuck = fromRow(row, m_rules, nowMs);
        if (!stuck || !m_rules.ruleFor(row)) {
            continue;
        }
        if (!isOpen(row.state)) {
            if (stuck->clock.daysLeft < -graceDays) {
                continue;
            }
            if (const Error e = readOutcome(&*stuck); !e.isNull()) {
                return e;
            }
            if (stuck->resolved) {
                continue; // the reconciler's answer came: the customer hears it when they come back
            }
        }
        out.append(*stuck);
    }
    return out;
}

Result<QList<StuckRow>> StuckMoney::forMobile(const QString& mobile, qint64 nowMs, int days)
{
    if (mobile.size() != 10 || !std::all_of(mobile.cbegin(), mobile.cend(), [](QChar c) { return c.isDigit(); })) {
        return QList<StuckRow> {};
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT ") + journal::sql::kListColumns
              + QStringLiteral(" FROM transactions WHERE customer_mobile = ? AND created_at_ms >= ?"
                               " ORDER BY created_at_ms DESC, id DESC"));
    q.addBindValue(mobile);
    q.addBindValue(nowMs - static_cast<qint64>(days) * kDayMs);
    const auto rows = readRows(q);
    if (!rows) {
        return rows.error();
    }
    QList<StuckRow> out;
    for (const journal::TransactionRecord& row : rows.value()) {
        auto stuck = fromRow(row, m_rules, nowMs);
        if (!stuck) {
            continue;
        }
        if (const Error e = readOutcome(&*stuck); !e.isNull()) {
            return e;
        }
        if (m_rules.ruleFor(row) || stuck->resolved) { // stuck now, or stuck once and final since
            out.append(*stuck);
        }
    }
    return out;
}

QString StuckMoney::tellCustomer(const StuckRow& stuck)
{
    const journal::TransactionRecord& row = stuck.row;
    const QString amount = spoken(row.amount);
    const QString day = shortDayOf(row.createdAtMs);
    const QString deadline = shortDay(stuck.clock.deadline);
    const QString owed = spoken(Paise {stuck.compensationPerDay.value * stuck.clock.compensationDays()});
    if (stuck.resolved) {
        const QString when = shortDayOf(stuck.resolvedAtMs);
        switch (row.state) {
        case TxState::Success:
            if (row.kind == journal::TxKind::AepsWithdrawal) {
                return tr("Your %1 of %2 went through on %3: pay the cash.").arg(amount, day, when);
            }
            if (row.kind == journal::TxKind::DmtTransfer) {
                return tr("Your %1 of %2 reached the recipient on %3.").arg(amount, day, when);
            }
            return tr("Your %1 of %2 went through on %3.").arg(amount, day, when);
        case TxState::Refunded:
            return tr("Your %1 of %2 was refunded on %3.").arg(amount, day, when);
        case TxState::NotSent:
            return tr("Your %1 of %2 never reached the bank (checked on %3): no money moved.").arg(amount, day, when);
        default:
            return tr("Your %1 of %2 was reversed on %3.").arg(amount, day, when);
        }
    }
    if (row.state == TxState::Failed) {
        return stuck.clock.overdue()
            ? tr("Your %1 of %2 failed. If your account was debited, the bank had to return it by %3 and now owes "
                 "%4 compensation: give the claim slip.")
                  .arg(amount, day, deadline, owed)
            : tr("Your %1 of %2 failed. If your account was debited, the bank must return it by %3.")
                  .arg(amount, day, deadline);
    }
    return stuck.clock.overdue()
        ? tr("Your %1 of %2 is still being checked: %3 days past the deadline of %4, %5 compensation due.")
              .arg(amount, day, QString::number(stuck.clock.compensationDays()), deadline, owed)
        : tr("Your %1 of %2 is still being checked: day %3 of %4, due back by %5.")
              .arg(amount, day, QString::number(stuck.clock.daysSince), QString::number(stuck.reversalDays), deadline);
}

QString StuckMoney::clockText(const StuckRow& stuck)
{
    if (stuck.resolved) {
        return tr("Final on %1").arg(shortDayOf(stuck.resolvedAtMs));
    }
    if (stuck.clock.overdue()) {
        const int days = stuck.clock.compensationDays();
        return tr("Overdue %1 days: %2 compensation due")
            .arg(QString::number(days), spoken(Paise {stuck.compensationPerDay.value * days}));
    }
    return tr("Day %1 of %2 · due back by %3")
        .arg(QString::number(stuck.clock.daysSince), QString::number(stuck.reversalDays),
             shortDay(stuck.clock.deadline));
}

Result<ClaimSlip> StuckMoney::slip(const QString& reference, const CounterIdentity& identity, const QString& language,
                                   qint64 nowMs)
{
    const auto found = m_store.findByReference(reference.trimmed());
    if (!found) {
        return found.error();
    }
    if (!found.value() || reference.trimmed().isEmpty()) {
        return Error {QStringLiteral("claims.not_found"),
                      tr("There is no transaction with reference %1 in the journal.").arg(reference),
                      {}};
    }
    const journal::TransactionRecord& row = *found.value();
    const ClaimRule* rule = m_rules.ruleFor(row);
    if (!rule) {
        return Error {QStringLiteral("claims.no_claim"),
                      tr("%1 needs no claim slip: it is %2, so the customer's money is not stuck.")
                          .arg(row.clientRefId, journal::displayName(row.state)),
                      {}};
    }
    return ClaimSlip::build(row, *rule, identity, language, nowMs);
}

} // namespace saathi::claims
