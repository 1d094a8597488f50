// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/dmt/DmtField.h"
#include "core/dmt/DmtService.h"
#include "core/dmt/TransferPlan.h"
#include "core/journal/TransactionRecord.h"

#include <QObject>
#include <QPointer>

namespace saathi::dmt {

// A confirmed TransferPlan, sent part by part (security.md R1–R6):
//
//   start(plan) ─► for each part: [Fino: RequestingOtp ─► AwaitingOtp ─submitOtp─►] Journaling (prepare with its
//   own client_ref_id, committed; markSent) ─► Sending ─► the answer journaled ─► next part
//
// Ends in Done (every part successful), PartlyPending (every part sent, some awaited by the bank — NEFT
// "initiated"; the reconciler settles them), Halted (a part's outcome is unknown: no further part is sent until
// an inquiry says what happened; resume() continues once it has) or Failed (a part was declined or is refund
// pending: the later parts are not sent). Parts are linked in the journal by relatedClientRefId = the first part's
// client_ref_id. The plan's submission key makes each part's key: starting the same plan again (a double submit,
// another window) never sends a part twice — the journaled row is adopted instead.
class DmtTransferFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, RequestingOtp, AwaitingOtp, Journaling, Sending, Done, PartlyPending, Halted, Failed };
    Q_ENUM(State)

    struct Part
    {
        TransferPart plan;
        QString clientRefId; // empty until journaled
        journal::TransactionRecord record; // the journal's row: its state is the truth
        TransferResult result; // Eko's answer, when there was one
        Error error; // why it failed or is pending
        int attempts = 0; // DMT-Fino: a rejected OTP makes a new attempt (a new row, never a resend)

        bool isSent() const { return !clientRefId.isEmpty(); }
    };

    // The amount as typed ("12,000"), checked and split into a plan for the confirmation screen; nothing is sent.
    struct PlanCheck
    {
        std::optional<TransferPlan> plan;
        FieldError error; // Amount (Format or Limit), Channel (NotOffered) or CustomerMobile (NotRegistered)
        bool ok() const { return plan.has_value(); }
    };

    DmtTransferFlow(CounterServices& services, DmtService& dmt, QObject* parent = nullptr);

    static PlanCheck planFor(const QString& amountText, const Customer& customer, const Recipient& recipient,
                             std::optional<Channel> channel);
    // A part the bank has accepted by NEFT and not settled yet ("NEFT initiated").
    static bool isAwaitedNeft(const journal::TransactionRecord& record);
    Rail rail() const { return m_dmt.rail(); }
    // DMT-Fino asks the customer for an OTP per part.
    bool needsOtpPerPart() const { return rail() == Rail::Fino; }

    // The agent confirmed the whole plan (amounts, fees, channel) once. False when busy or the plan is empty.
    // `submissionKey`: the same key again adopts the journaled parts instead of sending them (default: new).
    bool start(const TransferPlan& plan, const QString& submissionKey = {});
    // DMT-Fino: the OTP the customer read out for the current part. False (and otpRejected) when malformed.
    bool submitOtp(const QString& otp);
    // DMT-Fino: a new OTP for the current part.
    void resendOtp();
    // Halted and the unknown part has since been found successful (or awaited): continue with the next part.
    bool resume();
    // Before the current part is journaled: stop the plan (parts already sent stay as they are).
    void cancel();

    State state() const { return m_state; }
    bool isBusy() const;
    bool canResume() const;
    int currentPart() const { return m_current; }
    const QList<Part>& parts() const { return m_parts; }
    const TransferPlan& plan() const { return m_plan; }
    const QString& submissionKey() const { return m_submissionKey; }
    const Error& lastError() const { return m_error; }
    Paise amountSent() const; // parts successful so far

Q_SIGNALS:
    void stateChanged(saathi::dmt::DmtTransferFlow::State state);
    // DMT-Fino: ask the customer for the OTP Eko just sent for this part.
    void otpRequired(int partIndex, saathi::Paise amount);
    // The OTP was malformed, wrong, used or expired (or could not be sent): still AwaitingOtp.
    void otpRejected(int partIndex, const saathi::Error& error);
    // A part's row has its first outcome.
    void partFinished(int partIndex);
    // Done, PartlyPending, Halted or Failed reached.
    void finished();
    // A pending or unknown part was settled by the reconciler.
    void partResolved(int partIndex);

private:
    void setState(State state);
    void nextPart();
    void requestOtp();
    void journalPart();
    void sendPart();
    void onTransferReply(const DmtReply& reply);
    void adoptRow(const journal::TransactionRecord& record, const Error& error);
    void onRowResolved(const journal::TransactionRecord& record);
    void finishPlan();
    void halt(State state, const Error& error);
    journal::PrepareRequest prepareRequest(const Part& part) const;

    CounterServices& m_services;
    DmtService& m_dmt;
    State m_state = State::Idle;
    TransferPlan m_plan;
    QString m_submissionKey;
    QList<Part> m_parts;
    int m_current = 0;
    OtpTicket m_ticket;
    QString m_otp;
    Error m_error;
    QPointer<DmtJob> m_job;
};

} // namespace saathi::dmt
