// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/JournalStore.h"

#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalErrors.h"
#include "core/journal/JournalSchema.h"
#include "core/journal/RawBodySanitizer.h"
#include "core/journal/SqlUtil.h"
#include "core/journal/SqliteFailure.h"
#include "core/logging/LogCategories.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace saathi::journal {

namespace {

bool isDigits(const QString& s, int length)
{
    if (s.size() != length) {
        return false;
    }
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

Error invalidRequest(const QString& detail)
{
    return Error {QStringLiteral("journal.invalid_request"),
                  QCoreApplication::translate("Journal",
                                              "The transaction details are incomplete, so nothing was sent. Check "
                                              "the form and try again."),
                  detail};
}

Error validate(const PrepareRequest& r)
{
    if (r.submissionKey.isEmpty() || r.submissionKey.size() > 128) {
        return invalidRequest(QStringLiteral("submission key missing or longer than 128"));
    }
    if (r.clientRefId.isEmpty() || r.clientRefId.size() > 40) {
        return invalidRequest(QStringLiteral("client_ref_id missing or longer than 40"));
    }
    if (!r.aadhaarLast4.isEmpty() && !isDigits(r.aadhaarLast4, 4)) {
        // Never echo the value: it may be a full Aadhaar number passed by mistake.
        return invalidRequest(QStringLiteral("aadhaarLast4 must be exactly four digits"));
    }
    if (!r.customerMobile.isEmpty() && !isDigits(r.customerMobile, 10)) {
        return invalidRequest(QStringLiteral("customer mobile must be ten digits"));
    }
    if (r.amount.value < 0 || (isMoneyMoving(r.kind) && r.amount.value == 0)) {
        return invalidRequest(QStringLiteral("amount must be positive for a money-moving kind"));
    }
    if (r.agentUserCode.isEmpty()) {
        return invalidRequest(QStringLiteral("agent user_code missing"));
    }
    return Error();
}

bool samePayload(const TransactionRecord& row, const PrepareRequest& r)
{
    return row.kind == r.kind && row.amount == r.amount && row.customerMobile == r.customerMobile
        && row.aadhaarLast4 == r.aadhaarLast4 && row.agentUserCode == r.agentUserCode;
}

} // namespace

JournalStore::JournalStore(const Clock& clock, Options options)
    : m_clock(clock)
    , m_options(std::move(options))
{
}

JournalStore::~JournalStore() = default;

Result<std::unique_ptr<JournalStore>> JournalStore::open(const QString& path, const Clock& clock,
                                                         const Options& options)
{
    std::unique_ptr<JournalStore> store(new JournalStore(clock, options));
    JournalDatabase::Options dbOptions;
    dbOptions.integrityCheck = options.integrityCheck;
    Error e = store->m_db.open(path, dbOptions);
    if (!e.isNull()) {
        return e;
    }
    if (!options.checkpointOnClose && !sqlite::setCheckpointOnClose(store->m_db.db(), false)) {
        qCInfo(lcJournal) << "the driver's SQLite is out of reach: the journal checkpoints when it closes";
    }
    if (!options.autoCheckpoint) {
        if (Error off = store->m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")); !off.isNull()) {
            return sql::storeError(off.detail);
        }
    }
    auto migrated = schema::migrate(store->m_db.db(), clock.nowMs());
    if (!migrated) {
        return migrated.error();
    }
    if (Error tagged = store->checkEnvironment(); !tagged.isNull()) {
        return tagged;
    }
    return store;
}

Error JournalStore::begin()
{
    Error e = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    return e.isNull() || isDiskFull(e) ? e : sql::storeError(e.detail);
}

Error JournalStore::commit()
{
    Error e = m_db.exec(QStringLiteral("COMMIT"));
    if (!e.isNull()) {
        rollback(); // SQLite may have rolled back already (a full disk at COMMIT): then this is a no-op
        return isDiskFull(e) ? e : sql::storeError(e.detail);
    }
    m_walDirty = true;
    return e;
}

void JournalStore::rollback()
{
    m_db.exec(QStringLiteral("ROLLBACK"));
}

qint64 JournalStore::nextAttemptFor(TxState state, int attempts, qint64 nowMs) const
{
    return needsInquiry(state) ? nowMs + m_options.policy.delayAfter(attempts) : 0;
}

Result<JournalStore::PrepareResult> JournalStore::prepare(const PrepareRequest& request)
{
    if (Error e = validate(request); !e.isNull()) {
        return e;
    }
    const auto environment = environmentFor(request);
    if (!environment) {
        return environment.error();
    }
    if (Error e = begin(); !e.isNull()) {
        return e;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + sql::kRecordColumns
              + QStringLiteral(" FROM transactions WHERE submission_key = ?"));
    q.addBindValue(request.submissionKey);
    if (!q.exec()) {
        rollback();
        return sql::storeError(q);
    }
    if (q.next()) {
        const TransactionRecord existing = sql::recordFromQuery(q);
        q.finish();
        rollback();
        if (!samePayload(existing, request)) {
            return Error {QStringLiteral("journal.key_reused"),
                          QCoreApplication::translate("Journal",
                                                      "This form was already submitted with different details. "
                                                      "Start a new transaction."),
                          QStringLiteral("submission key reused with a different payload")};
        }
        qCInfo(lcJournal) << "duplicate submission for" << existing.clientRefId << "state" << wireName(existing.state);
        return PrepareResult {existing, false};
    }
    const qint64 now = m_clock.nowMs();
    QSqlQuery ins(database());
    ins.prepare(QStringLiteral(
        "INSERT INTO transactions (client_ref_id, submission_key, kind, state, amount_paise, customer_mobile, "
        "aadhaar_last4, agent_user_code, bank_code, channel, consent_version, consent_lang, related_client_ref_id, "
        "created_at_ms, updated_at_ms, next_attempt_at_ms, customer_token, environment, eko_host) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    ins.addBindValue(request.clientRefId);
    ins.addBindValue(request.submissionKey);
    ins.addBindValue(wireName(request.kind));
    ins.addBindValue(wireName(TxState::Prepared));
    ins.addBindValue(request.amount.value);
    ins.addBindValue(sql::nullIfEmpty(request.customerMobile));
    ins.addBindValue(sql::nullIfEmpty(request.aadhaarLast4));
    ins.addBindValue(request.agentUserCode);
    ins.addBindValue(sql::nullIfEmpty(request.bankCode));
    ins.addBindValue(sql::nullIfEmpty(request.channel));
    ins.addBindValue(sql::nullIfEmpty(request.consentVersion));
    ins.addBindValue(sql::nullIfEmpty(request.consentLanguage));
    ins.addBindValue(sql::nullIfEmpty(request.relatedClientRefId));
    ins.addBindValue(now);
    ins.addBindValue(now);
    ins.addBindValue(nextAttemptFor(TxState::Prepared, 0, now));
    ins.addBindValue(sql::nullIfEmpty(request.customerToken));
    ins.addBindValue(sql::nullIfEmpty(environment.value() ? wireName(*environment.value()) : QString()));
    ins.addBindValue(sql::nullIfEmpty(request.ekoHost));
    if (!ins.exec()) {
        const QString detail = ins.lastError().text();
        const Error failed = sql::storeError(ins);
        rollback();
        if (isDiskFull(failed)) {
            return failed;
        }
        if (detail.contains(QLatin1String("client_ref_id"))) {
            return Error {QStringLiteral("journal.duplicate_ref"),
                          QCoreApplication::translate("Journal",
                                                      "This transaction reference is already in use. "
                                                      "Start a new transaction."),
                          detail};
        }
        return sql::storeError(detail);
    }
    const qint64 id = ins.lastInsertId().toLongLong();
    if (Error e = appendEvent(id, request.clientRefId, now, std::nullopt, TxState::Prepared, Source::Local, QString());
        !e.isNull()) {
        rollback();
        return e;
    }
    if (Error e = commit(); !e.isNull()) {
        return e;
    }
    trackInFlight(request.clientRefId, TxState::Prepared);
    auto row = requireRow(request.clientRefId);
    if (!row) {
        return row.error();
    }
    return PrepareResult {row.value(), true};
}

Result<TransactionRecord> JournalStore::markSent(const QString& clientRefId)
{
    auto row = requireRow(clientRefId);
    if (!row) {
        return row;
    }
    if (row.value().state != TxState::Prepared) {
        return Error {QStringLiteral("journal.already_sent"),
                      QCoreApplication::translate("Journal",
                                                  "This transaction was already sent. Wait for its result in the "
                                                  "history instead of sending it again."),
                      QStringLiteral("state is %1").arg(wireName(row.value().state))};
    }
    // R2: the `sent` marker rides on the next FULL commit; a crash before that leaves `prepared`, which is
    // inquired all the same.
    m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    Change change;
    change.to = TxState::Sent;
    change.source = Source::Local;
    auto result = transition(row.value(), change);
    if (Error e = m_db.exec(QStringLiteral("PRAGMA synchronous=FULL")); !e.isNull()) {
        qCWarning(lcJournal) << "synchronous=FULL could not be restored; the journal closes:" << e.detail;
        m_db.close(); // never keep writing with weaker durability than promised
        return sql::storeError(e.detail);
    }
    if (!result && result.error().code == QLatin1String("journal.conflict")) {
        return Error {QStringLiteral("journal.already_sent"), result.error().userMessage, result.error().detail};
    }
    return result;
}

Result<TransactionRecord> JournalStore::recordOutcome(const QString& clientRefId, const Outcome& outcome)
{
    auto row = requireRow(clientRefId);
    if (!row) {
        return row;
    }
    if (row.value().state == outcome.state && isFinal(outcome.state)) {
        return fillFields(row.value(), outcome);
    }
    Change change;
    change.to = outcome.state;
    change.source = outcome.source;
    change.outcome = &outcome;
    change.note = outcome.note;
    return transition(row.value(), change);
}

Result<TransactionRecord> JournalStore::transition(const TransactionRecord& row, const Change& change)
{
    if (!canTransition(row.state, change.to, change.source)) {
        qCWarning(lcJournal) << "refused" << wireName(row.state) << "->" << wireName(change.to) << "from"
                             << wireName(change.source) << "for" << row.clientRefId;
        return Error {
            QStringLiteral("journal.stale_outcome"),
            QCoreApplication::translate("Journal",
                                        "A late answer disagreed with the recorded result and was "
                                        "ignored. The history shows the confirmed result."),
            QStringLiteral("%1 -> %2 from %3").arg(wireName(row.state), wireName(change.to), wireName(change.source))};
    }
    const qint64 now = m_clock.nowMs();
    const int attempts = row.attempts + (change.source == Source::Inquiry ? 1 : 0);
    const Outcome* o = change.outcome;
    if (Error e = begin(); !e.isNull()) {
        return e;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE transactions SET state = ?, updated_at_ms = ?, attempts = ?, next_attempt_at_ms = ?, "
        "not_found_count = COALESCE(?, not_found_count), first_not_found_at_ms = COALESCE(?, first_not_found_at_ms), "
        "tx_status = COALESCE(?, tx_status), tid = COALESCE(?, tid), rrn = COALESCE(?, rrn), "
        "fee_paise = COALESCE(?, fee_paise), commission_paise = COALESCE(?, commission_paise), "
        "balance_paise = COALESCE(?, balance_paise), message = COALESCE(?, message), "
        "raw_response = COALESCE(?, raw_response) WHERE id = ? AND state = ?"));
    q.addBindValue(wireName(change.to));
    q.addBindValue(now);
    q.addBindValue(attempts);
    q.addBindValue(sql::zeroAsNull(nextAttemptFor(change.to, attempts, now)));
    q.addBindValue(change.notFoundCount < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(change.notFoundCount));
    q.addBindValue(sql::zeroAsNull(change.firstNotFoundAtMs));
    q.addBindValue(o && o->txStatus >= 0 ? QVariant(o->txStatus) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(sql::nullIfEmpty(o ? o->tid : QString()));
    q.addBindValue(sql::nullIfEmpty(o ? o->rrn : QString()));
    q.addBindValue(sql::optionalPaise(o ? o->fee : std::nullopt));
    q.addBindValue(sql::optionalPaise(o ? o->commission : std::nullopt));
    q.addBindValue(sql::optionalPaise(o ? o->balance : std::nullopt));
    q.addBindValue(sql::nullIfEmpty(o ? sanitize::text(o->message) : QString()));
    q.addBindValue(sql::nullIfEmpty(o ? sanitize::rawBody(o->rawBody) : QString()));
    q.addBindValue(row.id);
    q.addBindValue(wireName(row.state));
    if (!q.exec()) {
        rollback();
        return sql::storeError(q);
    }
    if (q.numRowsAffected() != 1) {
        rollback();
        return Error {QStringLiteral("journal.conflict"),
                      QCoreApplication::translate("Journal",
                                                  "This transaction was updated elsewhere at the same time. Open "
                                                  "the history to see its result."),
                      QStringLiteral("row %1 no longer in state %2").arg(row.clientRefId, wireName(row.state))};
    }
    if (Error e = appendEvent(row.id, row.clientRefId, now, row.state, change.to, change.source, change.note);
        !e.isNull()) {
        rollback();
        return e;
    }
    if (Error e = commit(); !e.isNull()) {
        return e;
    }
    qCInfo(lcJournal) << row.clientRefId << wireName(row.state) << "->" << wireName(change.to) << "("
                      << wireName(change.source) << ")";
    trackInFlight(row.clientRefId, change.to);
    return requireRow(row.clientRefId);
}

Result<TransactionRecord> JournalStore::fillFields(const TransactionRecord& row, const Outcome& o)
{
    const bool adds = (!o.tid.isEmpty() && row.tid.isEmpty()) || (!o.rrn.isEmpty() && row.rrn.isEmpty())
        || (o.fee && !row.fee) || (o.commission && !row.commission) || (o.balance && !row.balance);
    if (!adds) {
        return row; // a repeated answer: nothing new
    }
    const qint64 now = m_clock.nowMs();
    if (Error e = begin(); !e.isNull()) {
        return e;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE transactions SET tid = COALESCE(tid, ?), rrn = COALESCE(rrn, ?), "
                             "fee_paise = COALESCE(fee_paise, ?), commission_paise = COALESCE(commission_paise, ?), "
                             "balance_paise = COALESCE(balance_paise, ?), updated_at_ms = ? WHERE id = ?"));
    q.addBindValue(sql::nullIfEmpty(o.tid));
    q.addBindValue(sql::nullIfEmpty(o.rrn));
    q.addBindValue(sql::optionalPaise(o.fee));
    q.addBindValue(sql::optionalPaise(o.commission));
    q.addBindValue(sql::optionalPaise(o.balance));
    q.addBindValue(now);
    q.addBindValue(row.id);
    if (!q.exec()) {
        rollback();
        return sql::storeError(q);
    }
    if (Error e = appendEvent(row.id, row.clientRefId, now, row.state, row.state, o.source,
                              QStringLiteral("details completed"));
        !e.isNull()) {
        rollback();
        return e;
    }
    if (Error e = commit(); !e.isNull()) {
        return e;
    }
    return requireRow(row.clientRefId);
}

Error JournalStore::appendEvent(qint64 transactionId, const QString& clientRefId, qint64 atMs,
                                std::optional<TxState> from, TxState to, Source source, const QString& note)
{
    auto row = find(clientRefId);
    auto previous = chain::lastHash(database());
    if (!row || !row.value() || !previous) {
        return !previous ? previous.error() : sql::storeError(QStringLiteral("row vanished inside its transaction"));
    }
    const QString cleanNote = sanitize::text(note);
    const QString fromName = from ? wireName(*from) : QString();
    const QByteArray digest = chain::rowDigest(*row.value());
    const QByteArray hash = chain::eventHash(previous.value(), clientRefId, atMs, fromName, wireName(to),
                                             wireName(source), cleanNote, digest);
    QSqlQuery ev(database());
    ev.prepare(QStringLiteral("INSERT INTO events (transaction_id, at_ms, from_state, to_state, source, note, "
                              "row_digest, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    ev.addBindValue(transactionId);
    ev.addBindValue(atMs);
    ev.addBindValue(sql::nullIfEmpty(fromName));
    ev.addBindValue(wireName(to));
    ev.addBindValue(wireName(source));
    ev.addBindValue(sql::nullIfEmpty(cleanNote));
    ev.addBindValue(QString::fromLatin1(digest));
    ev.addBindValue(QString::fromLatin1(hash));
    return ev.exec() ? Error() : sql::storeError(ev);
}

} // namespace saathi::journal
