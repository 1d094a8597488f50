// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/EventChain.h"

#include "core/journal/JournalEnvironment.h"
#include "core/journal/SqlUtil.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace saathi::journal::chain {

namespace {

QString money(const std::optional<Paise>& p)
{
    return p ? QString::number(p->value) : QString();
}

QByteArray sha256Hex(const QString& canonical)
{
    return QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
}

const QString kEventSelect = QStringLiteral("SELECT e.id, t.client_ref_id, e.at_ms, COALESCE(e.from_state, ''), "
                                            "e.to_state, e.source, COALESCE(e.note, ''), COALESCE(e.row_digest, ''), "
                                            "COALESCE(e.hash, ''), e.transaction_id FROM events e JOIN transactions t "
                                            "ON t.id = e.transaction_id ORDER BY e.id");

} // namespace

QByteArray rowDigest(const TransactionRecord& r)
{
    // Unit separator between fields: no field can fake a boundary.
    QStringList fields {r.clientRefId,
                        wireName(r.kind),
                        wireName(r.state),
                        QString::number(r.amount.value),
                        r.customerMobile,
                        r.aadhaarLast4,
                        r.agentUserCode,
                        r.bankCode,
                        QString::number(r.createdAtMs),
                        QString::number(r.txStatus),
                        r.tid,
                        r.rrn,
                        money(r.fee),
                        money(r.commission),
                        money(r.balance),
                        r.relatedClientRefId};
    // v5 facts of the row (issue #12), appended only when known: a legacy row (no environment, no host) keeps the
    // digest it had before v5, so older chains still verify, while stamping or clearing either one later shows.
    // moved_to is bookkeeping of the legacy file, not a fact of the transaction: it stays out.
    if (r.environment || !r.ekoHost.isEmpty()) {
        fields << (r.environment ? wireName(*r.environment) : QString()) << r.ekoHost;
    }
    return sha256Hex(fields.join(QChar(0x1f)));
}

QByteArray eventHash(const QByteArray& previousHash, const QString& clientRefId, qint64 atMs, const QString& from,
                     const QString& to, const QString& source, const QString& note, const QByteArray& digest)
{
    const QStringList fields {
        QString::fromLatin1(previousHash), clientRefId, QString::number(atMs), from, to, source, note,
        QString::fromLatin1(digest)};
    return sha256Hex(fields.join(QChar(0x1f)));
}

Result<QByteArray> lastHash(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(hash, '') FROM events ORDER BY id DESC LIMIT 1"))) {
        return sql::storeError(q);
    }
    return q.next() ? q.value(0).toString().toLatin1() : QByteArray();
}

Result<Check> verify(QSqlDatabase& db)
{
    Check check;
    QHash<qint64, QByteArray> lastDigest; // transaction id → digest of its newest event
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(kEventSelect)) {
            return sql::storeError(q);
        }
        QByteArray previous;
        while (q.next()) {
            ++check.events;
            const QByteArray digest = q.value(7).toString().toLatin1();
            const QByteArray expected
                = eventHash(previous, q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), digest);
            const QByteArray stored = q.value(8).toString().toLatin1();
            if (stored != expected && check.intact) {
                check.intact = false;
                check.firstBadEventId = q.value(0).toLongLong();
            }
            previous = stored;
            lastDigest.insert(q.value(9).toLongLong(), digest);
        }
    }
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT ") + sql::kListColumns + QStringLiteral(" FROM transactions ORDER BY id"))) {
        return sql::storeError(rows);
    }
    while (rows.next()) {
        ++check.transactions;
        const TransactionRecord r = sql::recordFromQuery(rows);
        const auto it = lastDigest.constFind(r.id);
        if ((it == lastDigest.constEnd() || *it != rowDigest(r)) && check.firstBadClientRefId.isEmpty()) {
            check.intact = false;
            check.firstBadClientRefId = r.clientRefId;
        }
    }
    return check;
}

Result<bool> backfill(QSqlDatabase& db)
{
    // Rows as they are now: older events of a row get no digest (v2 kept no snapshots), its newest event gets the
    // current one.
    QHash<qint64, QByteArray> current;
    QHash<qint64, qint64> newestEvent;
    {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT ") + sql::kPreV5ListColumns + QStringLiteral(" FROM transactions"))) {
            return sql::storeError(rows);
        }
        while (rows.next()) {
            const TransactionRecord r = sql::recordFromQuery(rows);
            current.insert(r.id, rowDigest(r));
        }
        QSqlQuery newest(db);
        if (!newest.exec(QStringLiteral("SELECT transaction_id, MAX(id) FROM events GROUP BY transaction_id"))) {
            return sql::storeError(newest);
        }
        while (newest.next()) {
            newestEvent.insert(newest.value(0).toLongLong(), newest.value(1).toLongLong());
        }
    }
    QSqlQuery q(db);
    if (!q.exec(kEventSelect)) {
        return sql::storeError(q);
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE events SET row_digest = ?, hash = ? WHERE id = ?"));
    QByteArray previous;
    while (q.next()) {
        const qint64 eventId = q.value(0).toLongLong();
        const qint64 txId = q.value(9).toLongLong();
        const QByteArray digest = newestEvent.value(txId) == eventId ? current.value(txId) : QByteArray();
        previous = eventHash(previous, q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), digest);
        update.addBindValue(digest.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(QString::fromLatin1(digest)));
        update.addBindValue(QString::fromLatin1(previous));
        update.addBindValue(eventId);
        if (!update.exec()) {
            return sql::storeError(update);
        }
    }
    return true;
}

} // namespace saathi::journal::chain
