// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dmt/DmtTypes.h"

#include <QList>

#include <optional>

namespace saathi::dmt {

// One transfer of a plan.
struct TransferPart
{
    int index = 0; // 0-based
    Paise amount;
    Paise fee;
    Channel channel = Channel::Imps;
};

// What the customer asked to send, split into transfers Eko takes (≤ ₹5,000 each, ≥ ₹100, whole rupees), checked
// against the customer's remaining monthly limit and the recipient's bank channels before anything is sent, with
// the fee of each part (Eko's published customer fee: 1 %, at least ₹10 — reference §7.1). ₹12,000 →
// 5,000 + 5,000 + 2,000. A remainder under ₹100 borrows from the part before it (₹10,050 → 5,000 + 4,950 + 100).
class TransferPlan
{
public:
    struct Limits
    {
        Paise perTransferMax = Paise::fromRupees(5000);
        Paise perTransferMin = Paise::fromRupees(100);
        int maxParts = 20;
    };

    // Errors name their field: "amount" (not whole rupees, too small, over the monthly limit), "channel" (the
    // bank does not take it), "customer_mobile" (the customer cannot send yet).
    static Result<TransferPlan> make(Paise total, const Customer& customer, const Recipient& recipient,
                                     std::optional<Channel> channel = std::nullopt);
    static Result<TransferPlan> make(Paise total, const Customer& customer, const Recipient& recipient,
                                     std::optional<Channel> channel, const Limits& limits);

    // The split alone (no checks beyond the shape); empty when `total` cannot be split under `limits`.
    static QList<Paise> split(Paise total, const Limits& limits);
    static QList<Paise> split(Paise total) { return split(total, Limits()); }
    // 1 % of the amount rounded to the paisa, at least ₹10.
    static Paise feeFor(Paise amount);

    const QList<TransferPart>& parts() const { return m_parts; }
    const Customer& customer() const { return m_customer; }
    const Recipient& recipient() const { return m_recipient; }
    Channel channel() const { return m_channel; }
    Paise total() const { return m_total; }
    Paise totalFee() const;
    Paise totalCollected() const { return m_total + totalFee(); } // what the agent takes from the customer
    bool isEmpty() const { return m_parts.isEmpty(); }

private:
    QList<TransferPart> m_parts;
    Customer m_customer;
    Recipient m_recipient;
    Channel m_channel = Channel::Imps;
    Paise m_total;
};

} // namespace saathi::dmt
