// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ControlRoutes.h"

#include "sandbox/eko/Envelope.h"
#include "sandbox/eko/SandboxRouter.h"
#include "sandbox/eko/TxResponse.h"

#include <QJsonArray>

namespace saathi::sandbox {

namespace {

SandboxReply ok(const QJsonObject& extra = QJsonObject())
{
    QJsonObject o = extra;
    o[QStringLiteral("ok")] = true;
    return envelope::json(o);
}

SandboxReply bad(const QString& message)
{
    return envelope::json(QJsonObject {{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}}, 400);
}

} // namespace

ControlRoutes::ControlRoutes(SandboxContext& context, std::function<void()> resolveAllPending)
    : m_ctx(context)
    , m_resolveAllPending(std::move(resolveAllPending))
{
}

void ControlRoutes::registerRoutes(SandboxRouter& router)
{
    router.addControl("POST", QStringLiteral("/sandbox/control"), [this](const RouteCall& c) { return control(c); });
    router.addControl("GET", QStringLiteral("/sandbox/ledger"), [this](const RouteCall& c) { return ledger(c); });
    router.addControl("GET", QStringLiteral("/sandbox/dmt-ledger"),
                      [this](const RouteCall& c) { return dmtLedger(c); });
    router.addControl("GET", QStringLiteral("/sandbox/faults"), [this](const RouteCall& c) { return faults(c); });
}

QJsonObject ControlRoutes::ledgerEntryJson(const LedgerEntry& e)
{
    return QJsonObject {
        {QStringLiteral("sequence"), e.sequence},
        {QStringLiteral("client_ref_id"), e.clientRefId},
        {QStringLiteral("tid"), e.tid},
        {QStringLiteral("kind"), txKindName(e.kind)},
        {QStringLiteral("tx_status"), txStatusText(e.state)},
        {QStringLiteral("amount"), envelope::amountText(e.amount)},
        {QStringLiteral("customer_debit"), envelope::amountText(e.customerDebit)},
        {QStringLiteral("agent_credit"), envelope::amountText(e.agentCredit)},
        {QStringLiteral("reversed"), e.reversed},
        {QStringLiteral("user_code"), e.userCode},
        {QStringLiteral("bank_code"), e.bankCode},
        {QStringLiteral("aadhar"), QString(QStringLiteral("XXXX XXXX ") + e.aadhaarLast4)},
        {QStringLiteral("reason"), e.reason},
        {QStringLiteral("bank_ref_num"), e.rrn},
    };
}

QJsonObject ControlRoutes::dmtLedgerEntryJson(const DmtLedgerEntry& e)
{
    return QJsonObject {
        {QStringLiteral("sequence"), e.sequence},
        {QStringLiteral("rail"), dmtRailName(e.rail)},
        {QStringLiteral("client_ref_id"), e.clientRefId},
        {QStringLiteral("tid"), e.tid},
        {QStringLiteral("tx_status"), dmtTxStatusText(e.state)},
        {QStringLiteral("channel"), dmtChannelDesc(e.channel)},
        {QStringLiteral("amount"), envelope::amountText(e.amount)},
        {QStringLiteral("fee"), envelope::amountText(e.fee)},
        {QStringLiteral("wallet_debit"), envelope::amountText(e.walletDebit)},
        {QStringLiteral("wallet_refund"), envelope::amountText(e.walletRefund)},
        {QStringLiteral("refund_tid"), e.refundTid},
        {QStringLiteral("user_code"), e.userCode},
        {QStringLiteral("customer_id"), e.customerId},
        {QStringLiteral("recipient_id"), e.recipientId},
        {QStringLiteral("bank_code"), e.bankCode},
        {QStringLiteral("bank_ref_num"), e.bankRefNum},
        {QStringLiteral("reason"), e.reason},
    };
}

SandboxReply ControlRoutes::control(const RouteCall& call)
{
    const QString action = call.params.text(QStringLiteral("action"));
    if (action == QLatin1String("arm_fault")) {
        Fault fault;
        if (!faultFromName(call.params.text(QStringLiteral("fault")), &fault)) {
            return bad(QStringLiteral("unknown fault; known: ") + allFaultNames().join(QStringLiteral(", ")));
        }
        const QString route = call.params.text(QStringLiteral("route"));
        const int times = call.params.text(QStringLiteral("times")).toInt();
        m_ctx.faults.arm(fault, route.isEmpty() ? QStringLiteral("*") : route, times < 1 ? 1 : times);
        return ok();
    }
    if (action == QLatin1String("clear_faults")) {
        m_ctx.faults.clear();
        return ok();
    }
    if (action == QLatin1String("resolve_pending")) {
        m_resolveAllPending();
        return ok();
    }
    if (action == QLatin1String("activate_services")) {
        for (const QString& code : m_ctx.agents.userCodes()) {
            Agent* agent = m_ctx.agents.find(code);
            m_ctx.agents.promotePending(*agent, m_ctx.nowMs(), 0);
        }
        return ok();
    }
    if (action == QLatin1String("reset_daily_kyc")) {
        for (const QString& code : m_ctx.agents.userCodes()) {
            m_ctx.agents.find(code)->dailyKycDate = QDate();
        }
        return ok();
    }
    return bad(QStringLiteral("unknown action; known: arm_fault, clear_faults, resolve_pending, activate_services, "
                              "reset_daily_kyc"));
}

SandboxReply ControlRoutes::ledger(const RouteCall&)
{
    QJsonArray list;
    for (const LedgerEntry& e : m_ctx.engine.ledger()) {
        list.append(ledgerEntryJson(e));
    }
    return ok(QJsonObject {{QStringLiteral("ledger"), list}});
}

SandboxReply ControlRoutes::dmtLedger(const RouteCall&)
{
    QJsonArray list;
    for (const DmtLedgerEntry& e : m_ctx.dmt.ledger()) {
        list.append(dmtLedgerEntryJson(e));
    }
    return ok(QJsonObject {{QStringLiteral("dmt_ledger"), list}});
}

SandboxReply ControlRoutes::faults(const RouteCall&)
{
    QJsonArray armed;
    for (const FaultRule& r : m_ctx.faults.armed()) {
        armed.append(QJsonObject {{QStringLiteral("fault"), faultName(r.fault)},
                                  {QStringLiteral("route"), r.route},
                                  {QStringLiteral("remaining"), r.remaining}});
    }
    return ok(QJsonObject {{QStringLiteral("known"), QJsonArray::fromStringList(allFaultNames())},
                           {QStringLiteral("armed"), armed}});
}

} // namespace saathi::sandbox
