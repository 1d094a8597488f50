// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/dmt/DmtService.h"
#include "core/journal/TransactionRecord.h"

#include <QObject>
#include <QPointer>

namespace saathi::dmt {

// The refund of a transfer that Eko put in refund_pending (tx_status 3, reference §8): the agent returns the cash,
// the customer reads out the OTP Eko sent them — that OTP is their consent — and Eko credits the wallet back.
//
//   start(transfer row) ─► [DMT-Fino, or resendOtp(): RequestingOtp] ─► AwaitingOtp ─submitOtp─► Journaling
//   (a Refund row, related = the transfer's client_ref_id, committed before sending) ─► Sending ─► Refunded
//
// On success the refund row is `success` and the transfer's row moves to `refunded` (tx_status 4). A wrong or
// expired OTP leaves the transfer as it was (AwaitingOtp again; a new attempt is a new row). No clear answer →
// Unknown: the reconciler keeps inquiring the transfer, whose tx_status says whether the refund happened.
class DmtRefundFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, RequestingOtp, AwaitingOtp, Journaling, Sending, Refunded, Failed, Unknown };
    Q_ENUM(State)

    DmtRefundFlow(CounterServices& services, DmtService& dmt, QObject* parent = nullptr);

    // `transfer`: a DmtTransfer row in refund_pending with its Eko tid. False (lastError) otherwise.
    bool start(const journal::TransactionRecord& transfer);
    bool submitOtp(const QString& otp);
    void resendOtp(); // asks Eko to send the customer a new refund OTP

    State state() const { return m_state; }
    const journal::TransactionRecord& transfer() const { return m_transfer; }
    const journal::TransactionRecord& refundRecord() const { return m_refund; }
    const TransferResult& result() const { return m_result; }
    const Error& lastError() const { return m_error; }
    // What goes back to the customer in cash: the amount and the fee they paid.
    Paise refundedAmount() const { return m_result.refundedAmount; }

Q_SIGNALS:
    void stateChanged(saathi::dmt::DmtRefundFlow::State state);
    void otpRequired();
    void otpRejected(const saathi::Error& error);
    void finished(); // Refunded, Failed or Unknown

private:
    void setState(State state);
    void journalRefund();
    void onRefundReply(const DmtReply& reply);
    void markTransferRefunded(const DmtReply& reply);
    void end(State state, const Error& error);

    CounterServices& m_services;
    DmtService& m_dmt;
    State m_state = State::Idle;
    journal::TransactionRecord m_transfer;
    journal::TransactionRecord m_refund;
    TransferResult m_result;
    OtpTicket m_ticket;
    QString m_otp;
    QString m_submissionKey;
    int m_attempts = 0;
    Error m_error;
    QPointer<DmtJob> m_job;
};

} // namespace saathi::dmt
