// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/Reconciler.h"

#include "core/journal/JournalStore.h"
#include "core/logging/LogCategories.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QThread>

namespace saathi::journal {

Reconciler::Reconciler(JournalStore& store, TransactionInquirer* inquirer, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_inquirer(inquirer)
    , m_clock(clock)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, [this] { reconcileNow(false); });
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(120'000);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_current.isEmpty()) {
            onResult(m_current,
                     InquiryResult::failed(Error {QStringLiteral("journal.inquiry_timeout"), QString(),
                                                  QStringLiteral("the inquiry did not finish in time")}));
        }
    });
}

Reconciler::~Reconciler() = default;

void Reconciler::start()
{
    m_stopped = false;
    reconcileNow(false);
}

void Reconciler::stop()
{
    m_stopped = true;
    m_wake.stop();
}

std::optional<EkoEnvironment> Reconciler::environment() const
{
    const std::optional<EkoEnvironment> asked = m_inquirer ? m_inquirer->environment() : std::nullopt;
    const std::optional<EkoEnvironment> own = m_store.environment();
    if (own && asked && own != asked) {
        return std::nullopt; // the client points at another Eko than this journal's: ask nothing
    }
    return own ? own : asked;
}

void Reconciler::reconcileNow(bool everyOpenRow)
{
    if (m_passRunning) {
        m_again = true;
        m_againEveryRow = m_againEveryRow || everyOpenRow;
        return;
    }
    m_wake.stop();
    const std::optional<EkoEnvironment> env = environment();
    m_passEnvironment = env;
    if (!env && m_inquirer) {
        qCWarning(lcJournal) << "the inquirer's environment is not the journal's (or neither is known): no inquiry";
    }
    Result<QList<TransactionRecord>> rows = QList<TransactionRecord>();
    if (env) {
        rows = everyOpenRow ? m_store.openRows(*env)
                            : m_store.dueForInquiry(*env, m_clock.nowMs(), m_store.policy().batchSize);
    }
    if (!rows) {
        Q_EMIT storeFailed(rows.error());
        scheduleWake();
        return;
    }
    m_passRunning = true;
    m_inquired = 0;
    m_batchFull = !everyOpenRow && rows.value().size() >= m_store.policy().batchSize;
    m_queue.clear();
    for (const TransactionRecord& r : rows.value()) {
        m_queue.append(r.clientRefId);
    }
    if (!m_queue.isEmpty() && !m_inquirer) {
        qCWarning(lcJournal) << "no transaction inquirer configured;" << m_queue.size() << "rows wait";
        m_queue.clear();
    }
    inquireNext();
}

void Reconciler::inquireNext()
{
    if (m_queue.isEmpty()) {
        finishPass();
        return;
    }
    m_current = m_queue.takeFirst();
    const quint64 generation = ++m_generation;
    m_watchdog.start();
    const QString ref = m_current;
    QPointer<Reconciler> self(this);
    auto ask = [self, ref, generation, inquirer = m_inquirer] {
        if (!inquirer) {
            return;
        }
        InquiryJob* job = inquirer->inquire(ref);
        if (!job || !self) {
            return;
        }
        // Queued when the inquirer lives on another thread; `self` as context drops the call if we are gone.
        QObject::connect(job, &InquiryJob::finished, self.data(), [self, ref, generation](const InquiryResult& r) {
            if (self && self->m_generation == generation) {
                self->onResult(ref, r);
            }
        });
    };
    if (m_inquirer && m_inquirer->thread() != QThread::currentThread()) {
        QMetaObject::invokeMethod(m_inquirer.data(), ask, Qt::QueuedConnection);
    } else {
        ask();
    }
}

void Reconciler::onResult(const QString& clientRefId, const InquiryResult& result)
{
    if (clientRefId != m_current) {
        return;
    }
    m_watchdog.stop();
    m_current.clear();
    ++m_generation;
    ++m_inquired;
    Result<TransactionRecord> applied = Error();
    switch (result.kind) {
    case InquiryResult::Kind::Known: {
        Outcome o;
        o.state = stateForTxStatus(result.txStatus);
        o.source = Source::Inquiry;
        o.txStatus = result.txStatus;
        o.tid = result.tid;
        o.rrn = result.rrn;
        o.fee = result.fee;
        o.commission = result.commission;
        o.balance = result.balance;
        o.message = result.message;
        o.rawBody = result.rawBody;
        o.note = QStringLiteral("inquiry: tx_status %1").arg(result.txStatus);
        auto before = m_store.find(clientRefId);
        if (before && before.value() && result.amount && *result.amount != before.value()->amount) {
            o.note += QStringLiteral("; Eko's amount %1 differs from the journal's %2")
                          .arg(result.amount->toWireString(), before.value()->amount.toWireString());
            qCWarning(lcJournal) << "inquiry amount differs for" << clientRefId;
        }
        applied = m_store.recordOutcome(clientRefId, o);
        if (!applied) {
            // A stale answer must still move the schedule on, or the row would be asked about in a tight loop.
            applied = m_store.recordInquiryFailed(clientRefId, applied.error().detail);
        }
        break;
    }
    case InquiryResult::Kind::NotFound:
        applied = m_store.recordNotFound(clientRefId, result.rawBody, m_passEnvironment);
        break;
    case InquiryResult::Kind::Error:
        applied = m_store.recordInquiryFailed(clientRefId, result.error.code + QLatin1Char(' ') + result.error.detail);
        break;
    }
    if (!applied) {
        Q_EMIT storeFailed(applied.error());
    } else {
        Q_EMIT rowChanged(applied.value());
        if (isFinal(applied.value().state)) {
            Q_EMIT rowResolved(applied.value());
        }
    }
    inquireNext();
}

void Reconciler::refresh()
{
    refreshOpenRows();
    if (!m_passRunning) {
        scheduleWake();
    }
}

void Reconciler::refreshOpenRows()
{
    const std::optional<EkoEnvironment> env = environment();
    auto rows = env ? m_store.openRows(*env) : Result<QList<TransactionRecord>>(QList<TransactionRecord>());
    if (!rows) {
        Q_EMIT storeFailed(rows.error());
        return;
    }
    m_openRows = rows.value();
    int unresolved = 0;
    for (const TransactionRecord& r : m_openRows) {
        unresolved += isUnresolved(r.state) ? 1 : 0;
    }
    if (unresolved != m_unresolved) {
        m_unresolved = unresolved;
        Q_EMIT unresolvedChanged(unresolved);
    }
}

void Reconciler::finishPass()
{
    m_passRunning = false;
    refreshOpenRows();
    Q_EMIT passFinished(m_inquired);
    if (m_again || m_batchFull) {
        const bool every = m_againEveryRow;
        m_again = false;
        m_againEveryRow = false;
        m_batchFull = false;
        if (m_inquired > 0 || every) {
            QTimer::singleShot(0, this, [this, every] { reconcileNow(every); });
            return;
        }
    }
    scheduleWake();
}

void Reconciler::scheduleWake()
{
    if (m_stopped) {
        return;
    }
    const std::optional<EkoEnvironment> env = environment();
    auto next = env ? m_store.nextDueAtMs(*env) : Result<qint64>(0);
    qint64 sleep = m_maxSleepMs;
    if (next && next.value() > 0) {
        sleep = qBound(qint64(0), next.value() - m_clock.nowMs(), qint64(m_maxSleepMs));
    }
    m_wake.start(int(sleep));
}

} // namespace saathi::journal
