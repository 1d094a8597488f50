// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "TxResponse.h"

#include "sandbox/eko/AepsEngine.h"
#include "sandbox/eko/AgentRegistry.h"
#include "sandbox/eko/Envelope.h"
#include "sandbox/eko/Fixtures.h"

#include <QJsonArray>

namespace saathi::sandbox {

QString txStatusText(TxState state)
{
    switch (state) {
    case TxState::Success:
        return QStringLiteral("0");
    case TxState::Failed:
        return QStringLiteral("1");
    case TxState::Pending:
        return QStringLiteral("2");
    }
    return QStringLiteral("1");
}

namespace {

QString txStatusDesc(TxState state)
{
    switch (state) {
    case TxState::Success:
        return QStringLiteral("Success");
    case TxState::Failed:
        return QStringLiteral("Failed");
    case TxState::Pending:
        return QStringLiteral("Response Awaited");
    }
    return QString();
}

} // namespace

QJsonObject transactionData(const LedgerEntry& e, const Agent& agent, const CustomerAccount* account,
                            const QDateTime& ist)
{
    const fixtures::Bank* bank = fixtures::findBank(e.bankCode);
    const Paise commission = e.state == TxState::Success ? AepsEngine::commissionFor(e.kind, e.amount) : Paise {};
    QJsonObject d;
    d[QStringLiteral("tx_status")] = txStatusText(e.state);
    d[QStringLiteral("txstatus_desc")] = txStatusDesc(e.state);
    d[QStringLiteral("tid")] = e.tid;
    d[QStringLiteral("client_ref_id")] = e.clientRefId;
    d[QStringLiteral("amount")] = envelope::amountText(e.amount);
    d[QStringLiteral("bank")] = bank ? bank->name : e.bankCode;
    d[QStringLiteral("bank_ref_num")] = e.rrn;
    d[QStringLiteral("stan")] = e.stan;
    d[QStringLiteral("auth_code")] = e.rrn.isEmpty() ? QString() : e.rrn.right(6);
    d[QStringLiteral("balance")] = envelope::amountText(agent.wallet);
    const bool showCustomerBalance = account && e.state == TxState::Success;
    d[QStringLiteral("customer_balance")] = showCustomerBalance ? envelope::amountText(account->balance) : QString();
    d[QStringLiteral("commission")] = envelope::amountText(commission);
    d[QStringLiteral("tds")] = envelope::amountText(AepsEngine::tdsOn(commission));
    d[QStringLiteral("fee")] = QStringLiteral("0.00");
    d[QStringLiteral("service_tax")] = QStringLiteral("0.00");
    d[QStringLiteral("totalfee")] = QStringLiteral("0.00");
    d[QStringLiteral("aadhar")] = QString(QStringLiteral("XXXX XXXX ") + e.aadhaarLast4);
    d[QStringLiteral("terminal_id")] = QString(QStringLiteral("EKOFP") + agent.userCode.right(4));
    // Both as Eko's samples write them (reference §6.5): "06-12-26 14:05:09", IST.
    d[QStringLiteral("transaction_date")] = ist.toString(QStringLiteral("dd-MM-yy HH:mm:ss"));
    d[QStringLiteral("transaction_time")] = ist.toString(QStringLiteral("dd-MM-yy HH:mm:ss"));
    d[QStringLiteral("shop")] = agent.shopName;
    d[QStringLiteral("shop_address_line1")] = QStringLiteral("Sandbox Market Road");
    const QString name = agent.firstName + QLatin1Char(' ') + agent.lastName;
    d[QStringLiteral("sender_name")] = name;
    d[QStringLiteral("merchantname")] = name;
    d[QStringLiteral("merchant_code")] = agent.userCode;
    d[QStringLiteral("user_code")] = agent.userCode;
    d[QStringLiteral("reason")] = e.state == TxState::Success ? QString() : e.reason;
    d[QStringLiteral("comment")] = e.state == TxState::Success ? QStringLiteral("Transaction Successful") : e.reason;
    if (e.kind == TxKind::MiniStatement && account && e.state == TxState::Success) {
        QJsonArray list;
        const auto& h = account->history;
        for (qsizetype i = qMax<qsizetype>(0, h.size() - 10); i < h.size(); ++i) {
            list.append(
                QJsonObject {{QStringLiteral("date"), h[i].date.toString(QStringLiteral("dd/MM"))},
                             {QStringLiteral("amount"), envelope::amountText(h[i].amount)},
                             {QStringLiteral("narration"), h[i].narration},
                             {QStringLiteral("txnType"), h[i].debit ? QStringLiteral("Dr") : QStringLiteral("Cr")}});
        }
        d[QStringLiteral("mini_statement_list")] = list;
    }
    return d;
}

SandboxReply transactionReply(const LedgerEntry& e, const QJsonObject& data)
{
    const bool ms = e.kind == TxKind::MiniStatement;
    switch (e.state) {
    case TxState::Success:
        if (e.kind == TxKind::BalanceEnquiry) {
            return envelope::make(0, QStringLiteral("Transaction Successful"), 0, 1466, data);
        }
        return envelope::make(0, QStringLiteral("Transaction Successful"), 0, ms ? 1527 : 1463, data);
    case TxState::Pending:
        return envelope::make(0, QStringLiteral("Transaction Pending"), 2, 1465, data);
    case TxState::Failed:
        break;
    }
    const int code = ms ? 1528 : e.notLinked ? 1467 : 1464;
    return envelope::make(code, QStringLiteral("Transaction Fail"), 1, code, data);
}

SandboxReply twoFactorRequired(TxKind kind, const QString& tid, const QString& userCode)
{
    const int code = kind == TxKind::MiniStatement ? 1528 : 1467;
    const QString text = QStringLiteral("Please do 2fa before initiating transaction");
    return envelope::make(code, QStringLiteral("Transaction Fail"), 1, code,
                          QJsonObject {{QStringLiteral("tx_status"), QStringLiteral("1")},
                                       {QStringLiteral("tid"), tid},
                                       {QStringLiteral("user_code"), userCode},
                                       {QStringLiteral("reason"), QString()},
                                       {QStringLiteral("comment"), text}});
}

} // namespace saathi::sandbox
