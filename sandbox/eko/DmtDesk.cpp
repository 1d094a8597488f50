// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DmtDesk.h"

#include "core/util/Clock.h"
#include "sandbox/eko/DmtRecipientRules.h"
#include "sandbox/eko/DmtTxResponse.h"
#include "sandbox/eko/Envelope.h"

#include <QJsonArray>

namespace saathi::sandbox {

namespace {

bool isDmtBankFault(Fault f)
{
    return f == Fault::PendingThenSuccess || f == Fault::PendingThenFailure || f == Fault::BankDeclineNotCompleted
        || f == Fault::InsufficientWalletBalance;
}

SandboxReply otpFailure(DmtOtpBook::Check check)
{
    switch (check) {
    case DmtOtpBook::Check::Expired:
        return envelope::failure(303, QStringLiteral("OTP expired"));
    case DmtOtpBook::Check::Used:
        return envelope::failure(302, QStringLiteral("OTP already used"));
    default:
        return envelope::failure(302, QStringLiteral("Wrong OTP"));
    }
}

} // namespace

DmtDesk::DmtDesk(SandboxContext& context)
    : m_ctx(context)
{
}

QDateTime DmtDesk::ist(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, Clock::istZone());
}

SandboxReply DmtDesk::customerMissing(DmtRail rail)
{
    if (rail == DmtRail::Fino) {
        return envelope::failure(308, QStringLiteral("Customer not enrolled"));
    }
    return dmtRejectField(463, QStringLiteral("customer_id"), QStringLiteral("Customer not found"));
}

SandboxReply DmtDesk::recipientMissing()
{
    return envelope::failure(313, QStringLiteral("Recipient registration not done"));
}

bool DmtDesk::isDuplicate(const QString& clientRefId)
{
    return m_ctx.dmt.findByClientRef(clientRefId) || m_ctx.engine.findByClientRef(clientRefId);
}

std::optional<SandboxReply> DmtDesk::initiatorProblem(const RequestParams& params) const
{
    const QString initiator = params.text(QStringLiteral("initiator_id"));
    if (initiator.isEmpty()) {
        return envelope::invalidParams(
            {{QStringLiteral("initiator_id"), QStringLiteral("Please provide the value of the field")}});
    }
    if (initiator != m_ctx.config.partner.initiatorId) {
        return envelope::failure(319, QStringLiteral("Invalid initiator"));
    }
    return std::nullopt;
}

std::optional<DmtScript> DmtDesk::scriptFor(const RouteCall& call, Paise amount, bool* walletShort)
{
    const std::optional<Fault> fault = m_ctx.takeBusinessFault(call, isDmtBankFault);
    if (fault == Fault::InsufficientWalletBalance) {
        *walletShort = true;
        return std::nullopt;
    }
    if (fault == Fault::PendingThenSuccess) {
        return DmtScript::AwaitedThenSuccess;
    }
    if (fault == Fault::PendingThenFailure) {
        return DmtScript::AwaitedThenRefund;
    }
    if (fault == Fault::BankDeclineNotCompleted) {
        return DmtScript::Declined;
    }
    return m_ctx.config.magicAmounts ? DmtEngine::scriptForMagicAmount(amount) : std::nullopt;
}

SandboxReply DmtDesk::transfer(const RouteCall& call, Agent& agent, const DmtTransferRequest& request,
                               const std::function<std::optional<SandboxReply>()>& beforeCommit)
{
    const bool fino = request.rail == DmtRail::Fino;
    if (isDuplicate(request.clientRefId)) {
        return envelope::invalidParams(
            {{QStringLiteral("client_ref_id"), QStringLiteral("Duplicate client_ref_id: use transaction inquiry")}});
    }
    const Paise amount = request.amount;
    if (!amount.isWholeRupees() || amount < m_ctx.config.dmtMinPerTransfer || amount > m_ctx.config.dmtMaxPerTransfer) {
        return envelope::invalidParams({{QStringLiteral("amount"),
                                         QStringLiteral("Amount must be between %1 and %2 per transaction")
                                             .arg(m_ctx.config.dmtMinPerTransfer.wholeRupees())
                                             .arg(m_ctx.config.dmtMaxPerTransfer.wholeRupees())}});
    }
    DmtCustomer* customer = m_ctx.dmt.customer(request.rail, request.customerId);
    if (!customer) {
        return customerMissing(request.rail);
    }
    if (!fino && customer->state == DmtCustomerState::OtpPending) {
        return envelope::failure(37, QStringLiteral("Customer OTP verification pending"));
    }
    const DmtRecipient* recipient = m_ctx.dmt.recipient(*customer, request.recipientId);
    if (!recipient) {
        return recipientMissing();
    }
    if (request.channel == DmtChannel::Imps && !recipient->imps) {
        return envelope::failure(344, QStringLiteral("IMPS is not available for this bank. Please use NEFT"));
    }
    if (request.channel == DmtChannel::Neft && !recipient->neft) {
        return envelope::failure(317, QStringLiteral("NEFT not allowed for this bank"));
    }
    bool walletShort = false;
    const std::optional<DmtScript> script = scriptFor(call, amount, &walletShort);
    const QString month = DmtEngine::monthKey(m_ctx.istDay());
    const Paise limit = DmtEngine::monthlyLimit(*customer, m_ctx.config);
    const Paise used = m_ctx.dmt.used(*customer, month);
    if (used + amount > limit) {
        const QJsonObject data {
            {QStringLiteral("available_limit"), envelope::amountText(used < limit ? limit - used : Paise {})}};
        return fino ? envelope::failure(36, QStringLiteral("Sender monthly limit exhausted"), data)
                    : envelope::failure(945, QStringLiteral("Sender monthly limit exhausted"), data);
    }
    if (walletShort || agent.wallet < amount + DmtEngine::feeFor(amount)) {
        return fino ? envelope::failure(55, QStringLiteral("Insufficient balance"),
                                        {{QStringLiteral("reason"), QStringLiteral("Insufficient balance")}})
                    : envelope::failure(347, QStringLiteral("Insufficient balance"));
    }
    if (beforeCommit) {
        if (auto rejection = beforeCommit()) {
            return *rejection;
        }
    }
    const DmtLedgerEntry entry
        = m_ctx.dmt.execute(request, *customer, *recipient, agent, script.value_or(DmtScript::Normal),
                            m_ctx.engine.allocateTid(), m_ctx.nowMs(), month);
    qCInfo(lcSandboxEko) << "dmt transfer" << dmtRailName(entry.rail) << "tid" << entry.tid << "tx_status"
                         << dmtTxStatusText(entry.state);
    return dmtTransferReply(entry, dmtTransferData(entry, &agent, ist(entry.createdMs)));
}

void DmtDesk::settleIfDue(DmtLedgerEntry& entry)
{
    if (entry.state != DmtTxState::Initiated) {
        return;
    }
    const qint64 delay
        = entry.channel == DmtChannel::Neft ? m_ctx.config.dmtNeftSettleMs : m_ctx.config.pendingResolveDelayMs;
    if (m_ctx.nowMs() - entry.createdMs >= delay) {
        m_ctx.dmt.settle(entry, m_ctx.nowMs());
    }
}

std::optional<SandboxReply> DmtDesk::inquiry(const QString& ref)
{
    DmtLedgerEntry* entry = nullptr;
    if (ref.startsWith(QLatin1String("client_ref_id:"))) {
        entry = m_ctx.dmt.findByClientRef(ref.mid(14));
    } else {
        entry = m_ctx.dmt.findByTid(ref);
        if (!entry) {
            entry = m_ctx.dmt.findByClientRef(ref); // the bare client ref (reference §15, contradiction 13)
        }
    }
    if (!entry) {
        return std::nullopt;
    }
    settleIfDue(*entry);
    const QJsonObject data = dmtTransferData(*entry, m_ctx.agents.find(entry->userCode), ist(entry->createdMs));
    return envelope::success(1472, QStringLiteral("Transaction enquiry successful"), data, true);
}

DmtLedgerEntry* DmtDesk::refundable(const QString& tid, SandboxReply* error)
{
    DmtLedgerEntry* entry = m_ctx.dmt.findByTid(tid);
    if (!entry) {
        *error = envelope::failure(168, QStringLiteral("TID does not exist"));
        return nullptr;
    }
    settleIfDue(*entry);
    if (entry->state != DmtTxState::RefundPending) {
        *error = envelope::failure(461, QStringLiteral("Refund not allowed: the transaction is not refund pending"));
        return nullptr;
    }
    return entry;
}

SandboxReply DmtDesk::sendRefundOtp(const QString& tid)
{
    SandboxReply error;
    if (!refundable(tid, &error)) {
        return error;
    }
    const QString ref = m_ctx.dmt.otps().issue(DmtOtpBook::Purpose::Refund, tid, m_ctx.nowMs());
    return envelope::success(2133, QStringLiteral("OTP sent to the customer"),
                             {{QStringLiteral("otp_ref_id"), ref}, {QStringLiteral("tid"), tid}});
}

SandboxReply DmtDesk::refund(const QString& tid, const QString& otp, const QString& otpRefId)
{
    SandboxReply error;
    DmtLedgerEntry* entry = refundable(tid, &error);
    if (!entry) {
        return error;
    }
    DmtOtpBook& otps = m_ctx.dmt.otps();
    const QString ref = otpRefId.isEmpty() ? otps.latestRef(DmtOtpBook::Purpose::Refund, tid) : otpRefId;
    const auto check = otps.check(ref, otp, m_ctx.config.dmtOtp, DmtOtpBook::Purpose::Refund, tid, m_ctx.nowMs(),
                                  m_ctx.config.otpValidityMs);
    if (check != DmtOtpBook::Check::Ok) {
        return otpFailure(check);
    }
    Agent* agent = m_ctx.agents.find(entry->userCode);
    m_ctx.dmt.refund(*entry, agent, m_ctx.engine.allocateTid(), m_ctx.nowMs());
    qCInfo(lcSandboxEko) << "dmt refund tid" << entry->tid << "refund_tid" << entry->refundTid;
    return dmtRefundReply(*entry, agent, ist(entry->refundedMs));
}

SandboxReply DmtDesk::refundOtpRoute(const RouteCall& call)
{
    if (auto problem = initiatorProblem(call.params)) {
        return *problem;
    }
    return sendRefundOtp(call.captures.value(0));
}

SandboxReply DmtDesk::refundRoute(const RouteCall& call, const QStringList& required)
{
    if (auto problem = initiatorProblem(call.params)) {
        return *problem;
    }
    QMap<QString, QString> invalid;
    call.params.requireAll(required, &invalid);
    if (!invalid.isEmpty()) {
        return envelope::invalidParams(invalid);
    }
    return refund(call.captures.value(0), call.params.text(QStringLiteral("otp")),
                  call.params.text(QStringLiteral("otp_ref_id")));
}

SandboxReply DmtDesk::addRecipient(DmtCustomer& customer, const RequestParams& p, const QString& account,
                                   const QString& ifsc)
{
    QString bankCode;
    const dmt::FieldProblem problem
        = dmt::checkRecipient(p.text(QStringLiteral("recipient_name")), p.text(QStringLiteral("recipient_mobile")),
                              account, ifsc, p.text(QStringLiteral("bank_id")), &bankCode);
    if (problem.status != 0) {
        return dmtRejectField(problem.status, problem.field, problem.message);
    }
    if (const DmtRecipient* existing = m_ctx.dmt.findRecipient(customer, account, ifsc)) {
        return envelope::failure(342, QStringLiteral("Recipient already registered"),
                                 {{QStringLiteral("recipient_id"), existing->id}});
    }
    DmtRecipient r;
    r.name = p.text(QStringLiteral("recipient_name")).trimmed();
    r.mobile = p.text(QStringLiteral("recipient_mobile"));
    r.account = account;
    r.ifsc = ifsc;
    r.bankCode = bankCode;
    QJsonObject data = dmtRecipientJson(m_ctx.dmt.addRecipient(customer, r));
    data[QStringLiteral("customer_id")] = customer.mobile;
    return envelope::success(43, QStringLiteral("Recipient added successfully"), data);
}

SandboxReply DmtDesk::listRecipients(const DmtCustomer& customer)
{
    QJsonArray list;
    for (const DmtRecipient& r : customer.recipients) {
        list.append(dmtRecipientJson(r));
    }
    const QJsonObject data {{QStringLiteral("customer_id"), customer.mobile}, {QStringLiteral("recipient_list"), list}};
    return list.isEmpty() ? envelope::success(22, QStringLiteral("No recipients found"), data)
                          : envelope::success(23, QStringLiteral("Success"), data);
}

SandboxReply DmtDesk::deleteRecipient(DmtCustomer& customer, const QString& recipientId)
{
    if (!m_ctx.dmt.removeRecipient(customer, recipientId)) {
        return recipientMissing();
    }
    return envelope::success(
        26, QStringLiteral("Recipient deleted successfully"),
        {{QStringLiteral("recipient_id"), recipientId}, {QStringLiteral("customer_id"), customer.mobile}});
}

void DmtDesk::resolveAll()
{
    for (const DmtLedgerEntry& e : m_ctx.dmt.ledger()) {
        if (e.state == DmtTxState::Initiated) {
            m_ctx.dmt.settle(*m_ctx.dmt.findByTid(e.tid), m_ctx.nowMs());
        }
    }
}

} // namespace saathi::sandbox
