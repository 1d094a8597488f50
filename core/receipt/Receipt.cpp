// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/receipt/Receipt.h"

#include "core/claims/ClaimRules.h"
#include "core/logging/Redactor.h"
#include "core/receipt/ReceiptHeader.h"
#include "core/receipt/ReceiptQr.h"
#include "core/util/Clock.h"
#include "core/validation/AadhaarNumber.h"

#include <QCoreApplication>
#include <QDateTime>

namespace saathi::receipt {

namespace {

QString statusFor(journal::TxState state)
{
    switch (state) {
    case journal::TxState::Success:
        return Receipt::tr("SUCCESS");
    case journal::TxState::Failed:
    case journal::TxState::NotSent:
        return Receipt::tr("FAILED");
    case journal::TxState::RefundPending:
    case journal::TxState::Refunded:
        return Receipt::tr("FAILED — REVERSED");
    default:
        return Receipt::tr("PENDING — WE ARE CHECKING");
    }
}

// Only the last four digits of a mobile number survive.
QString maskedMobile(const QString& mobile)
{
    if (mobile.size() < 4) {
        return QString();
    }
    return QString(mobile.size() - 4, QLatin1Char('X')) + mobile.right(4);
}

} // namespace

Receipt Receipt::build(const journal::TransactionRecord& record, const aeps::AepsTransaction& t,
                       const CounterIdentity& identity, const QString& bankName)
{
    Receipt r;
    r.m_title = journal::displayName(record.kind);
    r.m_state = record.state;
    r.m_status = statusFor(record.state);
    r.m_shop = identity.shopName;
    r.m_shopAddress = identity.shopAddress;
    const bool withAmount
        = record.kind == journal::TxKind::AepsWithdrawal || record.kind == journal::TxKind::AadhaarPay;

    r.add(Receipt::tr("Date & time"), istDateTime(record.createdAtMs));
    if (t.bankTime.isValid()) {
        // The switch's own time (transaction_date/transaction_time): the one a bank quotes in a dispute.
        r.add(Receipt::tr("Bank time"), istDateTime(t.bankTime.toMSecsSinceEpoch()));
    }
    r.add(Receipt::tr("Status"), r.m_status);
    r.add(Receipt::tr("Bank"), !t.bankName.isEmpty() ? t.bankName : (!bankName.isEmpty() ? bankName : record.bankCode));
    // The journal only ever holds the last four digits; Eko's own masking is re-masked on parsing.
    const QString masked = !record.aadhaarLast4.isEmpty() ? record.maskedAadhaar() : aadhaar::mask(t.maskedAadhaar);
    r.add(Receipt::tr("Aadhaar"), masked);
    r.add(Receipt::tr("Customer mobile"), maskedMobile(record.customerMobile));
    if (withAmount) {
        r.add(Receipt::tr("Amount"), formatRupees(record.amount));
    }
    if (t.hasCustomerBalance) {
        r.add(Receipt::tr("A/c balance"), formatRupees(t.customerBalance));
    }
    r.add(Receipt::tr("RRN"), !record.rrn.isEmpty() ? record.rrn : t.rrn);
    r.add(Receipt::tr("STAN"), t.stan);
    r.add(Receipt::tr("Eko TID"), !record.tid.isEmpty() ? record.tid : t.tid);
    r.add(Receipt::tr("Reference"), record.clientRefId);
    r.add(Receipt::tr("Terminal"), t.terminalId);
    r.add(Receipt::tr("Agent code"), identity.userCode.isEmpty() ? record.agentUserCode : identity.userCode);
    r.add(Receipt::tr("Agent"), identity.agentName);
    r.m_clientRefId = record.clientRefId;
    r.m_amount = record.amount;
    r.m_createdAtMs = record.createdAtMs;
    r.m_agentCode = identity.userCode.isEmpty() ? record.agentUserCode : identity.userCode;
    r.m_rrn = !record.rrn.isEmpty() ? record.rrn : t.rrn;
    r.m_tid = !record.tid.isEmpty() ? record.tid : t.tid;

    if (record.state == journal::TxState::Failed || record.state == journal::TxState::NotSent) {
        // Eko's words go on paper (and into the PDF): redacted like every other place they are shown or stored.
        const QString reason = redact::text(!t.reason.isEmpty() ? t.reason : record.message);
        if (!reason.isEmpty()) {
            r.add(Receipt::tr("Reason"), reason);
        }
    }
    if (journal::isUnresolved(record.state)) {
        r.m_notes << Receipt::tr("The result is not known yet; we are checking with the bank. Do not repeat this "
                                 "transaction.")
                  << Receipt::tr("If the account was debited, the bank must reverse it by %1.")
                         .arg(reversalDeadline(record.createdAtMs).toString(QStringLiteral("dd/MM/yyyy")));
    } else if (record.state == journal::TxState::Failed && withAmount) {
        r.m_notes << Receipt::tr("No cash was given. If the account was debited, the bank must reverse it by %1.")
                         .arg(reversalDeadline(record.createdAtMs).toString(QStringLiteral("dd/MM/yyyy")));
    }
    r.m_miniStatement = t.miniStatement;
    return r;
}

QString Receipt::labelled(const QString& label, const QString& value)
{
    constexpr int kLabelColumns = 16;
    return (label.size() < kLabelColumns ? label.leftJustified(kLabelColumns, QLatin1Char(' '))
                                         : label + QLatin1Char(' '))
        + value;
}

QDate Receipt::reversalDeadline(qint64 createdAtMs)
{
    // The rule lives in one place, the turnaround rules' data (core/claims): T+5 for a failed AePS withdrawal.
    journal::TransactionRecord failed;
    failed.kind = journal::TxKind::AepsWithdrawal;
    failed.state = journal::TxState::Failed;
    const claims::ClaimRule* rule = claims::ClaimRules::builtIn().ruleFor(failed);
    // No rule only if the build lost its resource (TestClaimRules fails then): no date rather than a made-up one.
    return rule ? claims::ClaimRules::clock(*rule, createdAtMs, createdAtMs).deadline : QDate();
}

QString Receipt::formatRupees(Paise amount)
{
    const bool negative = amount.value < 0;
    const qint64 paise = negative ? -amount.value : amount.value;
    const QString digits = QString::number(paise / 100);
    // Indian grouping: the last three digits, then pairs (1,00,000).
    QString grouped;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype left = n - i; // digits from here to the end
        if (i > 0 && (left == 3 || (left > 3 && (left - 3) % 2 == 0))) {
            grouped.append(QLatin1Char(','));
        }
        grouped.append(digits.at(i));
    }
    return (negative ? QStringLiteral("-₹") : QStringLiteral("₹")) + grouped + QLatin1Char('.')
        + QStringLiteral("%1").arg(paise % 100, 2, 10, QLatin1Char('0'));
}

void Receipt::add(const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        m_fields.append({label, value});
    }
}

QStringList Receipt::lines() const
{
    QStringList out;
    const QString rule(kWidth, QLatin1Char('-'));
    out << receiptHeader(m_shop, m_shopAddress, Receipt::tr("AePS %1").arg(m_title).toUpper(), m_training, m_duplicate,
                         kWidth);
    for (const Line& line : m_fields) {
        out << labelled(line.label, line.value);
    }
    if (!m_miniStatement.isEmpty()) {
        out << rule << Receipt::tr("Date   Dr/Cr        Amount  Narration");
        for (const aeps::MiniStatementEntry& e : m_miniStatement) {
            out << e.date.leftJustified(7, QLatin1Char(' '))
                    + (e.credit ? Receipt::tr("Cr") : Receipt::tr("Dr")).leftJustified(3)
                    + formatRupees(e.amount).rightJustified(13) + QLatin1Char(' ') + e.narration.left(17);
        }
    }
    if (!m_notes.isEmpty()) {
        out << rule;
        for (const QString& note : m_notes) {
            out << wrap(note, kWidth);
        }
    }
    out << rule << centred(Receipt::tr("Keep this receipt for any dispute."), kWidth);
    return out;
}

QString Receipt::qrPayload() const
{
    QrFields f;
    f.refs = {m_clientRefId};
    f.amount = m_amount;
    f.timeMs = m_createdAtMs;
    f.agentCode = m_agentCode;
    f.rrns = {m_rrn};
    f.tids = {m_tid};
    return receiptQrPayload(f);
}

QString Receipt::plainText() const
{
    return lines().join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList Receipt::wrap(const QString& text, int width)
{
    QStringList out;
    QString current;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
            out << current;
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word.left(width);
    }
    if (!current.isEmpty()) {
        out << current;
    }
    return out;
}

QStringList Receipt::shopHeader(const QString& shopName, const QString& shopAddress, int width)
{
    QStringList out;
    for (const QString& line : wrap(shopName, width) + wrap(shopAddress, width)) {
        out << QString(qMax(0, (width - static_cast<int>(line.size())) / 2), QLatin1Char(' ')) + line;
    }
    return out;
}

QString Receipt::istDateTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Clock::istZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))
        + QStringLiteral(" IST");
}

} // namespace saathi::receipt
