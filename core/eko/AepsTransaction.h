// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "eko/EkoEnvelope.h"
#include "util/Money.h"

#include <QList>
#include <QString>

namespace saathi::eko {

struct MiniStatementEntry
{
    QString date; // "DD/MM" as the bank sends it
    Paise amount;
    QString narration;
    bool credit = false;
};

// What an AePS answer (cash withdrawal, balance enquiry, mini statement, Aadhaar Pay, inquiry) tells the counter
// and the receipt (reference §6.5). Every field is optional on the wire; missing ones stay empty.
struct AepsTransaction
{
    int txStatus = -1;
    QString tid;
    QString clientRefId;
    QString rrn; // bank_ref_num
    QString stan;
    QString bankName;
    QString maskedAadhaar; // as Eko returns it ("XXXX XXXX 1234"); re-masked defensively
    QString terminalId;
    QString merchantName;
    QString shop;
    QString transactionDate;
    QString transactionTime;
    QString reason;
    Paise amount;
    Paise agentBalance; // `balance`: the agent's E-value after the transaction
    Paise customerBalance;
    bool hasCustomerBalance = false;
    Paise commission;
    Paise fee;
    Paise tds;
    QList<MiniStatementEntry> miniStatement;

    static AepsTransaction fromEnvelope(const EkoEnvelope& envelope);
};

} // namespace saathi::eko
