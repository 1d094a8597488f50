// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "cli/CliJournal.h"

#include "cli/CliCommand.h"
#include "eko/AepsTransaction.h"
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
    journal::Outcome outcome;
    outcome.source = journal::Source::Response;
    switch (r.outcome) {
    case eko::Outcome::Success:
        outcome.state = journal::TxState::Success;
        break;
    case eko::Outcome::Failed:
        // Nothing reached Eko (bad key, no capture): the row is closed as not sent.
        outcome.state = r.attempts == 0 ? journal::TxState::NotSent : journal::TxState::Failed;
        outcome.source = r.attempts == 0 ? journal::Source::Local : journal::Source::Response;
        break;
    case eko::Outcome::Pending:
        outcome.state = journal::TxState::Pending;
        break;
    case eko::Outcome::Unknown:
        outcome.state = journal::TxState::Unknown;
        break;
    }
    const eko::AepsTransaction t = eko::AepsTransaction::fromEnvelope(r.envelope);
    outcome.txStatus = t.txStatus;
    outcome.tid = t.tid;
    outcome.rrn = t.rrn;
    if (r.hasEnvelope) {
        outcome.fee = t.fee;
        outcome.commission = t.commission;
        outcome.balance = t.agentBalance;
    }
    outcome.message = r.error.isNull() ? r.envelope.message : r.error.detail;
    outcome.rawBody = QString::fromUtf8(r.redactedBody);
    const auto recorded = m_store->recordOutcome(m_clientRefId, outcome);
    if (!recorded) {
        fail(QStringLiteral("could not journal the outcome: ") + recorded.error().userMessage);
        return QStringLiteral("unrecorded");
    }
    return journal::wireName(recorded.value().state);
}

} // namespace saathi::cli
