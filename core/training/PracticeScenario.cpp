// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/training/PracticeScenario.h"

namespace saathi::training {

using journal::TransactionRecord;
using journal::TxKind;
using journal::TxState;

namespace {

bool isAeps(TxKind kind)
{
    return kind == TxKind::AepsWithdrawal || kind == TxKind::BalanceEnquiry || kind == TxKind::MiniStatement
        || kind == TxKind::AadhaarPay;
}

bool isFailure(TxState state)
{
    return state == TxState::Failed || state == TxState::NotSent;
}

Verdict right(const QString& message)
{
    return {Verdict::Status::Right, message};
}

Verdict nextTime(const QString& message)
{
    return {Verdict::Status::NextTime, message};
}

} // namespace

QList<Scenario> PracticeScenario::all()
{
    return {Scenario::FingerMismatch, Scenario::BankDown,      Scenario::PendingThenSuccess, Scenario::DmtSplit,
            Scenario::Refund,         Scenario::BankNotLinked, Scenario::BankLimitToday,     Scenario::DailyLimit,
            Scenario::WeakCapture,    Scenario::AgentStrikes};
}

QString PracticeScenario::title(Scenario scenario)
{
    switch (scenario) {
    case Scenario::FingerMismatch:
        return tr("A fingerprint that does not match");
    case Scenario::BankDown:
        return tr("A bank that is down");
    case Scenario::PendingThenSuccess:
        return tr("A withdrawal that stays pending");
    case Scenario::DmtSplit:
        return tr("A money transfer in three parts");
    case Scenario::Refund:
        return tr("A money-transfer refund");
    default:
        break;
    }
    return preflightTitle(scenario);
}

QString PracticeScenario::instructions(Scenario scenario, const Samples& s)
{
    switch (scenario) {
    case Scenario::FingerMismatch:
        return tr("Practice: make a cash withdrawal of %1. The bank will say the finger does not match: clean the "
                  "finger and try once more.")
            .arg(Guide::rupees(s.successAmount));
    case Scenario::BankDown:
        return tr("Practice: make a cash withdrawal of %1. The bank will not complete it: see what the counter "
                  "tells you to do.")
            .arg(Guide::rupees(s.notCompletedAmount));
    case Scenario::PendingThenSuccess:
        return tr("Practice: make a cash withdrawal of %1. It stays pending: do not make it again; go home and "
                  "press Check again.")
            .arg(Guide::rupees(s.pendingAmount));
    case Scenario::DmtSplit:
        return tr("Practice: in Money Transfer, send %1 from sender %2 to the listed recipient. The counter "
                  "splits it into 3 transfers.")
            .arg(Guide::rupees(Paise {s.dmtMaxPerTransfer.value * 3}), s.dmtSenderMobile);
    case Scenario::Refund:
        return tr("Practice: in Money Transfer, send %1 from sender %2. The bank fails it: refund it with the "
                  "customer's OTP %3.")
            .arg(Guide::rupees(s.dmtRefundAmount), s.dmtSenderMobile, s.dmtOtp);
    default:
        break;
    }
    return preflightInstructions(scenario, s);
}

Setup PracticeScenario::setup(Scenario scenario)
{
    switch (scenario) {
    case Scenario::FingerMismatch:
        return Setup::FingerMismatchOnce;
    case Scenario::WeakCapture:
        return Setup::WeakCaptureOnce;
    case Scenario::AgentStrikes:
        return Setup::AgentFingerFailsTwice;
    default:
        return Setup::None; // the sample customer or amount scripts it
    }
}

Verdict PracticeScenario::judge(Scenario scenario, const Samples& s, const QList<TransactionRecord>& rows,
                                const QList<PracticeEvent>& events)
{
    switch (scenario) {
    case Scenario::FingerMismatch: {
        int failuresInARow = 0;
        int failures = 0;
        for (const TransactionRecord& row : rows) {
            if (!isAeps(row.kind)) {
                continue;
            }
            if (isFailure(row.state)) {
                ++failures;
                if (++failuresInARow >= kFingerBlockAttempts) {
                    return nextTime(tr("Three failed fingers in a row: NPCI may block this Aadhaar for the day. "
                                       "Next time, after a failure clean the finger and the device or use another "
                                       "finger, and stop after two failures."));
                }
            } else if (row.state == TxState::Success) {
                if (failures > 0) {
                    return right(tr("Done right: the finger did not match, you tried again with care and it went "
                                    "through."));
                }
                failuresInARow = 0;
            }
        }
        break;
    }
    case Scenario::BankDown: {
        int failed = 0;
        for (const TransactionRecord& row : rows) {
            if (row.kind == TxKind::AepsWithdrawal && row.amount == s.notCompletedAmount && isFailure(row.state)) {
                ++failed;
            }
        }
        if (failed > 1) {
            return nextTime(tr("The bank was down and the withdrawal was tried again. Next time, tell the customer "
                               "no money moved and try later or with another bank."));
        }
        if (failed == 1) {
            return right(tr("Done right: the bank did not complete it, so no money moved. Give no cash; give the "
                            "receipt and try later or with another bank."));
        }
        break;
    }
    case Scenario::PendingThenSuccess: {
        const TransactionRecord* pending = nullptr;
        for (const TransactionRecord& row : rows) {
            // A row the bank answered at once (final with no inquiry, e.g. "do the daily login first") was never
            // pending: it is not the scenario's withdrawal.
            const bool answeredAtOnce = journal::isFinal(row.state) && row.attempts == 0;
            if (!pending && row.kind == TxKind::AepsWithdrawal && row.amount == s.pendingAmount && !answeredAtOnce) {
                pending = &row;
                continue;
            }
            // Another withdrawal for the same customer before the pending one had its answer.
            if (pending && row.kind == TxKind::AepsWithdrawal && row.aadhaarLast4 == pending->aadhaarLast4
                && (journal::isUnresolved(pending->state) || row.createdAtMs < pending->updatedAtMs)) {
                return nextTime(tr("A new withdrawal was made while the first was pending: the customer could be "
                                   "paid twice. Next time wait and press Check again on the home screen."));
            }
        }
        if (pending && pending->state == TxState::Success) {
            return right(tr("Done right: you did not repeat it and checked again; the bank confirmed it once. Now "
                            "pay the cash and give the receipt."));
        }
        if (pending && isFailure(pending->state)) {
            return right(tr("Done right: you did not repeat it; the bank's final answer is failed, so no money "
                            "moved."));
        }
        break;
    }
    case Scenario::DmtSplit: {
        int succeeded = 0;
        Paise sent;
        for (const TransactionRecord& row : rows) {
            if (row.kind != TxKind::DmtTransfer) {
                continue;
            }
            if (isFailure(row.state)) {
                return nextTime(tr("A part of the transfer failed. Next time tell the customer how much went and "
                                   "send the rest again."));
            }
            if (row.state == TxState::Success) {
                ++succeeded;
                sent = sent + row.amount;
            }
        }
        if (succeeded >= 3 && sent.value >= s.dmtMaxPerTransfer.value * 3) {
            return right(tr("Done right: %1 went as %2 transfers, each with its own reference on the receipt.")
                             .arg(Guide::rupees(sent))
                             .arg(succeeded));
        }
        break;
    }
    case Scenario::Refund:
        for (const TransactionRecord& row : rows) {
            const bool target = row.kind == TxKind::DmtTransfer && row.amount == s.dmtRefundAmount;
            if ((target && row.state == TxState::Refunded)
                || (row.kind == TxKind::Refund && row.state == TxState::Success)) {
                return right(tr("Done right: the failed transfer was refunded with the customer's OTP; the money "
                                "is back in your wallet. Pay the customer back in cash."));
            }
        }
        break;
    default:
        return judgePreflight(scenario, s, rows, events);
    }
    return {};
}

} // namespace saathi::training
