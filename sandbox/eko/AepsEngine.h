// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"
#include "sandbox/eko/SandboxTypes.h"

#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace saathi::sandbox {

struct Agent;

struct StatementLine
{
    QDate date;
    Paise amount;
    QString narration;
    bool debit = true;
};

// A customer's account at one bank, keyed by (Aadhaar, bank code). The Aadhaar itself is not kept: the key is its
// SHA-256, and the last four digits are kept for masking.
struct CustomerAccount
{
    QByteArray key;
    QString last4;
    QString bankCode;
    Paise balance;
    bool frozen = false;
    bool debitDisabled = false;
    QList<StatementLine> history;
};

// How the "bank" answers, when a test or a magic amount scripts it.
enum class BankScript {
    Normal,
    PendingThenSuccess,
    PendingThenFailure,
    DeclineFrozen,
    DeclineDebitDisabled,
    DeclineNotCompleted,
    BiometricMismatch,
    NotLinked, // the customer's Aadhaar is not linked to (seeded at) the bank picked
    LimitExhausted // the bank's withdrawal limit for this customer is used up
};

struct TxRequest
{
    TxKind kind = TxKind::CashWithdrawal;
    QString clientRefId;
    QString bankCode;
    Paise amount;
    QByteArray customerKey;
    QString last4;
};

// The AePS money engine: customer accounts, the agent's E-value wallet, limits, commission, the ledger.
class AepsEngine
{
public:
    static QByteArray keyFor(QByteArrayView aadhaarDigits);
    static Paise commissionFor(TxKind kind, Paise amount);
    static Paise tdsOn(Paise commission);

    void setDefaultBalance(Paise balance) { m_defaultBalance = balance; }
    void setMaxWithdrawalsPerDay(int n) { m_maxWithdrawalsPerDay = n; }

    CustomerAccount& account(const QByteArray& key, const QString& last4, const QString& bankCode, QDate today);
    const CustomerAccount* findAccount(const QByteArray& key, const QString& bankCode) const;
    void seed(QByteArrayView aadhaarDigits, const QString& bankCode, Paise balance, bool frozen, bool debitDisabled,
              QDate today);
    // This Aadhaar is linked to `bankCode` only: a transaction at any other bank fails as "not linked" (1467).
    void linkOnlyTo(QByteArrayView aadhaarDigits, const QString& bankCode);

    // Runs one transaction that reached the switch and records it. Never called twice for one client_ref_id.
    // `failReason` non-empty: the switch declines with that reason (e.g. a replayed PID), nothing moves.
    LedgerEntry execute(const TxRequest& request, Agent& agent, BankScript script, qint64 nowMs, QDate istDay,
                        const QString& failReason = QString());
    // A pending entry reaches its final state (credit to the agent, or reversal to the customer).
    void resolvePending(LedgerEntry& entry, Agent* agent, QDate istDay);

    QString allocateTid() { return QString::number(m_nextTid++); }
    const QList<LedgerEntry>& ledger() const { return m_ledger; }
    LedgerEntry* findByClientRef(const QString& clientRefId);
    LedgerEntry* findByTid(const QString& tid);
    void clear();

private:
    int& withdrawalCount(const QByteArray& key, const QString& userCode, QDate day);
    LedgerEntry& record(LedgerEntry entry);

    QHash<QString, CustomerAccount> m_accounts; // key + '|' + bank code
    QList<LedgerEntry> m_ledger;
    QHash<QString, int> m_withdrawalsPerDay; // key|user_code|yyyyMMdd
    QHash<QByteArray, QString> m_onlyBank; // customer key → the one bank the Aadhaar is linked to
    Paise m_defaultBalance = Paise::fromRupees(25000);
    int m_maxWithdrawalsPerDay = 5;
    qint64 m_nextTid = 3100000001;
    qint64 m_nextRrn = 331712000001;
    int m_nextStan = 100001;
};

} // namespace saathi::sandbox
