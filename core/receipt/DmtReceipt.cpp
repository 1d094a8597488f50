// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/receipt/DmtReceipt.h"

#include "core/logging/Redactor.h"
#include "core/receipt/Receipt.h"
#include "core/receipt/ReceiptHeader.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>

namespace saathi::receipt {

namespace {

QString masked(const QString& digits)
{
    const QString d = digits.trimmed();
    return d.size() <= 4 ? d : QString(d.size() - 4, QLatin1Char('X')) + d.right(4);
}

QString partStatus(journal::TxState state)
{
    switch (state) {
    case journal::TxState::Success:
        return Receipt::tr("SUCCESS");
    case journal::TxState::Failed:
    case journal::TxState::NotSent:
        return Receipt::tr("FAILED — NOT SENT TO THE BANK");
    case journal::TxState::RefundPending:
        return Receipt::tr("FAILED — REFUND PENDING");
    case journal::TxState::Refunded:
        return Receipt::tr("FAILED — REFUNDED");
    default:
        return Receipt::tr("PENDING — WE ARE CHECKING");
    }
}

} // namespace

void DmtReceipt::add(QList<Line>& list, const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        list.append({label, value});
    }
}

DmtReceipt DmtReceipt::forTransfer(const dmt::Customer& customer, const dmt::Recipient& recipient,
                                   const QList<Part>& parts, const CounterIdentity& identity)
{
    DmtReceipt r;
    r.m_title = Receipt::tr("MONEY TRANSFER");
    r.m_shop = identity.shopName;
    r.m_shopAddress = identity.shopAddress;
    bool allOk = !parts.isEmpty();
    bool anyOpen = false;
    bool anyRefund = false;
    for (const Part& p : parts) {
        allOk = allOk && p.record.state == journal::TxState::Success;
        anyOpen = anyOpen || journal::isUnresolved(p.record.state);
        anyRefund = anyRefund || p.record.state == journal::TxState::RefundPending;
        if (p.record.state == journal::TxState::Success || journal::isUnresolved(p.record.state)) {
            r.m_amount = r.m_amount + p.record.amount;
            r.m_fee = r.m_fee + (p.record.fee ? *p.record.fee : p.result.fee);
        }
    }
    r.m_status = allOk ? Receipt::tr("SUCCESS")
        : anyOpen      ? Receipt::tr("PENDING — WE ARE CHECKING")
                       : Receipt::tr("NOT ALL SENT");
    add(r.m_fields, Receipt::tr("Date & time"),
        parts.isEmpty() ? QString() : Receipt::istDateTime(parts.first().record.createdAtMs));
    add(r.m_fields, Receipt::tr("Status"), r.m_status);
    add(r.m_fields, Receipt::tr("Sender"), customer.name);
    add(r.m_fields, Receipt::tr("Sender mobile"), masked(customer.mobile));
    add(r.m_fields, Receipt::tr("Recipient"), recipient.name);
    add(r.m_fields, Receipt::tr("Account"), recipient.maskedAccount());
    add(r.m_fields, Receipt::tr("Bank"), recipient.bankName.isEmpty() ? recipient.bankCode : recipient.bankName);
    add(r.m_fields, Receipt::tr("IFSC"), recipient.ifsc);
    add(r.m_fields, Receipt::tr("Amount sent"), Receipt::formatRupees(r.m_amount));
    add(r.m_fields, Receipt::tr("Fee"), Receipt::formatRupees(r.m_fee));
    add(r.m_fields, Receipt::tr("Agent code"),
        identity.userCode.isEmpty() && !parts.isEmpty() ? parts.first().record.agentUserCode : identity.userCode);
    bool anyNotSent = false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Part& p = parts.at(i);
        QList<Line> lines;
        add(lines, Receipt::tr("Transfer"), Receipt::tr("%1 of %2").arg(i + 1).arg(parts.size()));
        add(lines, Receipt::tr("Amount"), Receipt::formatRupees(p.record.amount));
        add(lines, Receipt::tr("Fee"), Receipt::formatRupees(p.record.fee ? *p.record.fee : p.result.fee));
        add(lines, Receipt::tr("Channel"), p.record.channel.toUpper());
        add(lines, Receipt::tr("Status"), partStatus(p.record.state));
        add(lines, Receipt::tr("UTR / RRN"), !p.record.rrn.isEmpty() ? p.record.rrn : p.result.rrn);
        add(lines, Receipt::tr("Eko TID"), !p.record.tid.isEmpty() ? p.record.tid : p.result.tid);
        add(lines, Receipt::tr("Reference"), p.record.clientRefId);
        if (p.record.state == journal::TxState::Failed || p.record.state == journal::TxState::NotSent
            || p.record.state == journal::TxState::RefundPending) {
            add(lines, Receipt::tr("Reason"),
                redact::text(!p.result.reason.isEmpty() ? p.result.reason : p.record.message));
        }
        r.m_parts.append(lines);
        anyNotSent
            = anyNotSent || p.record.state == journal::TxState::Failed || p.record.state == journal::TxState::NotSent;
        r.m_qr.refs << p.record.clientRefId;
        r.m_qr.rrns << (!p.record.rrn.isEmpty() ? p.record.rrn : p.result.rrn);
        r.m_qr.tids << (!p.record.tid.isEmpty() ? p.record.tid : p.result.tid);
    }
    r.m_qr.amount = r.m_amount;
    r.m_qr.timeMs = parts.isEmpty() ? 0 : parts.first().record.createdAtMs;
    r.m_qr.agentCode
        = identity.userCode.isEmpty() && !parts.isEmpty() ? parts.first().record.agentUserCode : identity.userCode;
    if (anyOpen) {
        r.m_notes << Receipt::tr(
            "The bank has not confirmed every transfer yet; we are checking with Eko. Do not send it "
            "again.");
    }
    if (anyRefund) {
        r.m_notes << Receipt::tr(
            "A transfer that failed will be refunded: you receive an OTP; give it to the agent and get "
            "the amount and the fee back in cash.");
    }
    if (anyNotSent) {
        r.m_notes << Receipt::tr(
            "A transfer that failed did not reach the bank and nothing was charged for it: the agent "
            "gives its amount back in cash, or sends it again with your consent.");
    }
    return r;
}

DmtReceipt DmtReceipt::forRefund(const journal::TransactionRecord& transfer, const journal::TransactionRecord& refund,
                                 const dmt::TransferResult& result, const CounterIdentity& identity)
{
    DmtReceipt r;
    r.m_title = Receipt::tr("MONEY TRANSFER REFUND");
    r.m_shop = identity.shopName;
    r.m_shopAddress = identity.shopAddress;
    const bool done = refund.state == journal::TxState::Success;
    r.m_status = done ? Receipt::tr("REFUNDED") : partStatus(refund.state);
    r.m_amount = result.refundedAmount.value > 0 ? result.refundedAmount : transfer.amount;
    add(r.m_fields, Receipt::tr("Date & time"), Receipt::istDateTime(refund.createdAtMs));
    add(r.m_fields, Receipt::tr("Status"), r.m_status);
    add(r.m_fields, Receipt::tr("Sender mobile"), masked(transfer.customerMobile));
    add(r.m_fields, Receipt::tr("Transfer"), Receipt::formatRupees(transfer.amount));
    add(r.m_fields, Receipt::tr("Refunded"), done ? Receipt::formatRupees(r.m_amount) : QString());
    add(r.m_fields, Receipt::tr("Transfer TID"), transfer.tid);
    add(r.m_fields, Receipt::tr("Refund TID"), !result.refundTid.isEmpty() ? result.refundTid : refund.tid);
    add(r.m_fields, Receipt::tr("Reference"), refund.clientRefId);
    add(r.m_fields, Receipt::tr("Transfer ref."), transfer.clientRefId);
    add(r.m_fields, Receipt::tr("Agent code"), identity.userCode.isEmpty() ? refund.agentUserCode : identity.userCode);
    if (done) {
        r.m_notes << Receipt::tr("%1 was returned to the customer in cash.").arg(Receipt::formatRupees(r.m_amount));
    } else if (journal::isUnresolved(refund.state)) {
        r.m_notes << Receipt::tr("The refund is not confirmed yet; we are checking with Eko. Do not give the cash back "
                                 "until it is.");
    } else {
        add(r.m_fields, Receipt::tr("Reason"), redact::text(!result.reason.isEmpty() ? result.reason : refund.message));
        r.m_notes << Receipt::tr("The refund did not go through; no cash was returned. The agent can try the refund "
                                 "again with a new OTP.");
    }
    r.m_qr.refs = {refund.clientRefId};
    r.m_qr.amount = r.m_amount;
    r.m_qr.timeMs = refund.createdAtMs;
    r.m_qr.agentCode = identity.userCode.isEmpty() ? refund.agentUserCode : identity.userCode;
    r.m_qr.rrns = {refund.rrn};
    r.m_qr.tids = {!result.refundTid.isEmpty() ? result.refundTid : refund.tid};
    return r;
}

QStringList DmtReceipt::lines() const
{
    QStringList out;
    const QString rule(kWidth, QLatin1Char('-'));
    const auto row = [](const Line& l) -> QString { return Receipt::labelled(l.label, l.value).left(kWidth); };
    out << receiptHeader(m_shop, m_shopAddress, m_title, m_training, m_duplicate, kWidth);
    for (const Line& l : m_fields) {
        out << row(l);
    }
    for (const QList<Line>& part : m_parts) {
        out << rule;
        for (const Line& l : part) {
            out << row(l);
        }
    }
    if (!m_notes.isEmpty()) {
        out << rule;
        for (const QString& note : m_notes) {
            QString current;
            for (const QString& word : note.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (!current.isEmpty() && current.size() + 1 + word.size() > kWidth) {
                    out << current;
                    current.clear();
                }
                current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            }
            if (!current.isEmpty()) {
                out << current;
            }
        }
    }
    return out;
}

QString DmtReceipt::qrPayload() const
{
    return receiptQrPayload(m_qr);
}

QString DmtReceipt::plainText() const
{
    return lines().join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace saathi::receipt
