// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/DmtOtpBook.h"
#include "sandbox/eko/DmtTypes.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

namespace saathi::sandbox {

struct Agent;
struct EkoSandboxConfig;

// How the "bank" answers a transfer, when a magic amount or an armed fault scripts it (README "DMT").
enum class DmtScript { Normal, RefundPending, Declined, AwaitedThenSuccess, AwaitedThenRefund };

struct DmtTransferRequest
{
    DmtRail rail = DmtRail::Classic;
    QString clientRefId;
    QString customerId;
    QString recipientId;
    Paise amount;
    DmtChannel channel = DmtChannel::Imps;
};

// The DMT money engine (reference §7, §8, §14, §17.5): customers and recipients per rail, OTPs, monthly limits per
// IST month, the agent's E-value debits (amount + fee), transfers and refunds, and the DMT ledger.
class DmtEngine
{
public:
    static Paise feeFor(Paise amount); // customer fee 1 %, at least ₹10 (reference §7.1)
    static std::optional<DmtScript> scriptForMagicAmount(Paise amount);
    static Paise monthlyLimit(const DmtCustomer& customer, const EkoSandboxConfig& config);
    static QString monthKey(const QDate& istDay) { return istDay.toString(QStringLiteral("yyyyMM")); }

    DmtCustomer* customer(DmtRail rail, const QString& mobile);
    DmtCustomer& addCustomer(DmtCustomer customer);
    QList<DmtCustomer> customers() const { return m_customers.values(); }
    Paise used(const DmtCustomer& customer, const QString& month) const { return customer.usedByMonth.value(month); }

    DmtRecipient* recipient(DmtCustomer& customer, const QString& recipientId);
    DmtRecipient* findRecipient(DmtCustomer& customer, const QString& account, const QString& ifsc);
    DmtRecipient& addRecipient(DmtCustomer& customer, DmtRecipient recipient); // gives it the next recipient_id
    bool removeRecipient(DmtCustomer& customer, const QString& recipientId);

    // Runs a transfer whose checks have passed (customer, recipient, limits, wallet, OTP) and records it under
    // `tid`. A decline records a row and moves nothing; otherwise the wallet is debited amount + fee at once.
    DmtLedgerEntry execute(const DmtTransferRequest& request, DmtCustomer& customer, const DmtRecipient& recipient,
                           Agent& agent, DmtScript script, const QString& tid, qint64 nowMs, const QString& month);
    // An Initiated transfer reaches its scripted end (Success with a bank reference, or RefundPending with a refund
    // OTP sent to the customer).
    void settle(DmtLedgerEntry& entry, qint64 nowMs);
    // Refunds a RefundPending transfer: amount + fee back to the agent, the amount back to the monthly limit.
    void refund(DmtLedgerEntry& entry, Agent* agent, const QString& refundTid, qint64 nowMs);

    DmtOtpBook& otps() { return m_otps; }
    const QList<DmtLedgerEntry>& ledger() const { return m_ledger; }
    DmtLedgerEntry* findByClientRef(const QString& clientRefId);
    DmtLedgerEntry* findByTid(const QString& tid);

    void clear();
    void seedFixtures(const QString& month); // README "DMT customers"

private:
    static QString key(DmtRail rail, const QString& mobile);
    QString nextRrn() { return QString::number(m_nextRrn++); }

    QMap<QString, DmtCustomer> m_customers; // rail|mobile
    QList<DmtLedgerEntry> m_ledger;
    DmtOtpBook m_otps;
    qint64 m_nextRecipientId = 10001;
    qint64 m_nextRrn = 431712000001;
};

} // namespace saathi::sandbox
