// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EkoEnvelope.h"
#include "core/util/Money.h"

#include <QDateTime>
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
    QString transactionDate; // as sent
    QString transactionTime;
    QDateTime bankTime; // the two above read as one IST date-time; invalid when Eko sent none we can read
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
    // Eko's transaction_date / transaction_time, in IST. Reads Eko's "dd-MM-yy HH:mm:ss" (§6.5) in either field,
    // and leniently the older "dd-MM-yyyy", "yyyy-MM-dd" or "dd/MM/yyyy" dates beside an "HH:mm[:ss]" time.
    // A two-digit year is 20yy. Invalid unless both a date and a time of day were found.
    static QDateTime parseBankTime(const QString& date, const QString& time);
};

} // namespace saathi::eko
