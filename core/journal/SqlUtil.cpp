// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/SqlUtil.h"

#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalErrors.h"
#include "core/journal/SqliteFailure.h"

#include <QCoreApplication>
#include <QSqlError>

namespace saathi::journal::sql {

const QString kRecordColumns = QStringLiteral(
    "id, client_ref_id, submission_key, kind, state, amount_paise, customer_mobile, aadhaar_last4, agent_user_code, "
    "bank_code, channel, consent_version, consent_lang, related_client_ref_id, created_at_ms, updated_at_ms, "
    "tx_status, tid, rrn, fee_paise, commission_paise, balance_paise, message, raw_response, next_attempt_at_ms, "
    "attempts, not_found_count, first_not_found_at_ms, environment, eko_host, moved_to");

const QString kOpenStates = QStringLiteral("('prepared','sent','pending','unknown','refund_pending')");
const QString kListColumns
    = QString(kRecordColumns).replace(QStringLiteral("raw_response"), QStringLiteral("NULL AS raw_response"));

const QString kPreV5ListColumns
    = QString(kListColumns)
          .replace(QStringLiteral("environment, eko_host, moved_to"),
                   QStringLiteral("NULL AS environment, NULL AS eko_host, NULL AS moved_to"));

namespace {
std::optional<Paise> paiseOrNull(const QVariant& v)
{
    if (v.isNull()) {
        return std::nullopt;
    }
    return Paise {v.toLongLong()};
}
} // namespace

TransactionRecord recordFromQuery(const QSqlQuery& q)
{
    TransactionRecord r;
    r.id = q.value(0).toLongLong();
    r.clientRefId = q.value(1).toString();
    r.submissionKey = q.value(2).toString();
    parseKind(q.value(3).toString(), &r.kind);
    parseState(q.value(4).toString(), &r.state);
    r.amount = Paise {q.value(5).toLongLong()};
    r.customerMobile = q.value(6).toString();
    r.aadhaarLast4 = q.value(7).toString();
    r.agentUserCode = q.value(8).toString();
    r.bankCode = q.value(9).toString();
    r.channel = q.value(10).toString();
    r.consentVersion = q.value(11).toString();
    r.consentLanguage = q.value(12).toString();
    r.relatedClientRefId = q.value(13).toString();
    r.createdAtMs = q.value(14).toLongLong();
    r.updatedAtMs = q.value(15).toLongLong();
    r.txStatus = q.value(16).isNull() ? -1 : q.value(16).toInt();
    r.tid = q.value(17).toString();
    r.rrn = q.value(18).toString();
    r.fee = paiseOrNull(q.value(19));
    r.commission = paiseOrNull(q.value(20));
    r.balance = paiseOrNull(q.value(21));
    r.message = q.value(22).toString();
    r.rawResponse = q.value(23).toString();
    r.nextAttemptAtMs = q.value(24).toLongLong();
    r.attempts = q.value(25).toInt();
    r.notFoundCount = q.value(26).toInt();
    r.firstNotFoundAtMs = q.value(27).toLongLong();
    r.environment = environmentFromWireName(q.value(28).toString());
    r.ekoHost = q.value(29).toString();
    r.movedTo = environmentFromWireName(q.value(30).toString());
    return r;
}

JournalEvent eventFromQuery(const QSqlQuery& q)
{
    // SELECT id, transaction_id, at_ms, from_state, to_state, source, note
    JournalEvent e;
    e.id = q.value(0).toLongLong();
    e.transactionId = q.value(1).toLongLong();
    e.atMs = q.value(2).toLongLong();
    TxState from {};
    if (!q.value(3).isNull() && parseState(q.value(3).toString(), &from)) {
        e.from = from;
    }
    parseState(q.value(4).toString(), &e.to);
    parseSource(q.value(5).toString(), &e.source);
    e.note = q.value(6).toString();
    return e;
}

Error storeError(const QString& detail)
{
    return Error {QStringLiteral("journal.store_failed"),
                  QCoreApplication::translate("Journal",
                                              "The transaction journal could not be read or written. Check that "
                                              "the disk is not full, then restart Saathi."),
                  detail};
}

Error storeError(const QSqlQuery& q)
{
    if (sqlite::classify(q.lastError(), q.driver(), QString()) == sqlite::Failure::DiskFull) {
        return diskFullError(q.lastError().text());
    }
    return storeError(q.lastError().text());
}

} // namespace saathi::journal::sql
