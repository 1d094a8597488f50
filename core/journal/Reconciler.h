// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionInquirer.h"
#include "core/journal/TransactionRecord.h"
#include "core/util/Error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace saathi {
class Clock;
}

namespace saathi::journal {

class JournalStore;

// Resolves open rows (prepared, sent, pending, unknown, refund_pending) by transaction inquiry, on the schedule
// persisted in each row (ReconcilePolicy: 30 s, 2 min, 10 min, 1 h, then hourly), so a restart resumes it.
// Only an answer from Eko moves a row to a final state; "TID does not exist" makes a row not_sent only after the
// policy's grace (R4). No blocking: a QTimer wakes it for the next due row, inquiries run one at a time through the
// injected TransactionInquirer, and every result is journaled before the next is asked.
//
// Issue #12: it inquires only rows of one environment — the store's, else (a CLI --db file) the inquirer's — and
// never a row of unknown origin. If the store and the inquirer name different environments, nothing is inquired.
//
// Lives on the thread that owns `store` (JournalService's worker in the app, the main thread in the CLI and tests).
class Reconciler : public QObject
{
    Q_OBJECT
public:
    Reconciler(JournalStore& store, TransactionInquirer* inquirer, const Clock& clock, QObject* parent = nullptr);
    ~Reconciler() override;

    // A pass over the due rows now (start-up), then on schedule.
    void start();
    void stop();
    // A pass now. `everyOpenRow`: ignore the schedule and ask about every open row (support tooling).
    void reconcileNow(bool everyOpenRow = false);
    // Re-reads the open rows (a flow just journaled a new unclear outcome): updates the count and the wake-up.
    void refresh();

    int unresolvedCount() const { return m_unresolved; }
    // Open rows as of the last pass, oldest first (the counter's "pending" list).
    const QList<TransactionRecord>& openRows() const { return m_openRows; }
    bool isPassRunning() const { return m_passRunning; }
    // The environment whose rows are inquired; empty (nothing is inquired) when neither the store nor the inquirer
    // names one, or when they disagree.
    std::optional<EkoEnvironment> environment() const;
    // The timer never sleeps longer than this, so a clock that jumps (suspend, tests) is noticed. Default 60 s.
    void setMaxSleepMs(int ms) { m_maxSleepMs = ms; }
    // An inquiry that does not finish within this is counted as failed. Default 120 s.
    void setInquiryTimeoutMs(int ms) { m_watchdog.setInterval(ms); }

Q_SIGNALS:
    void unresolvedChanged(int count);
    // A row changed state or schedule after an inquiry.
    void rowChanged(const saathi::journal::TransactionRecord& record);
    // A row reached a final state (success, failed, not_sent, refunded).
    void rowResolved(const saathi::journal::TransactionRecord& record);
    void passFinished(int inquired);
    // The journal could not be read or written; the reconciler keeps trying on its timer.
    void storeFailed(const saathi::Error& error);

private:
    void inquireNext();
    void onResult(const QString& clientRefId, const saathi::journal::InquiryResult& result);
    void finishPass();
    void refreshOpenRows();
    void scheduleWake();

    JournalStore& m_store;
    QPointer<TransactionInquirer> m_inquirer;
    const Clock& m_clock;
    QTimer m_wake;
    QTimer m_watchdog;
    QStringList m_queue;
    QString m_current;
    QList<TransactionRecord> m_openRows;
    std::optional<EkoEnvironment> m_passEnvironment; // the environment asked during the running pass
    int m_unresolved = -1;
    int m_inquired = 0;
    int m_maxSleepMs = 60'000;
    quint64 m_generation = 0; // ignores results that arrive after the watchdog gave up on them
    bool m_passRunning = false;
    bool m_again = false;
    bool m_againEveryRow = false;
    bool m_stopped = true;
    bool m_batchFull = false;
};

} // namespace saathi::journal
