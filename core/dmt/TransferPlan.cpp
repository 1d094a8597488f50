// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dmt/TransferPlan.h"

#include "core/preflight/Preflight.h"

#include <QCoreApplication>

#include <algorithm>

namespace saathi::dmt {

namespace {

// lupdate files Dmt::tr() here under "Dmt", the context looked up at run time.
struct Dmt
{
    Q_DECLARE_TR_FUNCTIONS(Dmt)
};

QString rupees(Paise amount)
{
    return QStringLiteral("₹") + amount.toWireString();
}

} // namespace

Paise TransferPlan::feeFor(Paise amount)
{
    const Paise onePercent {(amount.value + 50) / 100};
    return onePercent < Paise::fromRupees(10) ? Paise::fromRupees(10) : onePercent;
}

QList<Paise> TransferPlan::split(Paise total, const Limits& limits)
{
    QList<Paise> parts;
    if (total < limits.perTransferMin || limits.perTransferMax.value <= 0) {
        return parts;
    }
    Paise left = total;
    while (left.value > 0) {
        const Paise part = left < limits.perTransferMax ? left : limits.perTransferMax;
        parts.append(part);
        left = left - part;
        if (parts.size() > limits.maxParts) {
            return {};
        }
    }
    // A last part under the minimum borrows from the one before it (which stays ≥ the minimum: max ≥ 2 × min).
    if (parts.size() > 1 && parts.last() < limits.perTransferMin) {
        const Paise shortBy = limits.perTransferMin - parts.last();
        parts[parts.size() - 2] = parts.at(parts.size() - 2) - shortBy;
        parts.last() = limits.perTransferMin;
    }
    return parts;
}

Result<TransferPlan> TransferPlan::make(Paise total, const Customer& customer, const Recipient& recipient,
                                        std::optional<Channel> channel)
{
    return make(total, customer, recipient, channel, Limits());
}

Result<TransferPlan> TransferPlan::make(Paise total, const Customer& customer, const Recipient& recipient,
                                        std::optional<Channel> channel, const Limits& limits)
{
    if (!customer.canSend()) {
        return fieldError(QStringLiteral("customer_mobile"),
                          Dmt::tr("This customer cannot send money yet: finish the registration (OTP / eKYC) first."),
                          stageName(customer.stage));
    }
    if (total.value <= 0 || !total.isWholeRupees()) {
        return fieldError(QStringLiteral("amount"), Dmt::tr("Enter the amount in whole rupees."));
    }
    if (total < limits.perTransferMin) {
        return fieldError(QStringLiteral("amount"),
                          Dmt::tr("The smallest transfer is %1.").arg(rupees(limits.perTransferMin)));
    }
    // The monthly room is one of the pre-flight checks (issue #18: in one place); the message here adds the limit
    // and what was used, which only the DMT customer knows.
    preflight::Request room;
    room.kind = journal::TxKind::DmtTransfer;
    room.amount = total;
    room.needsAgentLogin = false;
    if (customer.hasLimits) {
        room.dmtMonthlyRoom = customer.remainingThisMonth;
    }
    const QList<preflight::Reason> stops = preflight::Preflight::localChecks(room);
    if (std::any_of(stops.cbegin(), stops.cend(),
                    [](const preflight::Reason& r) { return r.check == preflight::Check::DmtMonthlyRoom; })) {
        return fieldError(
            QStringLiteral("amount"),
            Dmt::tr("The customer can send only %1 more this month (limit %2, used %3). Lower the amount.")
                .arg(rupees(customer.remainingThisMonth), rupees(customer.monthlyLimit),
                     rupees(customer.usedThisMonth)),
            QStringLiteral("monthly limit"));
    }
    const QList<Paise> amounts = split(total, limits);
    if (amounts.isEmpty()) {
        return fieldError(QStringLiteral("amount"),
                          Dmt::tr("This amount needs more than %1 transfers. Lower the amount.").arg(limits.maxParts));
    }
    const Channel chosen = channel.value_or(recipient.preferredChannel());
    if (!recipient.allows(chosen)) {
        return fieldError(QStringLiteral("channel"),
                          Dmt::tr("%1 does not take %2 transfers. Use %3.")
                              .arg(recipient.bankName.isEmpty() ? recipient.bankCode : recipient.bankName,
                                   channelName(chosen),
                                   channelName(chosen == Channel::Imps ? Channel::Neft : Channel::Imps)));
    }
    if (!recipient.imps && !recipient.neft) {
        return fieldError(QStringLiteral("channel"), Dmt::tr("The recipient's bank takes neither IMPS nor NEFT."));
    }
    TransferPlan plan;
    plan.m_customer = customer;
    plan.m_recipient = recipient;
    plan.m_channel = chosen;
    plan.m_total = total;
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        plan.m_parts.append(TransferPart {static_cast<int>(i), amounts.at(i), feeFor(amounts.at(i)), chosen});
    }
    return plan;
}

Paise TransferPlan::totalFee() const
{
    Paise fee;
    for (const TransferPart& p : m_parts) {
        fee = fee + p.fee;
    }
    return fee;
}

} // namespace saathi::dmt
