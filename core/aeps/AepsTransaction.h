// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace saathi::aeps {

// One line of a mini statement.
struct MiniStatementEntry
{
    QString date; // "DD/MM" as the bank sends it
    Paise amount;
    QString narration;
    bool credit = false;
};

// What the bank's answer to an AePS transaction (cash withdrawal, balance enquiry, mini statement, Aadhaar Pay,
// inquiry) tells the counter and the receipt. Every field is optional: what the bank did not send stays empty.
// Read from Eko's answer by eko::AepsTransaction::fromEnvelope, inside core.
struct AepsTransaction
{
    int txStatus = -1;
    QString tid;
    QString clientRefId;
    QString rrn; // the bank's reference number
    QString stan;
    QString bankName;
    QString maskedAadhaar; // "XXXX XXXX 1234": never more than the last four digits
    QString terminalId;
    QString merchantName;
    QString shop;
    QString transactionDate; // as sent
    QString transactionTime;
    QDateTime bankTime; // the two above read as one IST date-time; invalid when the bank sent none we can read
    QString reason;
    Paise amount;
    Paise agentBalance; // the agent's E-value after the transaction
    Paise customerBalance;
    bool hasCustomerBalance = false;
    Paise commission;
    Paise fee;
    Paise tds;
    QList<MiniStatementEntry> miniStatement;
};

} // namespace saathi::aeps
