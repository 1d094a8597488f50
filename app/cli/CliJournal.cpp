// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "cli/CliJournal.h"

#include "cli/CliCommand.h"
#include "eko/EkoJournalOutcome.h"
#include "journal/JournalDatabase.h"
#include "util/Clock.h"

namespace saathi::cli {

bool CliJournal::begin(const QString& dbPath, const journal::PrepareRequest& request)
{
    auto store = journal::JournalStore::open(dbPath.isEmpty() ? journal::JournalDatabase::defaultPath() : dbPath,
                                             SystemClock::instance());
    if (!store) {
        fail(store.error().userMessage + QStringLiteral(" (") + store.error().detail + QLatin1Char(')'));
        return false;
    }
    m_store = std::move(store.value());
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
    const journal::Outcome outcome = eko::journalOutcome(r);
    const auto recorded = m_store->recordOutcome(m_clientRefId, outcome);
    if (!recorded) {
        fail(QStringLiteral("could not journal the outcome: ") + recorded.error().userMessage);
        return QStringLiteral("unrecorded");
    }
    return journal::wireName(recorded.value().state);
}

} // namespace saathi::cli
