// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "AepsEngine.h"

#include "sandbox/eko/AgentRegistry.h"

#include <QCryptographicHash>

namespace saathi::sandbox {

namespace {

QString accountId(const QByteArray& key, const QString& bankCode)
{
    return QString::fromLatin1(key) + QLatin1Char('|') + bankCode.toUpper();
}

const QString kFrozen = QStringLiteral("Customer Bank account is Frozen or Frozen Account");
const QString kDebitDisabled = QStringLiteral("AePS debit transactions are disabled by customer bank");
const QString kNotCompleted = QStringLiteral("Transaction Not Completed");
const QString kBiometric = QStringLiteral("Authentication Failed. Invalid Biometric data.");
const QString kFrequency = QStringLiteral("Exceeds withdrawal frequency limit");
const QString kFunds = QStringLiteral("Insufficient funds in customer account");
// Issue #18: the wordings resources/eko/answer-classes.json classifies as "not linked" and "limit exhausted".
const QString kNotLinked = QStringLiteral("Aadhaar number not linked with the selected bank");

} // namespace

QByteArray AepsEngine::keyFor(QByteArrayView aadhaarDigits)
{
    return QCryptographicHash::hash(aadhaarDigits, QCryptographicHash::Sha256).toHex();
}

Paise AepsEngine::commissionFor(TxKind kind, Paise amount)
{
    // Reference §14 (EPS pricing): CW 0.40 % for ₹101–3,000, ₹13 flat for ₹3,001–10,000; MS ₹0.75.
    switch (kind) {
    case TxKind::CashWithdrawal:
        if (amount >= Paise::fromRupees(101) && amount <= Paise::fromRupees(3000)) {
            return Paise {(amount.value * 40 + 5000) / 10000};
        }
        return amount > Paise::fromRupees(3000) ? Paise::fromRupees(13) : Paise {};
    case TxKind::MiniStatement:
        return Paise {75};
    case TxKind::BalanceEnquiry:
    case TxKind::AadhaarPay:
        return Paise {};
    }
    return Paise {};
}

Paise AepsEngine::tdsOn(Paise commission)
{
    return Paise {(commission.value * 2 + 50) / 100}; // 2 %, rounded to the paisa
}

CustomerAccount& AepsEngine::account(const QByteArray& key, const QString& last4, const QString& bankCode, QDate today)
{
    const QString id = accountId(key, bankCode);
    auto it = m_accounts.find(id);
    if (it == m_accounts.end()) {
        // Unknown (Aadhaar, bank): open an account so training always works.
        CustomerAccount a;
        a.key = key;
        a.last4 = last4;
        a.bankCode = bankCode.toUpper();
        a.balance = m_defaultBalance;
        a.history = {{today.addDays(-9), Paise::fromRupees(5000), QStringLiteral("NEFT SALARY"), false},
                     {today.addDays(-6), Paise::fromRupees(350), QStringLiteral("UPI/KIRANA STORE"), true},
                     {today.addDays(-2), Paise::fromRupees(1200), QStringLiteral("ATM WDL"), true}};
        it = m_accounts.insert(id, a);
    }
    return it.value();
}

const CustomerAccount* AepsEngine::findAccount(const QByteArray& key, const QString& bankCode) const
{
    const auto it = m_accounts.constFind(accountId(key, bankCode));
    return it == m_accounts.constEnd() ? nullptr : &it.value();
}

void AepsEngine::seed(QByteArrayView aadhaarDigits, const QString& bankCode, Paise balance, bool frozen,
                      bool debitDisabled, QDate today)
{
    const QByteArray key = keyFor(aadhaarDigits);
    const QString last4 = QString::fromLatin1(aadhaarDigits.last(4));
    CustomerAccount& a = account(key, last4, bankCode, today);
    a.balance = balance;
    a.frozen = frozen;
    a.debitDisabled = debitDisabled;
}

void AepsEngine::linkOnlyTo(QByteArrayView aadhaarDigits, const QString& bankCode)
{
    m_onlyBank.insert(keyFor(aadhaarDigits), bankCode.toUpper());
}

int& AepsEngine::withdrawalCount(const QByteArray& key, const QString& userCode, QDate day)
{
    return m_withdrawalsPerDay[QString::fromLatin1(key) + QLatin1Char('|') + userCode + QLatin1Char('|')
                               + day.toString(QStringLiteral("yyyyMMdd"))];
}

LedgerEntry& AepsEngine::record(LedgerEntry entry)
{
    entry.sequence = m_ledger.size() + 1;
    m_ledger.append(entry);
    return m_ledger.last();
}

LedgerEntry AepsEngine::execute(const TxRequest& request, Agent& agent, BankScript script, qint64 nowMs, QDate istDay,
                                const QString& failReason)
{
    LedgerEntry e;
    const auto onlyBank = m_onlyBank.constFind(request.customerKey);
    const bool notLinked = script == BankScript::NotLinked
        || (onlyBank != m_onlyBank.constEnd() && onlyBank.value() != request.bankCode.toUpper());
    if (notLinked && failReason.isEmpty()) {
        // The switch finds no account for this Aadhaar at this bank: none is opened, nothing moves.
        e.clientRefId = request.clientRefId;
        e.tid = QString::number(m_nextTid++);
        e.kind = request.kind;
        e.amount
            = request.kind == TxKind::CashWithdrawal || request.kind == TxKind::AadhaarPay ? request.amount : Paise {};
        e.userCode = agent.userCode;
        e.bankCode = request.bankCode.toUpper();
        e.aadhaarLast4 = request.last4;
        e.customerKey = request.customerKey;
        e.createdMs = nowMs;
        e.stan = QString::number(m_nextStan++);
        e.reason = kNotLinked;
        e.notLinked = true;
        return record(e);
    }
    CustomerAccount& acct = account(request.customerKey, request.last4, request.bankCode, istDay);
    e.clientRefId = request.clientRefId;
    e.tid = QString::number(m_nextTid++);
    e.kind = request.kind;
    e.amount = request.kind == TxKind::CashWithdrawal || request.kind == TxKind::AadhaarPay ? request.amount : Paise {};
    e.userCode = agent.userCode;
    e.bankCode = acct.bankCode;
    e.aadhaarLast4 = request.last4;
    e.customerKey = request.customerKey;
    e.createdMs = nowMs;
    e.stan = QString::number(m_nextStan++);
    e.state = TxState::Failed;
    const bool debits = e.amount.value > 0;

    if (!failReason.isEmpty()) {
        e.reason = failReason;
    } else if (script == BankScript::BiometricMismatch) {
        e.reason = kBiometric;
    } else if (script == BankScript::LimitExhausted) {
        e.reason = kFrequency;
    } else if (script == BankScript::DeclineNotCompleted) {
        e.reason = kNotCompleted;
    } else if (script == BankScript::DeclineFrozen || (debits && acct.frozen)) {
        e.reason = kFrozen;
    } else if (script == BankScript::DeclineDebitDisabled || (debits && acct.debitDisabled)) {
        e.reason = kDebitDisabled;
    } else if (request.kind == TxKind::CashWithdrawal
               && withdrawalCount(acct.key, agent.userCode, istDay) >= m_maxWithdrawalsPerDay) {
        e.reason = kFrequency;
    } else if (debits && acct.balance < e.amount) {
        e.reason = kFunds;
    } else {
        e.rrn = QString::number(m_nextRrn++);
        if (debits) {
            acct.balance = acct.balance - e.amount;
            e.customerDebit = e.amount;
            acct.history.append({istDay, e.amount,
                                 request.kind == TxKind::AadhaarPay ? QStringLiteral("AEPS PAY/") + e.rrn
                                                                    : QStringLiteral("AEPS CW/") + e.rrn,
                                 true});
        }
        if (script == BankScript::PendingThenSuccess || script == BankScript::PendingThenFailure) {
            e.state = TxState::Pending;
            e.pendingResolvesToSuccess = script == BankScript::PendingThenSuccess;
            e.reason = QStringLiteral("Transaction Pending");
            return record(e);
        }
        e.state = TxState::Success;
        const Paise commission = commissionFor(e.kind, e.amount);
        e.agentCredit = e.amount + commission - tdsOn(commission);
        agent.wallet = agent.wallet + e.agentCredit;
        if (request.kind == TxKind::CashWithdrawal) {
            ++withdrawalCount(acct.key, agent.userCode, istDay);
        }
    }
    return record(e);
}

void AepsEngine::resolvePending(LedgerEntry& entry, Agent* agent, QDate istDay)
{
    if (entry.state != TxState::Pending) {
        return;
    }
    CustomerAccount* acct = m_accounts.contains(accountId(entry.customerKey, entry.bankCode))
        ? &m_accounts[accountId(entry.customerKey, entry.bankCode)]
        : nullptr;
    if (entry.pendingResolvesToSuccess) {
        entry.state = TxState::Success;
        entry.reason.clear();
        const Paise commission = commissionFor(entry.kind, entry.amount);
        entry.agentCredit = entry.amount + commission - tdsOn(commission);
        if (agent) {
            agent->wallet = agent->wallet + entry.agentCredit;
        }
        if (entry.kind == TxKind::CashWithdrawal && acct) {
            ++withdrawalCount(acct->key, entry.userCode, istDay);
        }
        return;
    }
    entry.state = TxState::Failed;
    entry.reason = kNotCompleted;
    if (acct && entry.customerDebit.value > 0) {
        acct->balance = acct->balance + entry.customerDebit;
        acct->history.append({istDay, entry.customerDebit, QStringLiteral("AEPS REV/") + entry.rrn, false});
    }
    entry.customerDebit = Paise {};
    entry.reversed = true;
}

LedgerEntry* AepsEngine::findByClientRef(const QString& clientRefId)
{
    for (LedgerEntry& e : m_ledger) {
        if (!clientRefId.isEmpty() && e.clientRefId == clientRefId) {
            return &e;
        }
    }
    return nullptr;
}

LedgerEntry* AepsEngine::findByTid(const QString& tid)
{
    for (LedgerEntry& e : m_ledger) {
        if (e.tid == tid) {
            return &e;
        }
    }
    return nullptr;
}

void AepsEngine::clear()
{
    m_accounts.clear();
    m_ledger.clear();
    m_withdrawalsPerDay.clear();
    m_onlyBank.clear();
}

} // namespace saathi::sandbox
