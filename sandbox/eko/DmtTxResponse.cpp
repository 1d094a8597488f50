// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DmtTxResponse.h"

#include "sandbox/eko/AgentRegistry.h"
#include "sandbox/eko/DmtRecipientRules.h"
#include "sandbox/eko/Envelope.h"
#include "sandbox/eko/Fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace saathi::sandbox {

namespace {

QString stateDesc(DmtCustomerState state)
{
    switch (state) {
    case DmtCustomerState::OtpPending:
        return QStringLiteral("Verification Pending");
    case DmtCustomerState::NonKyc:
        return QStringLiteral("Non-KYC");
    case DmtCustomerState::FullKyc:
        return QStringLiteral("Full KYC");
    }
    return QString();
}

} // namespace

QJsonObject dmtTransferData(const DmtLedgerEntry& e, const Agent* agent, const QDateTime& ist)
{
    const fixtures::Bank* bank = fixtures::findBank(e.bankCode);
    QJsonObject d;
    d[QStringLiteral("tx_status")] = dmtTxStatusText(e.state);
    d[QStringLiteral("txstatus_desc")] = dmtTxStatusDesc(e.state, e.channel);
    d[QStringLiteral("tid")] = e.tid;
    d[QStringLiteral("client_ref_id")] = e.clientRefId;
    d[QStringLiteral("amount")] = envelope::amountText(e.amount);
    d[QStringLiteral("fee")] = envelope::amountText(e.fee);
    d[QStringLiteral("service_tax")] = QStringLiteral("0.00");
    d[QStringLiteral("collectable_amount")] = envelope::amountText(e.amount + e.fee);
    d[QStringLiteral("balance")] = agent ? envelope::amountText(agent->wallet) : QString();
    d[QStringLiteral("bank_ref_num")] = e.bankRefNum;
    d[QStringLiteral("utr")] = e.bankRefNum;
    d[QStringLiteral("customer_id")] = e.customerId;
    d[QStringLiteral("recipient_id")] = e.recipientId;
    d[QStringLiteral("recipient_name")] = e.recipientName;
    d[QStringLiteral("account")] = e.account;
    d[QStringLiteral("ifsc")] = e.ifsc;
    d[QStringLiteral("bank")] = bank ? bank->name : e.bankCode;
    d[QStringLiteral("channel")] = QString::number(static_cast<int>(e.channel));
    d[QStringLiteral("channel_desc")] = dmtChannelDesc(e.channel);
    d[QStringLiteral("payment_mode")] = dmtChannelDesc(e.channel);
    d[QStringLiteral("debit_user_id")] = e.userCode;
    d[QStringLiteral("user_code")] = e.userCode;
    d[QStringLiteral("timestamp")] = ist.toString(Qt::ISODate);
    d[QStringLiteral("reason")] = e.reason;
    if (e.state == DmtTxState::Refunded) {
        d[QStringLiteral("refund_tid")] = e.refundTid;
        d[QStringLiteral("refunded_amount")] = envelope::amountText(e.walletRefund);
    }
    return d;
}

SandboxReply dmtTransferReply(const DmtLedgerEntry& e, const QJsonObject& data)
{
    switch (e.state) {
    case DmtTxState::Success:
        return envelope::make(0, QStringLiteral("Transaction successful"), 0, 325, data);
    case DmtTxState::Initiated:
        return envelope::make(0,
                              e.channel == DmtChannel::Neft ? QStringLiteral("Transaction initiated")
                                                            : QStringLiteral("Transaction Pending"),
                              2, 325, data);
    case DmtTxState::RefundPending:
        return envelope::make(0, QStringLiteral("Transaction failed. Refund pending"), 3, 325, data);
    case DmtTxState::Refunded:
        return envelope::make(0, QStringLiteral("Refunded"), 4, 325, data);
    case DmtTxState::Failed:
        break;
    }
    return envelope::make(55, QStringLiteral("Transaction declined"), 1, 55, data);
}

SandboxReply dmtRefundReply(const DmtLedgerEntry& e, const Agent* agent, const QDateTime& ist)
{
    QJsonObject d;
    d[QStringLiteral("tid")] = e.tid;
    d[QStringLiteral("refund_tid")] = e.refundTid;
    d[QStringLiteral("refunded_amount")] = envelope::amountText(e.walletRefund);
    d[QStringLiteral("amount")] = envelope::amountText(e.amount);
    d[QStringLiteral("fee")] = envelope::amountText(e.fee);
    d[QStringLiteral("tds")] = QStringLiteral("0.00");
    d[QStringLiteral("commission_reverse")] = QStringLiteral("0.00");
    d[QStringLiteral("balance")] = agent ? envelope::amountText(agent->wallet) : QString();
    d[QStringLiteral("tx_status")] = dmtTxStatusText(e.state);
    d[QStringLiteral("txstatus_desc")] = dmtTxStatusDesc(e.state, e.channel);
    d[QStringLiteral("timestamp")] = ist.toString(Qt::ISODate);
    return envelope::make(0, QStringLiteral("Refund done"), 0, 74, d);
}

QJsonObject dmtCustomerData(const DmtCustomer& c, Paise limit, Paise used)
{
    const Paise available = used < limit ? limit - used : Paise {};
    QJsonObject d;
    d[QStringLiteral("customer_id_type")] = QStringLiteral("mobile_number");
    d[QStringLiteral("customer_id")] = c.mobile;
    d[QStringLiteral("mobile")] = c.mobile;
    d[QStringLiteral("name")] = c.name;
    d[QStringLiteral("total_limit")] = envelope::amountText(limit);
    d[QStringLiteral("used_limit")] = envelope::amountText(used);
    d[QStringLiteral("available_limit")] = envelope::amountText(available);
    if (c.rail == DmtRail::Classic) {
        d[QStringLiteral("state")] = QString::number(static_cast<int>(c.state));
        d[QStringLiteral("state_desc")] = stateDesc(c.state);
        d[QStringLiteral("balance")] = QStringLiteral("0.00");
        d[QStringLiteral("currency")] = QStringLiteral("INR");
        d[QStringLiteral("wallet_available_limit")] = QStringLiteral("0.00");
        d[QStringLiteral("bc_available_limit")] = envelope::amountText(available);
        d[QStringLiteral("limit")] = QJsonArray {QJsonObject {
            {QStringLiteral("name"),
             c.state == DmtCustomerState::FullKyc ? QStringLiteral("KYC") : QStringLiteral("Non-KYC")},
            {QStringLiteral("pipe"), QStringLiteral("9")},
            {QStringLiteral("used"), envelope::amountText(used)},
            {QStringLiteral("remaining"), envelope::amountText(available)},
            {QStringLiteral("status"), QStringLiteral("1")},
            {QStringLiteral("priority"), QStringLiteral("1")},
        }};
    } else {
        const bool done = c.kyc == FinoKycStage::Done;
        d[QStringLiteral("kyc_status")] = done ? QStringLiteral("1") : QStringLiteral("0");
        d[QStringLiteral("kyc_status_desc")] = done ? QStringLiteral("eKYC completed") : QStringLiteral("KYC pending");
        if (!c.aadhaarLast4.isEmpty()) {
            d[QStringLiteral("aadhar")] = QString(QStringLiteral("XXXX XXXX ") + c.aadhaarLast4);
        }
    }
    return d;
}

QJsonObject dmtRecipientJson(const DmtRecipient& r)
{
    const fixtures::Bank* bank = fixtures::findBank(r.bankCode);
    return QJsonObject {
        {QStringLiteral("recipient_id"), r.id},
        {QStringLiteral("recipient_id_type"), QStringLiteral("acc_ifsc")},
        {QStringLiteral("recipient_name"), r.name},
        {QStringLiteral("recipient_mobile"), r.mobile},
        {QStringLiteral("account"), r.account},
        {QStringLiteral("ifsc"), r.ifsc},
        {QStringLiteral("bank"), bank ? bank->name : r.bankCode},
        {QStringLiteral("bank_id"), bank ? QString::number(bank->bankId) : QString()},
        {QStringLiteral("available_channel"), dmt::availableChannel(r.bankCode)},
        {QStringLiteral("imps_allowed"), r.imps},
        {QStringLiteral("neft_allowed"), r.neft},
    };
}

SandboxReply dmtRejectField(int status, const QString& field, const QString& message)
{
    QJsonObject o;
    o[QStringLiteral("status")] = status;
    o[QStringLiteral("message")] = message;
    o[QStringLiteral("response_status_id")] = 1;
    o[QStringLiteral("response_type_id")] = -1;
    o[QStringLiteral("data")] = QJsonObject();
    o[QStringLiteral("invalid_params")] = QJsonObject {{field, message}};
    return envelope::json(o);
}

} // namespace saathi::sandbox
