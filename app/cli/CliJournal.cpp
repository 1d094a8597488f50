// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "app/cli/CliJournal.h"

#include "app/cli/CliCommand.h"
#include "app/cli/EkoCliSupport.h"
#include "core/journal/JournalErrors.h"
#include "core/journal/JournalPaths.h"
#include "core/reconcile/EkoJournalOutcome.h"
#include "core/util/Clock.h"

namespace saathi::cli {

bool JournalTarget::resolve(const QCommandLineParser& parser, JournalTarget* target, QString* error)
{
    const QString db = parser.value(QStringLiteral("db"));
    QString why;
    target->environment = EkoCli::journalEnvironment(parser, &why);
    if (!db.isEmpty()) {
        target->path = db;
        return true;
    }
    if (!target->environment) {
        *error = why;
        return false;
    }
    target->path = journal::JournalPaths::forEnvironment(*target->environment);
    return true;
}

journal::JournalStore::Options JournalTarget::options() const
{
    journal::JournalStore::Options o;
    o.environment = environment;
    return o;
}

journal::JournalStore* CliJournal::open(const JournalTarget& target)
{
    if (m_store) {
        return m_store.get();
    }
    journal::JournalStore::Options options = target.options();
    options.checkpointOnClose = false; // one transaction per process: its syncs are the two commits (and SQLite's
                                       // directory sync); the WAL is folded in by a later run or the app
    auto store = journal::JournalStore::open(target.path, SystemClock::instance(), options);
    if (!store) {
        fail(store.error().userMessage + QStringLiteral(" (") + store.error().detail + QLatin1Char(')'));
        return nullptr;
    }
    m_store = std::move(store.value());
    return m_store.get();
}

bool CliJournal::begin(const JournalTarget& target, journal::PrepareRequest request)
{
    request.environment = target.environment;
    if (!open(target)) {
        return false;
    }
    const auto prepared = m_store->prepare(request);
    if (!prepared) {
        fail(prepared.error().userMessage);
        return false;
    }
    if (!prepared.value().mustSend()) {
        fail(QStringLiteral("%1 is already in the journal: not sent again (see saathi-cli journal show --ref %1)")
                 .arg(request.clientRefId));
        return false;
    }
    const auto sent = m_store->markSent(request.clientRefId);
    if (!sent) {
        fail(sent.error().userMessage);
        return false;
    }
    m_clientRefId = request.clientRefId;
    return true;
}

QString CliJournal::finish(const eko::EkoResponse& r)
{
    if (!m_store || m_clientRefId.isEmpty()) {
        return {}; // nothing was journaled as sent by this run
    }
    const journal::Outcome outcome = reconcile::journalOutcome(r);
    const auto recorded = m_store->recordOutcome(m_clientRefId, outcome);
    if (recorded) {
        return journal::wireName(recorded.value().state);
    }
    if (journal::isDiskFull(recorded.error())) {
        m_unsaved = QStringLiteral("disk_full");
        fail(journal::outcomeNotSavedError(recorded.error()).userMessage);
        return QStringLiteral("pending_disk_full");
    }
    if (recorded.error().code == QLatin1String("journal.stale_outcome")) {
        // The journal already holds a confirmed answer for this row: that is the state to report.
        const auto row = m_store->find(m_clientRefId);
        if (row && row.value()) {
            return journal::wireName(row.value()->state);
        }
    }
    m_unsaved = QStringLiteral("other");
    fail(QStringLiteral("could not journal the outcome: ") + recorded.error().userMessage);
    return QStringLiteral("unrecorded");
}

int CliJournal::exitCode(int ekoExitCode) const
{
    if (m_unsaved == QLatin1String("disk_full")) {
        return ExitPendingDiskFull;
    }
    return m_unsaved.isEmpty() ? ekoExitCode : ExitUnknown;
}

} // namespace saathi::cli
