// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dmt/DmtRefundFlow.h"

#include "core/eko/EkoClient.h"
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalService.h"
#include "core/reconcile/EkoJournalOutcome.h"
#include "core/util/ClientRefId.h"

#include <QCoreApplication>
#include <QUuid>

namespace saathi::dmt {

using journal::JournalStore;
using journal::TransactionRecord;
using journal::TxState;

DmtRefundFlow::DmtRefundFlow(CounterServices& services, DmtService& dmt, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_dmt(dmt)
{
}

void DmtRefundFlow::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

bool DmtRefundFlow::start(const TransactionRecord& transfer)
{
    if (m_state != State::Idle) {
        return false;
    }
    if (transfer.kind != journal::TxKind::DmtTransfer || transfer.state != TxState::RefundPending
        || transfer.tid.isEmpty()) {
        m_error = Error {
            QStringLiteral("dmt.not_refundable"), tr("Only a money transfer that is refund pending can be refunded."),
            QStringLiteral("%1 %2").arg(journal::wireName(transfer.kind), journal::wireName(transfer.state))};
        return false;
    }
    m_transfer = transfer;
    m_submissionKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_error = {};
    if (m_dmt.rail() == Rail::Fino) {
        resendOtp(); // DMT-Fino's refund needs the otp_ref_id of the OTP it sent
        return true;
    }
    setState(State::AwaitingOtp); // classic: Eko already sent the customer the OTP; the newest one counts
    Q_EMIT otpRequired();
    return true;
}

void DmtRefundFlow::resendOtp()
{
    if (m_state != State::Idle && m_state != State::AwaitingOtp) {
        return;
    }
    setState(State::RequestingOtp);
    m_job = m_dmt.sendRefundOtp(m_transfer.tid);
    connect(m_job, &DmtJob::finished, this, [this](const DmtReply& reply) {
        m_job = nullptr;
        setState(State::AwaitingOtp);
        if (!reply.ok) {
            m_error = reply.error;
            Q_EMIT otpRejected(reply.error);
            return;
        }
        m_ticket = reply.otp;
        Q_EMIT otpRequired();
    });
}

bool DmtRefundFlow::submitOtp(const QString& otp)
{
    if (m_state != State::AwaitingOtp) {
        return false;
    }
    const Error problem = DmtService::checkOtp(otp);
    if (!problem.isNull()) {
        m_error = problem;
        Q_EMIT otpRejected(problem);
        return false;
    }
    m_otp = otp.trimmed();
    journalRefund();
    return true;
}

void DmtRefundFlow::journalRefund()
{
    setState(State::Journaling);
    ++m_attempts;
    journal::PrepareRequest r;
    r.submissionKey = m_submissionKey + QStringLiteral("#%1").arg(m_attempts);
    r.clientRefId = m_services.refIds->next();
    r.kind = journal::TxKind::Refund;
    r.amount = m_transfer.amount;
    r.customerMobile = m_transfer.customerMobile;
    r.agentUserCode = m_dmt.client().config().credentials.userCode;
    r.ekoHost = journal::ekoHost(m_dmt.client().config().baseUrl);
    r.bankCode = m_transfer.bankCode;
    r.channel = m_transfer.channel;
    r.relatedClientRefId = m_transfer.clientRefId;
    m_services.journal->prepare(r).then(this, [this](const Result<JournalStore::PrepareResult>& prepared) {
        if (!prepared.ok()) {
            end(State::Failed, prepared.error());
            return;
        }
        m_refund = prepared.value().record;
        m_services.journal->markSent(m_refund.clientRefId).then(this, [this](const Result<TransactionRecord>& sent) {
            if (!sent.ok()) {
                end(State::Failed, sent.error());
                return;
            }
            m_refund = sent.value();
            setState(State::Sending);
            m_job = m_dmt.refund(m_transfer.tid, m_otp, m_ticket.otpRefId);
            m_otp.clear();
            connect(m_job, &DmtJob::finished, this, &DmtRefundFlow::onRefundReply);
        });
    });
}

void DmtRefundFlow::onRefundReply(const DmtReply& reply)
{
    m_job = nullptr;
    m_result = reply.transfer;
    journal::Outcome outcome = reconcile::journalOutcome(reply.response);
    if (reply.ok) {
        outcome.state = TxState::Success; // the refund itself went through (74; the transfer is now tx_status 4)
        outcome.tid = reply.transfer.refundTid.isEmpty() ? outcome.tid : reply.transfer.refundTid;
    }
    m_services.journal->recordOutcome(m_refund.clientRefId, outcome)
        .then(this, [this, reply](const Result<TransactionRecord>& recorded) {
            if (recorded.ok()) {
                m_refund = recorded.value();
            }
            if (reply.ok) {
                markTransferRefunded(reply);
                return;
            }
            if (m_refund.state == TxState::Unknown || m_refund.state == TxState::Sent) {
                end(State::Unknown,
                    Error {QStringLiteral("dmt.refund_unknown"),
                           tr("No clear answer to the refund. Do not return more cash: Saathi is "
                              "checking the transfer with Eko."),
                           reply.error.detail});
                return;
            }
            if (reply.fieldProblem().field == DmtField::Otp) {
                m_error = reply.error;
                setState(State::AwaitingOtp);
                Q_EMIT otpRejected(reply.error);
                return;
            }
            end(State::Failed, reply.error);
        });
}

void DmtRefundFlow::markTransferRefunded(const DmtReply& reply)
{
    journal::Outcome outcome;
    outcome.state = TxState::Refunded;
    outcome.source = journal::Source::Response;
    outcome.txStatus = 4;
    outcome.message = reply.message;
    outcome.note = QStringLiteral("refunded by %1 (refund tid %2)").arg(m_refund.clientRefId, reply.transfer.refundTid);
    m_services.journal->recordOutcome(m_transfer.clientRefId, outcome)
        .then(this, [this](const Result<TransactionRecord>& recorded) {
            if (recorded.ok()) {
                m_transfer = recorded.value();
            } else {
                m_transfer.state = TxState::Refunded; // the reconciler got there first with the same answer
            }
            end(State::Refunded, {});
        });
}

void DmtRefundFlow::end(State state, const Error& error)
{
    m_error = error;
    setState(state);
    Q_EMIT finished();
}

} // namespace saathi::dmt
