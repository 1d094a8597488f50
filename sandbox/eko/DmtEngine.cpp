// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DmtEngine.h"

#include "sandbox/eko/AgentRegistry.h"
#include "sandbox/eko/DmtRecipientRules.h"
#include "sandbox/eko/Fixtures.h"
#include "sandbox/eko/SandboxTypes.h"

namespace saathi::sandbox {

namespace {

const QString kNotCompleted = QStringLiteral("Transaction Not Completed");
const QString kBankFailed = QStringLiteral("Transaction failed at the beneficiary bank");

} // namespace

Paise DmtEngine::feeFor(Paise amount)
{
    const Paise onePercent {(amount.value + 50) / 100};
    return onePercent < Paise::fromRupees(10) ? Paise::fromRupees(10) : onePercent;
}

std::optional<DmtScript> DmtEngine::scriptForMagicAmount(Paise amount)
{
    if (!amount.isWholeRupees()) {
        return std::nullopt;
    }
    switch (amount.wholeRupees()) {
    case 4321:
        return DmtScript::RefundPending;
    case 4322:
        return DmtScript::Declined;
    case 4323:
        return DmtScript::AwaitedThenSuccess;
    case 4324:
        return DmtScript::AwaitedThenRefund;
    default:
        return std::nullopt;
    }
}

Paise DmtEngine::monthlyLimit(const DmtCustomer& c, const EkoSandboxConfig& config)
{
    if (c.rail == DmtRail::Fino) {
        return c.kyc == FinoKycStage::Done ? config.dmtFinoMonthlyLimitAfterKyc : config.dmtFinoMonthlyLimitBeforeKyc;
    }
    switch (c.state) {
    case DmtCustomerState::OtpPending:
        return Paise {};
    case DmtCustomerState::NonKyc:
        return config.dmtClassicNonKycMonthlyLimit;
    case DmtCustomerState::FullKyc:
        return config.dmtClassicKycMonthlyLimit;
    }
    return Paise {};
}

QString DmtEngine::key(DmtRail rail, const QString& mobile)
{
    return dmtRailName(rail) + QLatin1Char('|') + mobile;
}

DmtCustomer* DmtEngine::customer(DmtRail rail, const QString& mobile)
{
    const auto it = m_customers.find(key(rail, mobile));
    return it == m_customers.end() ? nullptr : &it.value();
}

DmtCustomer& DmtEngine::addCustomer(DmtCustomer customer)
{
    const QString k = key(customer.rail, customer.mobile);
    m_customers.insert(k, std::move(customer));
    return m_customers[k];
}

DmtRecipient* DmtEngine::recipient(DmtCustomer& customer, const QString& recipientId)
{
    for (DmtRecipient& r : customer.recipients) {
        if (r.id == recipientId) {
            return &r;
        }
    }
    return nullptr;
}

DmtRecipient* DmtEngine::findRecipient(DmtCustomer& customer, const QString& account, const QString& ifsc)
{
    for (DmtRecipient& r : customer.recipients) {
        if (r.account == account && r.ifsc.compare(ifsc, Qt::CaseInsensitive) == 0) {
            return &r;
        }
    }
    return nullptr;
}

DmtRecipient& DmtEngine::addRecipient(DmtCustomer& customer, DmtRecipient recipient)
{
    recipient.id = QString::number(m_nextRecipientId++);
    recipient.ifsc = recipient.ifsc.toUpper();
    recipient.imps = dmt::bankAllowsImps(recipient.bankCode);
    recipient.neft = dmt::bankAllowsNeft(recipient.bankCode);
    customer.recipients.append(recipient);
    return customer.recipients.last();
}

bool DmtEngine::removeRecipient(DmtCustomer& customer, const QString& recipientId)
{
    return customer.recipients.removeIf([&](const DmtRecipient& r) { return r.id == recipientId; }) > 0;
}

DmtLedgerEntry DmtEngine::execute(const DmtTransferRequest& request, DmtCustomer& customer,
                                  const DmtRecipient& recipient, Agent& agent, DmtScript script, const QString& tid,
                                  qint64 nowMs, const QString& month)
{
    DmtLedgerEntry e;
    e.sequence = m_ledger.size() + 1;
    e.clientRefId = request.clientRefId;
    e.tid = tid;
    e.rail = request.rail;
    e.channel = request.channel;
    e.amount = request.amount;
    e.fee = feeFor(request.amount);
    e.userCode = agent.userCode;
    e.customerId = customer.mobile;
    e.recipientId = recipient.id;
    e.recipientName = recipient.name;
    e.account = recipient.account;
    e.ifsc = recipient.ifsc;
    e.bankCode = recipient.bankCode;
    e.monthKey = month;
    e.createdMs = nowMs;
    if (script == DmtScript::Declined) {
        e.state = DmtTxState::Failed;
        e.reason = kNotCompleted;
        m_ledger.append(e);
        return e;
    }
    e.walletDebit = e.amount + e.fee;
    agent.wallet = agent.wallet - e.walletDebit;
    customer.usedByMonth[month] = customer.usedByMonth.value(month) + e.amount;
    const bool neft = request.channel == DmtChannel::Neft;
    switch (script) {
    case DmtScript::Normal:
    case DmtScript::Declined:
        e.state = neft ? DmtTxState::Initiated : DmtTxState::Success;
        e.pendingEnd = DmtTxState::Success;
        break;
    case DmtScript::RefundPending:
        e.state = neft ? DmtTxState::Initiated : DmtTxState::RefundPending;
        e.pendingEnd = DmtTxState::RefundPending;
        break;
    case DmtScript::AwaitedThenSuccess:
        e.state = DmtTxState::Initiated;
        e.pendingEnd = DmtTxState::Success;
        break;
    case DmtScript::AwaitedThenRefund:
        e.state = DmtTxState::Initiated;
        e.pendingEnd = DmtTxState::RefundPending;
        break;
    }
    if (e.state == DmtTxState::Success) {
        e.bankRefNum = nextRrn();
    } else if (e.state == DmtTxState::RefundPending) {
        e.reason = kBankFailed;
        m_otps.issue(DmtOtpBook::Purpose::Refund, e.tid, nowMs); // the customer "receives" the refund OTP
    }
    m_ledger.append(e);
    return e;
}

void DmtEngine::settle(DmtLedgerEntry& entry, qint64 nowMs)
{
    if (entry.state != DmtTxState::Initiated) {
        return;
    }
    entry.state = entry.pendingEnd;
    if (entry.state == DmtTxState::Success) {
        entry.bankRefNum = nextRrn();
        entry.reason.clear();
    } else {
        entry.reason = kBankFailed;
        m_otps.issue(DmtOtpBook::Purpose::Refund, entry.tid, nowMs);
    }
}

void DmtEngine::refund(DmtLedgerEntry& entry, Agent* agent, const QString& refundTid, qint64 nowMs)
{
    if (entry.state != DmtTxState::RefundPending) {
        return;
    }
    entry.state = DmtTxState::Refunded;
    entry.refundTid = refundTid;
    entry.refundedMs = nowMs;
    entry.walletRefund = entry.walletDebit;
    if (agent) {
        agent->wallet = agent->wallet + entry.walletRefund;
    }
    if (DmtCustomer* c = customer(entry.rail, entry.customerId)) {
        c->usedByMonth[entry.monthKey] = c->usedByMonth.value(entry.monthKey) - entry.amount;
    }
}

DmtLedgerEntry* DmtEngine::findByClientRef(const QString& clientRefId)
{
    for (DmtLedgerEntry& e : m_ledger) {
        if (!clientRefId.isEmpty() && e.clientRefId == clientRefId) {
            return &e;
        }
    }
    return nullptr;
}

DmtLedgerEntry* DmtEngine::findByTid(const QString& tid)
{
    for (DmtLedgerEntry& e : m_ledger) {
        if (e.tid == tid) {
            return &e;
        }
    }
    return nullptr;
}

void DmtEngine::clear()
{
    m_customers.clear();
    m_ledger.clear();
    m_otps.clear();
}

void DmtEngine::seedFixtures(const QString& month)
{
    const QString address = QStringLiteral(R"({"line":"12 Market Road","city":"Bengaluru","state":"Karnataka",)"
                                           R"("pincode":"560001"})");
    auto classic = [&](const char* mobile, const char* name, DmtCustomerState state, qint64 usedRupees) {
        DmtCustomer c;
        c.rail = DmtRail::Classic;
        c.mobile = QString::fromLatin1(mobile);
        c.name = QString::fromLatin1(name);
        c.dob = QStringLiteral("1985-04-12");
        c.residenceAddress = address;
        c.state = state;
        if (usedRupees > 0) {
            c.usedByMonth.insert(month, Paise::fromRupees(usedRupees));
        }
        return &addCustomer(c);
    };
    auto fino = [&](const char* mobile, const char* name, FinoKycStage kyc) {
        DmtCustomer c;
        c.rail = DmtRail::Fino;
        c.mobile = QString::fromLatin1(mobile);
        c.name = QString::fromLatin1(name);
        c.dob = QStringLiteral("1990-01-26");
        c.residenceAddress = address;
        c.kyc = kyc;
        return &addCustomer(c);
    };
    auto recipient = [&](DmtCustomer* c, const char* name, const char* account, const char* ifsc) {
        DmtRecipient r;
        r.name = QString::fromLatin1(name);
        r.mobile = QStringLiteral("9811100999");
        r.account = QString::fromLatin1(account);
        r.ifsc = QString::fromLatin1(ifsc);
        r.bankCode = r.ifsc.left(4);
        addRecipient(*c, r);
    };
    DmtCustomer* ramesh = classic(fixtures::kClassicSenderMobile, "Ramesh Kumar", DmtCustomerState::NonKyc, 0);
    recipient(ramesh, "Sita Kumari", "30012345678", "SBIN0001234");
    DmtCustomer* sunita = classic("9811100002", "Sunita Devi", DmtCustomerState::FullKyc, 0);
    recipient(sunita, "Gopal Rao", "10023456789", "IOBA0001456");
    classic("9811100003", "Mohan Lal", DmtCustomerState::NonKyc, 24000);
    DmtCustomer* asha = fino(fixtures::kFinoSenderMobile, "Asha Verma", FinoKycStage::Done);
    recipient(asha, "Kiran Verma", "50100123456", "HDFC0000123");
    fino("9822200002", "Vijay Singh", FinoKycStage::Pending);
}

} // namespace saathi::sandbox
