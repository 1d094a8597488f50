// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/reconcile/EkoJournalOutcome.h"

#include "core/eko/AepsTransaction.h"
#include "core/eko/EkoResponse.h"

namespace saathi::reconcile {

journal::Outcome journalOutcome(const eko::EkoResponse& r)
{
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
        // Eko answered (status 0) with a tx_status that is not plain success: 2 initiated / 5 hold stay pending,
        // 3 refund pending and 4 refunded are what Eko says they are (DMT, reference §3.2).
        outcome.state = journal::TxState::Pending;
        if (r.hasEnvelope && (r.txStatus() == 3 || r.txStatus() == 4)) {
            outcome.state = journal::stateForTxStatus(r.txStatus());
        }
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
    return outcome;
}

} // namespace saathi::reconcile
