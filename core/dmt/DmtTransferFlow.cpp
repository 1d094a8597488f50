// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dmt/DmtTransferFlow.h"

#include "core/eko/EkoClient.h"
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalErrors.h"
#include "core/journal/JournalService.h"
#include "core/reconcile/EkoJournalOutcome.h"
#include "core/util/ClientRefId.h"

#include <QCoreApplication>
#include <QUuid>

namespace saathi::dmt {

using journal::JournalStore;
using journal::TransactionRecord;
using journal::TxState;

DmtTransferFlow::DmtTransferFlow(CounterServices& services, DmtService& dmt, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_dmt(dmt)
{
    // Every row the reconciler moves (pending → success, unknown → success / not_sent …).
    connect(m_services.journal, &journal::JournalService::rowChanged, this, &DmtTransferFlow::onRowResolved);
}

DmtTransferFlow::PlanCheck DmtTransferFlow::planFor(const QString& amountText, const Customer& customer,
                                                    const Recipient& recipient, std::optional<Channel> channel)
{
    PlanCheck out;
    QString text = amountText.trimmed();
    text.remove(QLatin1Char(','));
    Paise total;
    if (text.isEmpty() || !Paise::parseWire(text, &total) || !total.isWholeRupees()) {
        out.error = classify(fieldError(QStringLiteral("amount"), tr("Enter the amount in whole rupees.")),
                             FieldRule::Format);
        return out;
    }
    const Result<TransferPlan> plan = TransferPlan::make(total, customer, recipient, channel);
    if (!plan.ok()) {
        // The shape is checked above, so what TransferPlan refuses is a limit, a channel or the customer.
        const DmtField field = fieldFromName(fieldOf(plan.error()));
        const FieldRule rule = field == DmtField::Channel ? FieldRule::NotOffered
            : field == DmtField::CustomerMobile           ? FieldRule::NotRegistered
                                                          : FieldRule::Limit;
        out.error = classify(plan.error(), rule);
        return out;
    }
    out.plan = plan.value();
    return out;
}

bool DmtTransferFlow::isAwaitedNeft(const journal::TransactionRecord& record)
{
    return record.state == TxState::Pending
        && record.channel == channelName(Channel::Neft).toLower(); // the journal keeps prepareRequest()'s channel
}

bool DmtTransferFlow::isBusy() const
{
    return m_state == State::RequestingOtp || m_state == State::AwaitingOtp || m_state == State::Journaling
        || m_state == State::Sending;
}

bool DmtTransferFlow::start(const TransferPlan& plan, const QString& submissionKey)
{
    if (m_state != State::Idle || plan.isEmpty()) {
        return false; // the double submit: one plan, one flow, each part sent at most once
    }
    m_plan = plan;
    m_submissionKey = submissionKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : submissionKey;
    m_parts.clear();
    for (const TransferPart& p : plan.parts()) {
        Part part;
        part.plan = p;
        m_parts.append(part);
    }
    m_current = 0;
    m_error = {};
    nextPart();
    return true;
}

void DmtTransferFlow::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void DmtTransferFlow::nextPart()
{
    if (m_current >= m_parts.size()) {
        finishPlan();
        return;
    }
    m_ticket = {};
    m_otp.clear();
    if (m_dmt.rail() == Rail::Fino) {
        requestOtp();
    } else {
        journalPart();
    }
}

void DmtTransferFlow::requestOtp()
{
    setState(State::RequestingOtp);
    const Part& part = m_parts.at(m_current);
    m_job = m_dmt.sendTransferOtp(m_plan.customer().mobile, m_plan.recipient().id, part.plan.amount);
    connect(m_job, &DmtJob::finished, this, [this](const DmtReply& reply) {
        m_job = nullptr;
        if (m_state != State::RequestingOtp) {
            return;
        }
        setState(State::AwaitingOtp);
        if (!reply.ok || reply.otp.otpRefId.isEmpty()) {
            m_error = reply.ok ? Error {QStringLiteral("dmt.no_otp_ref"),
                                        tr("Eko sent no OTP reference. Send the "
                                           "OTP again."),
                                        {}}
                               : reply.error;
            Q_EMIT otpRejected(m_current, m_error);
            return;
        }
        m_ticket = reply.otp;
        Q_EMIT otpRequired(m_current, m_parts.at(m_current).plan.amount);
    });
}

void DmtTransferFlow::resendOtp()
{
    if (m_state == State::AwaitingOtp) {
        requestOtp();
    }
}

bool DmtTransferFlow::submitOtp(const QString& otp)
{
    if (m_state != State::AwaitingOtp) {
        return false;
    }
    Error problem = DmtService::checkOtp(otp);
    if (problem.isNull() && m_ticket.otpRefId.isEmpty()) {
        problem = Error {QStringLiteral("dmt.no_otp_ref"), tr("Send the OTP to the customer first."), {}};
    }
    if (!problem.isNull()) {
        m_error = problem;
        Q_EMIT otpRejected(m_current, problem);
        return false;
    }
    m_otp = otp.trimmed();
    journalPart();
    return true;
}

void DmtTransferFlow::cancel()
{
    if (m_state == State::RequestingOtp || m_state == State::AwaitingOtp) {
        if (m_job) {
            m_job->cancel();
        }
        halt(State::Failed,
             Error {QStringLiteral("dmt.cancelled"), tr("Stopped. The remaining transfers were not sent."), {}});
    }
}

journal::PrepareRequest DmtTransferFlow::prepareRequest(const Part& part) const
{
    journal::PrepareRequest r;
    r.submissionKey = m_submissionKey + QStringLiteral("#%1.%2").arg(part.plan.index + 1).arg(part.attempts);
    r.clientRefId = part.clientRefId;
    r.kind = journal::TxKind::DmtTransfer;
    r.amount = part.plan.amount;
    r.customerMobile = m_plan.customer().mobile;
    r.agentUserCode = m_dmt.client().config().credentials.userCode;
    r.ekoHost = journal::ekoHost(m_dmt.client().config().baseUrl);
    r.bankCode = m_plan.recipient().bankCode;
    r.channel = channelName(part.plan.channel).toLower();
    // Parts (and re-attempts) point at the plan's first row, so history shows one transfer in several parts.
    const QString first = m_parts.first().clientRefId;
    r.relatedClientRefId = first == part.clientRefId ? QString() : first;
    return r;
}

void DmtTransferFlow::journalPart()
{
    setState(State::Journaling);
    Part& part = m_parts[m_current];
    part.attempts += 1;
    const QString previous = part.clientRefId;
    part.clientRefId = m_services.refIds->next();
    journal::PrepareRequest request = prepareRequest(part);
    if (!previous.isEmpty() && m_current == 0) {
        request.relatedClientRefId = previous; // attempt n of the first part points at attempt 1
    }
    m_services.journal->prepare(request).then(this, [this](const Result<JournalStore::PrepareResult>& r) {
        if (!r.ok()) {
            halt(State::Failed, r.error());
            return;
        }
        if (!r.value().mustSend()) {
            // Journaled before (the same plan submitted again): never sent twice, the row speaks for itself.
            m_parts[m_current].clientRefId = r.value().record.clientRefId;
            adoptRow(r.value().record, {});
            return;
        }
        m_services.journal->markSent(m_parts.at(m_current).clientRefId)
            .then(this, [this](const Result<TransactionRecord>& sent) {
                if (!sent.ok()) {
                    halt(State::Halted, sent.error()); // someone else claimed the row: never a second request
                    return;
                }
                m_parts[m_current].record = sent.value();
                sendPart();
            });
    });
}

void DmtTransferFlow::sendPart()
{
    setState(State::Sending);
    const Part& part = m_parts.at(m_current);
    const TransferOrder order {
        m_plan.customer().mobile, m_plan.recipient().id, part.plan.amount, part.plan.channel, m_otp, m_ticket.otpRefId};
    m_otp.clear(); // one OTP, one request
    m_job = m_dmt.transfer(order, part.clientRefId);
    connect(m_job, &DmtJob::finished, this, &DmtTransferFlow::onTransferReply);
}

void DmtTransferFlow::onTransferReply(const DmtReply& reply)
{
    m_job = nullptr;
    Part& part = m_parts[m_current];
    part.result = reply.transfer;
    part.error = reply.error;
    const QString ref = part.clientRefId;
    const Error error = reply.error;
    m_services.journal->recordOutcome(ref, reconcile::journalOutcome(reply.response))
        .then(this, [this, ref, error](const Result<TransactionRecord>& r) {
            if (r.ok()) {
                adoptRow(r.value(), error);
                return;
            }
            // A full disk: the row stays sent (pending, reconciled later) and the agent is told to free space.
            const Error shown = journal::isDiskFull(r.error()) ? journal::outcomeNotSavedError(r.error()) : error;
            // Refused as stale: the reconciler got there first; the row as it is now is the truth.
            m_services.journal->run([ref](JournalStore& store) { return store.find(ref); })
                .then(this, [this, error = shown](const Result<std::optional<TransactionRecord>>& found) {
                    TransactionRecord row = m_parts.at(m_current).record;
                    if (found.ok() && found.value()) {
                        row = *found.value();
                    } else {
                        row.state = TxState::Unknown;
                    }
                    adoptRow(row, error);
                });
        });
}

void DmtTransferFlow::adoptRow(const TransactionRecord& record, const Error& error)
{
    Part& part = m_parts[m_current];
    part.record = record;
    part.error = error;
    switch (record.state) {
    case TxState::Success:
        part.error = {};
        Q_EMIT partFinished(m_current);
        ++m_current;
        nextPart();
        return;
    case TxState::Pending:
        // Eko accepted it and the bank has not settled (NEFT "initiated"): no risk of a double send; go on.
        if (part.error.isNull()) {
            part.error = Error {QStringLiteral("dmt.pending"),
                                tr("Accepted; the bank has not confirmed yet. Saathi checks with Eko."),
                                {}};
        }
        Q_EMIT partFinished(m_current);
        ++m_current;
        nextPart();
        return;
    case TxState::Failed:
    case TxState::NotSent:
        if (m_dmt.rail() == Rail::Fino && fieldFromName(fieldOf(error)) == DmtField::Otp) {
            // Eko refused the OTP and moved no money: a new attempt (new row) with a new or corrected OTP.
            Q_EMIT partFinished(m_current);
            setState(State::AwaitingOtp);
            m_error = error;
            Q_EMIT otpRejected(m_current, error);
            return;
        }
        Q_EMIT partFinished(m_current);
        halt(State::Failed,
             part.error.isNull()
                 ? Error {QStringLiteral("dmt.failed"),
                          Error::withEkoLine(tr("The transfer was not completed. Check the recipient's details and "
                                                "try again."),
                                             record.message),
                          {},
                          record.message}
                 : part.error);
        return;
    case TxState::RefundPending:
    case TxState::Refunded:
        Q_EMIT partFinished(m_current);
        halt(State::Failed,
             Error {QStringLiteral("dmt.refund_pending"),
                    tr("The bank did not complete transfer %1; its money is to be refunded to the "
                       "customer (refund with the customer's OTP). The remaining transfers were not "
                       "sent.")
                        .arg(m_current + 1),
                    record.message});
        return;
    case TxState::Prepared:
    case TxState::Sent:
    case TxState::Unknown:
        break;
    }
    Q_EMIT partFinished(m_current);
    halt(State::Halted,
         Error {QStringLiteral("dmt.unknown"),
                tr("No clear answer for transfer %1. Do not send it again: Saathi is checking with "
                   "Eko. The remaining transfers wait until it is known.")
                    .arg(m_current + 1),
                record.message});
}

void DmtTransferFlow::halt(State state, const Error& error)
{
    m_error = error;
    setState(state);
    Q_EMIT finished();
}

void DmtTransferFlow::finishPlan()
{
    bool pending = false;
    for (const Part& p : m_parts) {
        pending = pending || p.record.state != TxState::Success;
    }
    m_error = {};
    setState(pending ? State::PartlyPending : State::Done);
    Q_EMIT finished();
}

bool DmtTransferFlow::canResume() const
{
    if (m_state != State::Halted || m_current >= m_parts.size()) {
        return false;
    }
    const TxState s = m_parts.at(m_current).record.state;
    return s == TxState::Success || s == TxState::Pending;
}

bool DmtTransferFlow::resume()
{
    if (!canResume()) {
        return false;
    }
    m_error = {};
    ++m_current;
    nextPart();
    return true;
}

void DmtTransferFlow::onRowResolved(const TransactionRecord& record)
{
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        Part& part = m_parts[i];
        if (!part.isSent() || part.clientRefId != record.clientRefId || part.record.state == record.state) {
            continue;
        }
        if (i == m_current && isBusy()) {
            return; // the part in flight: its own answer decides
        }
        part.record = record;
        if (record.state == TxState::Success) {
            part.error = {};
        }
        Q_EMIT partResolved(static_cast<int>(i));
        if (m_state == State::PartlyPending) {
            bool allDone = true;
            for (const Part& p : m_parts) {
                allDone = allDone && p.record.state == TxState::Success;
            }
            if (allDone) {
                setState(State::Done);
            }
        } else if (m_state == State::Halted && i == m_current && !canResume() && journal::isFinal(record.state)) {
            halt(State::Failed,
                 Error {QStringLiteral("dmt.failed"),
                        tr("Transfer %1 did not go through: %2").arg(i + 1).arg(record.message),
                        {}});
        }
        return;
    }
}

Paise DmtTransferFlow::amountSent() const
{
    Paise sent;
    for (const Part& p : m_parts) {
        if (p.record.state == TxState::Success) {
            sent = sent + p.plan.amount;
        }
    }
    return sent;
}

} // namespace saathi::dmt
