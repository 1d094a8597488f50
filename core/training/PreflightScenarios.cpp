// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The practice scenarios of the pre-flight step (issue #18): their titles, instructions and judges. A warning or a
// stop before the capture journals nothing, so these judges read the counter's events as well as the rows.
#include "core/training/PracticeScenario.h"

namespace saathi::training {

using journal::TransactionRecord;
using journal::TxKind;
using journal::TxState;

namespace {

bool isFailure(TxState state)
{
    return state == TxState::Failed || state == TxState::NotSent;
}

bool isWithdrawal(const TransactionRecord& row)
{
    return row.kind == TxKind::AepsWithdrawal;
}

Verdict right(const QString& message)
{
    return {Verdict::Status::Right, message};
}

Verdict nextTime(const QString& message)
{
    return {Verdict::Status::NextTime, message};
}

using Kind = PracticeEvent::Kind;

} // namespace

QString PracticeScenario::preflightTitle(Scenario scenario)
{
    switch (scenario) {
    case Scenario::BankNotLinked:
        return tr("A bank the Aadhaar is not linked to");
    case Scenario::BankLimitToday:
        return tr("A bank limit used up today");
    case Scenario::DailyLimit:
        return tr("Five withdrawals a day");
    case Scenario::WeakCapture:
        return tr("A weak fingerprint capture");
    case Scenario::AgentStrikes:
        return tr("Your own finger fails twice");
    default:
        return {};
    }
}

QString PracticeScenario::preflightInstructions(Scenario scenario, const Samples& s)
{
    switch (scenario) {
    case Scenario::BankNotLinked:
        return tr("Practice: the customer with Aadhaar %1 says their bank is %2. Make a cash withdrawal of %3 at %2: "
                  "the bank answers \"not linked\". Start again: the form now warns before the finger. Ask the "
                  "customer which bank their Aadhaar is linked to (%4) and choose it.")
            .arg(Guide::groupedAadhaar(s.oneBankAadhaar), s.oneBankWrongBank, Guide::rupees(s.successAmount),
                 s.oneBankLinkedBank);
    case Scenario::BankLimitToday: {
        const SampleCustomer c = s.customers.value(0);
        return tr("Practice: make a cash withdrawal of %1 for Aadhaar %2 at %3: the bank answers that the customer's "
                  "limit is used up. Start again with %4: the form warns while %3 is chosen today. Choose another "
                  "bank of the customer's, or ask them to come back tomorrow.")
            .arg(Guide::rupees(s.limitExhaustedAmount), Guide::groupedAadhaar(c.aadhaar), c.bankCode,
                 Guide::rupees(s.successAmount));
    }
    case Scenario::DailyLimit:
        return tr("Practice: make cash withdrawals of %1 for the same customer until the counter stops one before "
                  "the finger: NPCI allows 5 a day per customer at a counter.")
            .arg(Guide::rupees(s.successAmount));
    case Scenario::WeakCapture:
        return tr("Practice: make a cash withdrawal of %1. The first capture is too weak and is not sent: follow "
                  "the coach (clean, dry finger pressed flat, or another finger) and capture again.")
            .arg(Guide::rupees(s.successAmount));
    case Scenario::AgentStrikes:
        return tr("Practice: make a cash withdrawal of %1. The bank asks for your daily login again, and your finger "
                  "fails twice: read the warning, run the device test capture, then log in.")
            .arg(Guide::rupees(s.successAmount));
    default:
        return {};
    }
}

Verdict PracticeScenario::judgePreflight(Scenario scenario, const Samples& s, const QList<TransactionRecord>& rows,
                                         const QList<PracticeEvent>& events)
{
    switch (scenario) {
    case Scenario::BankNotLinked: {
        const QString last4 = s.oneBankAadhaar.right(4);
        QString refusedAt; // the bank that answered "not linked"
        for (const TransactionRecord& row : rows) {
            if (!isWithdrawal(row) || row.aadhaarLast4 != last4) {
                continue;
            }
            if (refusedAt.isEmpty()) {
                if (isFailure(row.state) && row.bankCode != s.oneBankLinkedBank) {
                    refusedAt = row.bankCode;
                }
                continue;
            }
            if (row.bankCode == refusedAt) {
                return nextTime(tr("The bank had answered \"not linked\" and the counter warned you, yet the same "
                                   "bank was tried again. Next time ask which bank the Aadhaar is linked to and "
                                   "choose that one."));
            }
            if (row.state == TxState::Success) {
                return right(tr("Done right: after \"not linked\" you chose the bank the customer's Aadhaar is "
                                "linked to, and it went through. The counter now suggests that bank for them."));
            }
        }
        break;
    }
    case Scenario::BankLimitToday: {
        const TransactionRecord* refused = nullptr;
        for (const TransactionRecord& row : rows) {
            if (!isWithdrawal(row)) {
                continue;
            }
            if (!refused) {
                if (row.amount == s.limitExhaustedAmount && isFailure(row.state)) {
                    refused = &row;
                }
                continue;
            }
            if (row.aadhaarLast4 != refused->aadhaarLast4) {
                continue;
            }
            if (row.bankCode == refused->bankCode) {
                return nextTime(tr("The bank had said the customer's limit is used up today, yet it was tried "
                                   "again. Next time choose another bank of the customer's, or ask them to come "
                                   "back tomorrow."));
            }
            if (row.state == TxState::Success) {
                return right(tr("Done right: the limit at that bank was used up for today, so you chose another "
                                "bank of the customer's and it went through."));
            }
        }
        break;
    }
    case Scenario::DailyLimit:
        for (const PracticeEvent& e : events) {
            if (e.kind == Kind::PreflightStop && e.check == preflight::Check::CustomerDailyCount) {
                return right(tr("Done right: the counter stopped the 6th withdrawal before the finger. Tell the "
                                "customer they can withdraw again tomorrow."));
            }
        }
        break;
    case Scenario::WeakCapture: {
        qint64 weakAtMs = -1;
        for (const PracticeEvent& e : events) {
            if (e.kind == Kind::CaptureTooWeak) {
                weakAtMs = e.atMs;
                break;
            }
        }
        for (const TransactionRecord& row : rows) {
            if (weakAtMs >= 0 && row.createdAtMs >= weakAtMs && isWithdrawal(row) && row.state == TxState::Success) {
                return right(tr("Done right: the weak capture was never sent; you followed the coach, captured "
                                "again and it went through."));
            }
        }
        break;
    }
    case Scenario::AgentStrikes: {
        int failuresInARow = 0;
        bool tested = false;
        for (const PracticeEvent& e : events) {
            if (e.kind == Kind::AgentAuthFailed) {
                tested = false; // each further attempt needs a fresh test capture
                if (++failuresInARow >= kFingerBlockAttempts) {
                    return nextTime(tr("Your own finger failed three times in a row: NPCI blocks the agent. Next "
                                       "time, after two failures, run the device test capture before you try "
                                       "again."));
                }
            } else if (e.kind == Kind::DeviceTestPassed) {
                tested = true;
            } else if (e.kind == Kind::AgentAuthPassed) {
                if (failuresInARow >= 2) {
                    return right(tested ? tr("Done right: after two failures you tested the device first, and the "
                                             "login went through. The count of failures starts again.")
                                        : tr("Done right: the login went through after two failures. The count of "
                                             "failures starts again."));
                }
                failuresInARow = 0;
            }
        }
        break;
    }
    default:
        break;
    }
    return {};
}

} // namespace saathi::training
