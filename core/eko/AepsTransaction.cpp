// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "eko/AepsTransaction.h"

#include "validation/AadhaarNumber.h"

#include <QJsonArray>

namespace saathi::eko {

AepsTransaction AepsTransaction::fromEnvelope(const EkoEnvelope& e)
{
    AepsTransaction t;
    t.txStatus = e.integer(QStringLiteral("tx_status"), -1);
    t.tid = e.text(QStringLiteral("tid"));
    t.clientRefId = e.text(QStringLiteral("client_ref_id"));
    t.rrn = e.text(QStringLiteral("bank_ref_num"));
    t.stan = e.text(QStringLiteral("stan"));
    t.bankName = e.text(QStringLiteral("bank"));
    const QString aadhar = e.text(QStringLiteral("aadhar"));
    // Never trust a server to mask: keep at most the last four digits whatever arrives.
    t.maskedAadhaar = aadhar.isEmpty() ? QString() : aadhaar::mask(aadhar);
    t.terminalId = e.text(QStringLiteral("terminal_id"));
    t.merchantName = e.text(QStringLiteral("merchantname"));
    t.shop = e.text(QStringLiteral("shop"));
    t.transactionDate = e.text(QStringLiteral("transaction_date"));
    t.transactionTime = e.text(QStringLiteral("transaction_time"));
    t.reason = e.reason();
    e.amount(QStringLiteral("amount"), &t.amount);
    e.amount(QStringLiteral("balance"), &t.agentBalance);
    t.hasCustomerBalance = e.amount(QStringLiteral("customer_balance"), &t.customerBalance);
    e.amount(QStringLiteral("commission"), &t.commission);
    if (!e.amount(QStringLiteral("totalfee"), &t.fee)) {
        e.amount(QStringLiteral("fee"), &t.fee);
    }
    e.amount(QStringLiteral("tds"), &t.tds);
    const QJsonArray list = e.data.value(QStringLiteral("mini_statement_list")).toArray();
    for (qsizetype i = 0; i < list.size() && i < 100; ++i) {
        const QJsonObject row = list.at(i).toObject();
        MiniStatementEntry entry;
        entry.date = EkoEnvelope::textOf(row, QStringLiteral("date"));
        entry.narration = EkoEnvelope::textOf(row, QStringLiteral("narration"));
        const QString type = EkoEnvelope::textOf(row, QStringLiteral("txnType"));
        entry.credit = type.startsWith(QLatin1String("Cr"), Qt::CaseInsensitive);
        EkoEnvelope wrapper;
        wrapper.data = row;
        wrapper.amount(QStringLiteral("amount"), &entry.amount);
        t.miniStatement.append(entry);
    }
    return t;
}

} // namespace saathi::eko
