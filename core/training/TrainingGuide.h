// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/JournalTypes.h"
#include "core/util/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saathi::training {

// Every step of the counter that asks the agent for something, named once: a page shows the hint of its step.
enum class Step {
    EkycDetails,
    EkycOtp,
    EkycFinger,
    DailyLogin,
    CashWithdrawal,
    BalanceEnquiry,
    MiniStatement,
    AadhaarPay,
    DmtCustomer,
    DmtRecipients,
    DmtTransfer,
    DmtResult,
    DmtRefund,
};

// The step of an AePS form of `kind` (cash withdrawal, balance enquiry, mini statement, Aadhaar Pay).
Step aepsStep(journal::TxKind kind);

// A customer the practice bank knows (synthetic, Verhoeff-valid Aadhaar numbers that belong to no one).
struct SampleCustomer
{
    enum class Note { None, LowBalance, Frozen, DebitDisabled, OneBankOnly };
    QString aadhaar; // 12 digits
    QString bankCode; // Eko's short code (SBIN…)
    Paise balance;
    Note note = Note::None;
};

// What the practice world accepts, as data: the training environment fills it from the sandbox's own config and
// fixtures (one source of truth), never from literals in the screens.
struct Samples
{
    QString agentAadhaar; // a good Aadhaar for the agent's own eKYC and daily login
    QString ekycOtp; // the OTP the practice bank "sends" for the agent's eKYC
    QString dmtOtp; // every money-transfer OTP (customer, sender eKYC, transfer, refund)
    QString customerMobile; // a customer's mobile for the AePS forms
    QList<SampleCustomer> customers; // the first is the one the hints suggest
    Paise successAmount; // a withdrawal that simply succeeds
    Paise pendingAmount; // a withdrawal that stays pending, then succeeds on inquiry
    Paise notCompletedAmount; // a withdrawal the bank does not complete
    QString dmtSenderMobile; // a registered money-transfer customer with a recipient
    QString dmtSenderName;
    Paise dmtMaxPerTransfer; // one transfer's cap: more is split into parts
    Paise dmtRefundAmount; // a transfer that ends in "refund pending"
    // Issue #18, the pre-flight scenarios: a customer whose Aadhaar is linked to one bank only (any other answers
    // "not linked"), a bank to try first that is not theirs, and the withdrawal the bank answers "limit exhausted".
    QString oneBankAadhaar;
    QString oneBankLinkedBank;
    QString oneBankWrongBank;
    Paise limitExhaustedAmount;
};

// Training's hints: for each step, what to type in the practice world (the OTPs, the sample Aadhaar numbers and
// mobiles, which bank and amount fails how). CounterServices carries one only in training; a screen shows a hint
// when it is there and never asks which world it is in. The numbers appear in full: they are the practice bank's
// fixtures, and hints are screen text only (never logged or journaled).
class Guide
{
    Q_DECLARE_TR_FUNCTIONS(TrainingGuide)
public:
    explicit Guide(Samples samples);

    const Samples& samples() const { return m_samples; }
    // The hint of `step`, in the current language; empty when the step needs none.
    QString hint(Step step) const;
    // The customer the AePS hints suggest (the first sample), or a null one when there is none.
    SampleCustomer suggestedCustomer() const;

    // "9999 4105 7058": an Aadhaar number grouped as on the card.
    static QString groupedAadhaar(const QString& digits);
    // "₹15,000": whole rupees with Indian digit grouping.
    static QString rupees(Paise amount);

private:
    QString customersLine() const;

    Samples m_samples;
};

} // namespace saathi::training
