// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// JournalStore's housekeeping: the WAL checkpoint, moved off the money path (security.md R2, issue #13).
#include "core/journal/JournalStore.h"
#include "core/journal/SqlUtil.h"
#include "core/logging/LogCategories.h"
#include "core/util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace saathi::journal {

namespace {
constexpr qint64 kInFlightMs = 2 * 60 * 1000; // well past the Eko client's deadline for one request
}

void JournalStore::trackInFlight(const QString& clientRefId, TxState state)
{
    if (state == TxState::Prepared || state == TxState::Sent) {
        if (state == TxState::Prepared) {
            m_inFlight.insert(clientRefId, m_clock.nowMs());
        }
        return;
    }
    m_inFlight.remove(clientRefId);
}

bool JournalStore::hasMoneyInFlight() const
{
    const qint64 now = m_clock.nowMs();
    for (qint64 preparedAt : m_inFlight) {
        if (now - preparedAt < kInFlightMs) {
            return true;
        }
    }
    return false;
}

Result<int> JournalStore::checkpointIdle()
{
    if (!m_walDirty) {
        return 0; // nothing committed since the last one: an idle counter costs no syncs
    }
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next()) {
        return sql::storeError(q);
    }
    const int walFrames = q.value(1).toInt(); // -1: not in WAL mode
    const int copied = q.value(2).toInt();
    q.finish();
    m_inFlight.removeIf([this](const auto& entry) { return m_clock.nowMs() - entry.value() >= kInFlightMs; });
    if (walFrames < 0 || copied < walFrames) {
        return copied; // a reader holds part of the WAL: the restart waits for the next idle moment
    }
    // The WAL is all in the database file: this write starts it over and pays for its header's sync. At NORMAL it
    // costs no commit sync of its own; the next FULL commit makes it durable with everything else.
    if (Error e = m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL")); !e.isNull()) {
        return sql::storeError(e.detail);
    }
    QSqlQuery restart(database());
    restart.prepare(
        QStringLiteral("INSERT OR REPLACE INTO journal_meta (key, value) VALUES ('wal_restarted_at_ms', ?)"));
    restart.addBindValue(QString::number(m_clock.nowMs()));
    const bool restarted = restart.exec();
    if (!restarted) {
        qCWarning(lcJournal) << "WAL restart write failed:" << restart.lastError().text();
    }
    if (Error e = m_db.exec(QStringLiteral("PRAGMA synchronous=FULL")); !e.isNull()) {
        qCWarning(lcJournal) << "synchronous=FULL could not be restored; the journal closes:" << e.detail;
        m_db.close(); // never keep writing with weaker durability than promised
        return sql::storeError(e.detail);
    }
    m_walDirty = !restarted;
    return copied;
}

} // namespace saathi::journal
