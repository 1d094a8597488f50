// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/LegacyJournalMigration.h"

#include "core/journal/EventChain.h"
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalStore.h"
#include "core/journal/RawBodySanitizer.h"
#include "core/journal/SqlUtil.h"
#include "core/logging/LogCategories.h"
#include "core/util/Clock.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace saathi::journal {

namespace {

struct Evidence
{
    std::optional<EkoEnvironment> environment;
    QString note; // why, for the audit events
};

Evidence evidenceFor(const TransactionRecord& row, const QHash<EkoEnvironment, QSet<QString>>& codes)
{
    if (row.environment) {
        return {row.environment, QStringLiteral("the row's environment column")};
    }
    QList<EkoEnvironment> holders;
    for (auto it = codes.constBegin(); it != codes.constEnd(); ++it) {
        if (it.value().contains(row.agentUserCode)) {
            holders.append(it.key());
        }
    }
    if (holders.size() == 1) {
        return {holders.constFirst(),
                QStringLiteral("agent user_code %1 is configured for %2 only")
                    .arg(row.agentUserCode, wireName(holders.constFirst()))};
    }
    return {std::nullopt, QString()}; // unknown or ambiguous (e.g. 20810200, training's and Eko's UAT sample)
}

// One write transaction on a raw connection; the store's own helpers are private to its state machine.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db)
        : m_db(db)
    {
        m_open = QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~Transaction()
    {
        if (m_open) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        }
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
        return !m_open;
    }

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};

Result<TransactionRecord> rowById(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + sql::kRecordColumns + QStringLiteral(" FROM transactions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        return sql::storeError(q);
    }
    return sql::recordFromQuery(q);
}

// Appends one event chained to the file's newest one (E1), inside the caller's transaction.
Error appendEvent(QSqlDatabase& db, qint64 txId, const QString& ref, qint64 atMs, const QVariant& from,
                  const QString& to, const QString& source, const QString& note, const QByteArray& digest)
{
    auto previous = chain::lastHash(db);
    if (!previous) {
        return previous.error();
    }
    const QString cleanNote = sanitize::text(note);
    const QByteArray hash
        = chain::eventHash(previous.value(), ref, atMs, from.toString(), to, source, cleanNote, digest);
    QSqlQuery ev(db);
    ev.prepare(QStringLiteral("INSERT INTO events (transaction_id, at_ms, from_state, to_state, source, note, "
                              "row_digest, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    ev.addBindValue(txId);
    ev.addBindValue(atMs);
    ev.addBindValue(from.isNull() ? QVariant(QMetaType(QMetaType::QString)) : from);
    ev.addBindValue(to);
    ev.addBindValue(source);
    ev.addBindValue(sql::nullIfEmpty(cleanNote));
    ev.addBindValue(digest.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromLatin1(digest)));
    ev.addBindValue(QString::fromLatin1(hash));
    return ev.exec() ? Error() : sql::storeError(ev);
}

// Step 1: the row, its events and a "moved" event, committed in the destination.
Error copyRow(JournalStore& legacy, JournalStore& destination, const TransactionRecord& row, EkoEnvironment env,
              const QString& note, qint64 nowMs)
{
    QSqlDatabase& src = legacy.database();
    QSqlDatabase& dst = destination.database();
    QStringList columns;
    {
        QSqlQuery info(src);
        if (!info.exec(QStringLiteral("PRAGMA table_info(transactions)"))) {
            return sql::storeError(info);
        }
        while (info.next()) {
            const QString name = info.value(1).toString();
            if (name != QLatin1String("id") && name != QLatin1String("environment")
                && name != QLatin1String("moved_to")) {
                columns << name;
            }
        }
    }
    QSqlQuery read(src);
    read.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
                 + QStringLiteral(" FROM transactions WHERE id = ?"));
    read.addBindValue(row.id);
    if (!read.exec() || !read.next()) {
        return sql::storeError(read);
    }
    QSqlQuery events(src);
    events.prepare(QStringLiteral("SELECT at_ms, from_state, to_state, source, note, COALESCE(row_digest, '') "
                                  "FROM events WHERE transaction_id = ? ORDER BY id"));
    events.addBindValue(row.id);
    if (!events.exec()) {
        return sql::storeError(events);
    }

    Transaction tx(dst);
    if (!tx.isOpen()) {
        return sql::storeError(dst.lastError().text());
    }
    QSqlQuery ins(dst);
    ins.prepare(QStringLiteral("INSERT INTO transactions (") + columns.join(QStringLiteral(", "))
                + QStringLiteral(", environment) VALUES (") + QStringLiteral("?, ").repeated(columns.size())
                + QStringLiteral("?)"));
    for (int i = 0; i < columns.size(); ++i) {
        ins.addBindValue(read.value(i));
    }
    ins.addBindValue(wireName(env));
    if (!ins.exec()) {
        return sql::storeError(ins);
    }
    const qint64 newId = ins.lastInsertId().toLongLong();
    while (events.next()) {
        if (Error e = appendEvent(dst, newId, row.clientRefId, events.value(0).toLongLong(), events.value(1),
                                  events.value(2).toString(), events.value(3).toString(), events.value(4).toString(),
                                  events.value(5).toString().toLatin1());
            !e.isNull()) {
            return e;
        }
    }
    auto copied = rowById(dst, newId);
    if (!copied) {
        return copied.error();
    }
    const QString state = wireName(row.state);
    if (Error e = appendEvent(dst, newId, row.clientRefId, nowMs, state, state, wireName(Source::Local),
                              QStringLiteral("moved from the shared journal %1 (evidence: %2)")
                                  .arg(QFileInfo(legacy.path()).fileName(), note),
                              chain::rowDigest(copied.value()));
        !e.isNull()) {
        return e;
    }
    return tx.commit() ? Error() : sql::storeError(dst.lastError().text());
}

// Step 2: the legacy row says where it went (moved_to stays out of the row digest, so its chain still verifies).
Error markMoved(JournalStore& legacy, const TransactionRecord& row, EkoEnvironment env, const QString& destination,
                const QString& note, qint64 nowMs)
{
    QSqlDatabase& db = legacy.database();
    Transaction tx(db);
    if (!tx.isOpen()) {
        return sql::storeError(db.lastError().text());
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE transactions SET moved_to = ? WHERE id = ? AND moved_to IS NULL"));
    q.addBindValue(wireName(env));
    q.addBindValue(row.id);
    if (!q.exec()) {
        return sql::storeError(q);
    }
    auto current = rowById(db, row.id);
    if (!current) {
        return current.error();
    }
    const QString state = wireName(current.value().state);
    if (Error e = appendEvent(db, row.id, row.clientRefId, nowMs, state, state, wireName(Source::Local),
                              QStringLiteral("moved to the %1 journal %2 (evidence: %3)")
                                  .arg(wireName(env), QFileInfo(destination).fileName(), note),
                              chain::rowDigest(current.value()));
        !e.isNull()) {
        return e;
    }
    return tx.commit() ? Error() : sql::storeError(db.lastError().text());
}

bool sameTransaction(const TransactionRecord& a, const TransactionRecord& b)
{
    return a.clientRefId == b.clientRefId && a.kind == b.kind && a.amount == b.amount && a.createdAtMs == b.createdAtMs
        && a.agentUserCode == b.agentUserCode;
}

} // namespace

Result<LegacyMigrationReport> LegacyJournalMigration::run(const LegacyMigrationRequest& request, const Clock& clock)
{
    LegacyMigrationReport report;
    if (request.legacyPath.isEmpty() || !QFileInfo::exists(request.legacyPath)) {
        return report;
    }
    report.legacyFound = true;
    auto opened = JournalStore::open(request.legacyPath, clock); // no environment: the legacy file is nobody's
    if (!opened) {
        return opened.error();
    }
    JournalStore& legacy = *opened.value();
    QList<TransactionRecord> rows;
    {
        QSqlQuery q(legacy.database());
        if (!q.exec(QStringLiteral("SELECT ") + sql::kListColumns + QStringLiteral(" FROM transactions ORDER BY id"))) {
            return sql::storeError(q);
        }
        while (q.next()) {
            rows.append(sql::recordFromQuery(q));
        }
    }
    std::map<EkoEnvironment, std::unique_ptr<JournalStore>> destinations;
    QHash<EkoEnvironment, Error> unusable;
    const auto destinationPath = [&request](EkoEnvironment env) {
        return request.destinationPath ? request.destinationPath(env)
                                       : JournalPaths::forEnvironment(request.legacyPath, env);
    };
    const auto destinationFor = [&](EkoEnvironment env) -> JournalStore* {
        if (auto it = destinations.find(env); it != destinations.end()) {
            return it->second.get();
        }
        if (unusable.contains(env)) {
            return nullptr;
        }
        JournalStore::Options options;
        options.environment = env;
        auto store = JournalStore::open(destinationPath(env), clock, options);
        if (!store) {
            unusable.insert(env, store.error());
            return nullptr;
        }
        return (destinations[env] = std::move(store.value())).get();
    };

    for (const TransactionRecord& row : rows) {
        if (row.movedTo) {
            ++report.movedBefore;
            continue;
        }
        const Evidence evidence = evidenceFor(row, request.userCodesByEnvironment);
        Error problem;
        if (evidence.environment) {
            const EkoEnvironment env = *evidence.environment;
            JournalStore* destination = destinationFor(env);
            auto existing = destination ? destination->find(row.clientRefId)
                                        : Result<std::optional<TransactionRecord>>(unusable.value(env));
            if (!existing) {
                problem = existing.error();
            } else if (existing.value() && !sameTransaction(*existing.value(), row)) {
                problem = sql::storeError(
                    QStringLiteral("the %1 journal has another row with this client_ref_id").arg(wireName(env)));
            } else if (!existing.value()) {
                problem = copyRow(legacy, *destination, row, env, evidence.note, clock.nowMs());
            }
            if (problem.isNull() && !request.copyOnlyForTest) {
                problem = markMoved(legacy, row, env, destination->path(), evidence.note, clock.nowMs());
            }
            if (problem.isNull()) {
                report.moved[env] += request.copyOnlyForTest ? 0 : 1;
                if (!request.copyOnlyForTest) {
                    continue;
                }
            } else {
                report.problems << QStringLiteral("%1: %2").arg(row.clientRefId, problem.detail);
                qCWarning(lcJournal) << "legacy row" << row.clientRefId << "not moved:" << problem.detail;
            }
        }
        ++report.left;
        if (isUnresolved(row.state) || row.state == TxState::RefundPending) {
            report.toSettleByHand.append(row);
        }
    }
    qCInfo(lcJournal) << "legacy journal migration:" << report.moved.value(EkoEnvironment::Training) << "training,"
                      << report.moved.value(EkoEnvironment::Uat) << "uat,"
                      << report.moved.value(EkoEnvironment::Production) << "production moved;" << report.left << "left,"
                      << report.toSettleByHand.size() << "to settle by hand";
    return report;
}

} // namespace saathi::journal
