// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dmt/DmtTypes.h"

#include <QJsonArray>

namespace saathi::dmt {

namespace {

bool boolOf(const QJsonObject& o, const QString& key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isBool()) {
        return v.toBool();
    }
    const QString t = eko::EkoEnvelope::textOf(o, key);
    if (t.isEmpty()) {
        return fallback;
    }
    return t == QLatin1String("1") || t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

const QString kFieldPrefix = QStringLiteral("dmt.invalid_");

} // namespace

QString channelName(Channel channel)
{
    return channel == Channel::Imps ? QStringLiteral("IMPS") : QStringLiteral("NEFT");
}

QString stageName(CustomerStage stage)
{
    switch (stage) {
    case CustomerStage::NotRegistered:
        return QStringLiteral("not_registered");
    case CustomerStage::OtpPending:
        return QStringLiteral("otp_pending");
    case CustomerStage::EkycPending:
        return QStringLiteral("ekyc_pending");
    case CustomerStage::Verified:
        return QStringLiteral("verified");
    case CustomerStage::FullKyc:
        return QStringLiteral("full_kyc");
    }
    return QString();
}

Customer Customer::fromData(const eko::EkoEnvelope& e, Rail rail, const QString& mobile)
{
    Customer c;
    c.mobile = mobile;
    c.name = e.text(QStringLiteral("name"));
    c.hasLimits = e.amount(QStringLiteral("total_limit"), &c.monthlyLimit);
    e.amount(QStringLiteral("used_limit"), &c.usedThisMonth);
    if (!e.amount(QStringLiteral("available_limit"), &c.remainingThisMonth) && c.hasLimits) {
        c.remainingThisMonth = c.usedThisMonth < c.monthlyLimit ? c.monthlyLimit - c.usedThisMonth : Paise {};
    }
    if (rail == Rail::Classic) {
        c.stateText = e.text(QStringLiteral("state_desc"));
        switch (e.integer(QStringLiteral("state"), 0)) {
        case 1:
            c.stage = CustomerStage::OtpPending;
            break;
        case 4:
            c.stage = CustomerStage::FullKyc;
            break;
        default: // 2 non-KYC, 3 KYC pending, 5 name change pending, 8 partial KYC: all may send within limits
            c.stage = CustomerStage::Verified;
        }
        return c;
    }
    c.stateText = e.text(QStringLiteral("kyc_status_desc"));
    const bool kycDone = e.integer(QStringLiteral("kyc_status"), -1) == 1;
    c.stage = e.responseTypeId == 2134 || !kycDone ? CustomerStage::EkycPending : CustomerStage::Verified;
    if (e.responseTypeId == 309 || e.responseTypeId == 2132) {
        c.stage = CustomerStage::Verified; // found / registration completed: eKYC done
    }
    return c;
}

QString Recipient::maskedAccount() const
{
    const QString digits = account.trimmed();
    if (digits.size() <= 4) {
        return digits;
    }
    return QString(digits.size() - 4, QLatin1Char('X')) + digits.right(4);
}

Recipient Recipient::fromJson(const QJsonObject& o)
{
    Recipient r;
    r.id = eko::EkoEnvelope::textOf(o, QStringLiteral("recipient_id"));
    r.name = eko::EkoEnvelope::textOf(o, QStringLiteral("recipient_name"));
    r.mobile = eko::EkoEnvelope::textOf(o, QStringLiteral("recipient_mobile"));
    r.account = eko::EkoEnvelope::textOf(o, QStringLiteral("account"));
    r.ifsc = eko::EkoEnvelope::textOf(o, QStringLiteral("ifsc")).toUpper();
    r.bankCode = r.ifsc.left(4);
    r.bankName = eko::EkoEnvelope::textOf(o, QStringLiteral("bank"));
    // available_channel: 0 both, 1 NEFT only, 2 IMPS only; the explicit flags win when present.
    const QString channels = eko::EkoEnvelope::textOf(o, QStringLiteral("available_channel"));
    r.imps = boolOf(o, QStringLiteral("imps_allowed"), channels != QLatin1String("1"));
    r.neft = boolOf(o, QStringLiteral("neft_allowed"), channels != QLatin1String("2"));
    return r;
}

QList<Recipient> Recipient::listFromEnvelope(const eko::EkoEnvelope& e)
{
    QList<Recipient> out;
    const QJsonArray list = e.data.value(QStringLiteral("recipient_list")).isArray()
        ? e.data.value(QStringLiteral("recipient_list")).toArray()
        : e.data.value(QStringLiteral("list")).toArray();
    for (qsizetype i = 0; i < list.size() && i < 500; ++i) {
        const Recipient r = fromJson(list.at(i).toObject());
        if (!r.id.isEmpty()) { // unusable without an id
            out.append(r);
        }
    }
    return out;
}

TransferResult TransferResult::fromEnvelope(const eko::EkoEnvelope& e)
{
    TransferResult t;
    t.txStatus = e.integer(QStringLiteral("tx_status"), -1);
    t.tid = e.text(QStringLiteral("tid"));
    t.clientRefId = e.text(QStringLiteral("client_ref_id"));
    t.rrn = e.text(QStringLiteral("bank_ref_num"));
    if (t.rrn.isEmpty()) {
        t.rrn = e.text(QStringLiteral("utr"));
    }
    e.amount(QStringLiteral("amount"), &t.amount);
    e.amount(QStringLiteral("fee"), &t.fee);
    e.amount(QStringLiteral("balance"), &t.agentBalance);
    t.channelText = e.text(QStringLiteral("channel_desc"));
    t.recipientName = e.text(QStringLiteral("recipient_name"));
    t.account = e.text(QStringLiteral("account"));
    t.ifsc = e.text(QStringLiteral("ifsc"));
    t.bankName = e.text(QStringLiteral("bank"));
    t.statusText = e.text(QStringLiteral("txstatus_desc"));
    t.reason = e.reason();
    t.refundTid = e.text(QStringLiteral("refund_tid"));
    e.amount(QStringLiteral("refunded_amount"), &t.refundedAmount);
    return t;
}

OtpTicket OtpTicket::fromEnvelope(const eko::EkoEnvelope& e)
{
    return OtpTicket {e.text(QStringLiteral("otp_ref_id")), e.text(QStringLiteral("kyc_request_id"))};
}

Error fieldError(const QString& field, const QString& userMessage, const QString& detail)
{
    return Error {kFieldPrefix + field, userMessage, detail.isEmpty() ? field : detail};
}

QString fieldOf(const Error& error)
{
    return error.code.startsWith(kFieldPrefix) ? error.code.mid(kFieldPrefix.size()) : QString();
}

} // namespace saathi::dmt
