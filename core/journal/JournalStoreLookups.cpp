// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// JournalStore, second half: what the reconciler and the history screens read, and the not-found rule.
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalStore.h"
#include "core/journal/RawBodySanitizer.h"
#include "core/journal/SqlUtil.h"
#include "core/logging/LogCategories.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace saathi::journal {

namespace {

using sql::kOpenStates;
const QString kUnresolvedStates = QStringLiteral("('prepared','sent','pending','unknown')");

Result<QList<TransactionRecord>> readRows(QSqlQuery& q)
{
    if (!q.exec()) {
        return sql::storeError(q);
    }
    QList<TransactionRecord> rows;
    while (q.next()) {
        rows.append(sql::recordFromQuery(q));
    }
    return rows;
}

} // namespace

Result<TransactionRecord> JournalStore::requireRow(const QString& clientRefId)
{
    auto row = find(clientRefId);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return Error {QStringLiteral("journal.not_found"),
                      QCoreApplication::translate("Journal", "No transaction with this reference is in the journal."),
                      QStringLiteral("client_ref_id %1").arg(clientRefId)};
    }
    return *row.value();
}

Result<std::optional<TransactionRecord>> JournalStore::find(const QString& clientRefId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + sql::kRecordColumns
              + QStringLiteral(" FROM transactions WHERE client_ref_id = ?"));
    q.addBindValue(clientRefId);
    if (!q.exec()) {
        return sql::storeError(q);
    }
    if (!q.next()) {
        return std::optional<TransactionRecord>();
    }
    return std::optional<TransactionRecord>(sql::recordFromQuery(q));
}

Result<std::optional<TransactionRecord>> JournalStore::findByReference(const QString& reference)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + sql::kRecordColumns
              + QStringLiteral(" FROM transactions WHERE client_ref_id = ? OR tid = ? OR rrn = ? "
                               "ORDER BY created_at_ms DESC, id DESC LIMIT 1"));
    q.addBindValue(reference);
    q.addBindValue(reference);
    q.addBindValue(reference);
    auto rows = readRows(q);
    if (!rows) {
        return rows.error();
    }
    if (rows.value().isEmpty()) {
        return std::optional<TransactionRecord>();
    }
    return std::optional<TransactionRecord>(rows.value().constFirst());
}

Result<QList<TransactionRecord>> JournalStore::withSubmissionKeyPrefix(const QString& prefix)
{
    if (prefix.isEmpty()) {
        return QList<TransactionRecord>();
    }
    // A range on the unique submission_key index (no LIKE: a key may hold '%' or '_'): [prefix, prefix with its
    // last character incremented), e.g. ["K#", "K$").
    QString upper = prefix;
    upper.back() = QChar(static_cast<char16_t>(upper.back().unicode() + 1));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + sql::kRecordColumns
              + QStringLiteral(" FROM transactions WHERE submission_key >= ? AND submission_key < ? ORDER BY id"));
    q.addBindValue(prefix);
    q.addBindValue(upper);
    return readRows(q);
}

Result<QList<JournalEvent>> JournalStore::events(const QString& clientRefId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT e.id, e.transaction_id, e.at_ms, e.from_state, e.to_state, e.source, e.note "
                             "FROM events e JOIN transactions t ON t.id = e.transaction_id "
                             "WHERE t.client_ref_id = ? ORDER BY e.id"));
    q.addBindValue(clientRefId);
    if (!q.exec()) {
        return sql::storeError(q);
    }
    QList<JournalEvent> events;
    while (q.next()) {
        events.append(sql::eventFromQuery(q));
    }
    return events;
}

Result<QList<TransactionRecord>> JournalStore::similarRecent(const PrepareRequest& request, qint64 withinMs)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + sql::kListColumns
              + QStringLiteral(" FROM transactions WHERE customer_mobile = ? AND created_at_ms >= ? AND kind = ? "
                               "AND amount_paise = ? AND state <> 'not_sent' ORDER BY created_at_ms DESC, id DESC"));
    q.addBindValue(request.customerMobile);
    q.addBindValue(m_clock.nowMs() - withinMs);
    q.addBindValue(wireName(request.kind));
    q.addBindValue(request.amount.value);
    return readRows(q);
}

Result<int> JournalStore::approvedOrOpenForCustomer(const QString& customerToken, TxKind kind, const QDate& istDay)
{
    if (customerToken.isEmpty()) {
        return 0;
    }
    const QDateTime start(istDay, QTime(0, 0), Clock::istZone());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM transactions WHERE customer_token = ? AND kind = ? AND "
                             "created_at_ms >= ? AND created_at_ms < ? AND state IN "
                             "('success','prepared','sent','pending','unknown')"));
    q.addBindValue(customerToken);
    q.addBindValue(wireName(kind));
    q.addBindValue(start.toMSecsSinceEpoch());
    q.addBindValue(start.addDays(1).toMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        return sql::storeError(q);
    }
    return q.value(0).toInt();
}

Result<TransactionRecord> JournalStore::recordNotFound(const QString& clientRefId, const QString& rawBody,
                                                       std::optional<EkoEnvironment> answeredBy)
{
    auto row = requireRow(clientRefId);
    if (!row) {
        return row;
    }
    const TransactionRecord& r = row.value();
    if (!r.environment || r.environment != (answeredBy ? answeredBy : m_environment)) {
        // Issue #12: "does not exist" only means something from the Eko the row was sent to. A row of unknown
        // origin (or another environment's) is never closed as not_sent on it.
        qCWarning(lcJournal) << "not-found answer ignored for" << clientRefId << "of another or unknown environment";
        return recordInquiryFailed(clientRefId, QStringLiteral("not found, but the row's environment is not this one"));
    }
    if (r.state == TxState::Pending || r.state == TxState::RefundPending || isFinal(r.state)) {
        // Eko knew this row before; a "does not exist" now is a glitch, not news. Ask again later.
        return recordInquiryFailed(clientRefId, QStringLiteral("not found after Eko had answered for it"));
    }
    const qint64 now = m_clock.nowMs();
    const ReconcilePolicy& p = m_options.policy;
    const int count = r.notFoundCount + 1;
    const qint64 first = r.firstNotFoundAtMs > 0 ? r.firstNotFoundAtMs : now;
    const bool settled = count >= p.notFoundAnswersForNotSent && now - first >= p.notFoundGraceMs
        && now - r.createdAtMs >= p.notFoundGraceMs;
    Outcome outcome;
    outcome.source = Source::Inquiry;
    outcome.state = settled ? TxState::NotSent : TxState::Unknown;
    outcome.txStatus = -1;
    outcome.rawBody = rawBody;
    Change change;
    change.to = outcome.state;
    change.source = Source::Inquiry;
    change.outcome = &outcome;
    change.notFoundCount = count;
    change.firstNotFoundAtMs = first;
    change.note = settled ? QStringLiteral("Eko does not know this reference (%1 answers over %2 min): not sent")
                                .arg(count)
                                .arg((now - first) / 60000)
                          : QStringLiteral("Eko does not know this reference yet (answer %1)").arg(count);
    return transition(r, change);
}

Result<TransactionRecord> JournalStore::recordInquiryFailed(const QString& clientRefId, const QString& detail)
{
    auto row = requireRow(clientRefId);
    if (!row) {
        return row;
    }
    const TransactionRecord& r = row.value();
    if (!needsInquiry(r.state)) {
        return r;
    }
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("UPDATE transactions SET attempts = ?, next_attempt_at_ms = ? WHERE id = ? AND state = ?"));
    q.addBindValue(r.attempts + 1);
    q.addBindValue(nextAttemptFor(r.state, r.attempts + 1, now));
    q.addBindValue(r.id);
    q.addBindValue(wireName(r.state));
    if (!q.exec()) {
        return sql::storeError(q);
    }
    qCInfo(lcJournal) << "inquiry for" << clientRefId << "failed; next attempt scheduled:" << detail;
    return requireRow(clientRefId);
}

Result<QList<TransactionRecord>> JournalStore::dueForInquiry(EkoEnvironment env, qint64 nowMs, int limit)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + sql::kRecordColumns
              + QStringLiteral(" FROM transactions WHERE environment = ? AND next_attempt_at_ms IS NOT NULL "
                               "AND next_attempt_at_ms <= ? AND state IN ")
              + kOpenStates + QStringLiteral(" ORDER BY next_attempt_at_ms, id LIMIT ?"));
    q.addBindValue(wireName(env));
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    return readRows(q);
}

Result<QList<TransactionRecord>> JournalStore::dueForInquiry(qint64 nowMs, int limit)
{
    return m_environment ? dueForInquiry(*m_environment, nowMs, limit) : QList<TransactionRecord>();
}

Result<qint64> JournalStore::nextDueAtMs(EkoEnvironment env)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_at_ms) FROM transactions WHERE environment = ? "
                             "AND next_attempt_at_ms IS NOT NULL AND state IN ")
              + kOpenStates);
    q.addBindValue(wireName(env));
    if (!q.exec()) {
        return sql::storeError(q);
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> JournalStore::nextDueAtMs()
{
    return m_environment ? nextDueAtMs(*m_environment) : Result<qint64>(0);
}

namespace {
// `environment = ?` for one environment; for a store without one, every row whose environment is known.
QString environmentCondition(const std::optional<EkoEnvironment>& env)
{
    return env ? QStringLiteral("environment = '%1'").arg(wireName(*env)) : QStringLiteral("environment IS NOT NULL");
}
} // namespace

Result<QList<TransactionRecord>> JournalStore::openRows(EkoEnvironment env)
{
    return openRowsWhere(environmentCondition(env));
}

Result<QList<TransactionRecord>> JournalStore::openRows()
{
    return openRowsWhere(environmentCondition(m_environment));
}

Result<QList<TransactionRecord>> JournalStore::openRowsWhere(const QString& condition)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + sql::kRecordColumns + QStringLiteral(" FROM transactions WHERE ") + condition
              + QStringLiteral(" AND state IN ") + kOpenStates + QStringLiteral(" ORDER BY created_at_ms, id"));
    return readRows(q);
}

Result<int> JournalStore::unresolvedCount(EkoEnvironment env)
{
    return unresolvedCountWhere(environmentCondition(env));
}

Result<int> JournalStore::unresolvedCount()
{
    return unresolvedCountWhere(environmentCondition(m_environment));
}

Result<int> JournalStore::unresolvedCountWhere(const QString& condition)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE ") + condition
                + QStringLiteral(" AND state IN ") + kUnresolvedStates)
        || !q.next()) {
        return sql::storeError(q);
    }
    return q.value(0).toInt();
}

Result<QList<TransactionRecord>> JournalStore::originUnknownOpenRows()
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + sql::kListColumns
              + QStringLiteral(" FROM transactions WHERE environment IS NULL AND moved_to IS NULL AND state IN ")
              + kOpenStates + QStringLiteral(" ORDER BY created_at_ms, id"));
    return readRows(q);
}

Result<chain::Check> JournalStore::verifyChain()
{
    return chain::verify(database());
}

Result<int> JournalStore::purgeRawResponses(qint64 olderThanMs)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE transactions SET raw_response = NULL WHERE raw_response IS NOT NULL "
                             "AND updated_at_ms < ? AND state NOT IN ")
              + kOpenStates);
    q.addBindValue(olderThanMs);
    if (!q.exec()) {
        return sql::storeError(q);
    }
    return q.numRowsAffected();
}

} // namespace saathi::journal
