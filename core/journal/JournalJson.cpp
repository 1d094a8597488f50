// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/JournalJson.h"

#include "core/journal/HistoryQuery.h"
#include "core/journal/JournalEnvironment.h"

#include <QJsonArray>

namespace saathi::journal::json {

namespace {

QJsonValue money(const std::optional<Paise>& p)
{
    return p ? QJsonValue(p->toWireString()) : QJsonValue();
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(double(ms)) : QJsonValue();
}

} // namespace

QJsonObject record(const TransactionRecord& r, bool withRawResponse)
{
    QJsonObject o;
    o[QStringLiteral("client_ref_id")] = r.clientRefId;
    o[QStringLiteral("kind")] = wireName(r.kind);
    o[QStringLiteral("state")] = wireName(r.state);
    o[QStringLiteral("amount")] = r.amount.toWireString();
    o[QStringLiteral("customer_mobile")] = textOrNull(r.customerMobile);
    o[QStringLiteral("aadhaar")] = textOrNull(r.maskedAadhaar());
    o[QStringLiteral("agent_user_code")] = r.agentUserCode;
    o[QStringLiteral("bank")] = textOrNull(r.bankCode);
    o[QStringLiteral("channel")] = textOrNull(r.channel);
    o[QStringLiteral("consent_version")] = textOrNull(r.consentVersion);
    o[QStringLiteral("consent_lang")] = textOrNull(r.consentLanguage);
    o[QStringLiteral("related_client_ref_id")] = textOrNull(r.relatedClientRefId);
    o[QStringLiteral("created_at_ms")] = double(r.createdAtMs);
    o[QStringLiteral("created_at_ist")] = history::istDisplayTime(r.createdAtMs);
    o[QStringLiteral("updated_at_ms")] = double(r.updatedAtMs);
    o[QStringLiteral("tx_status")] = r.txStatus >= 0 ? QJsonValue(r.txStatus) : QJsonValue();
    o[QStringLiteral("tid")] = textOrNull(r.tid);
    o[QStringLiteral("rrn")] = textOrNull(r.rrn);
    o[QStringLiteral("fee")] = money(r.fee);
    o[QStringLiteral("commission")] = money(r.commission);
    o[QStringLiteral("balance")] = money(r.balance);
    o[QStringLiteral("message")] = textOrNull(r.message);
    o[QStringLiteral("next_attempt_at_ms")] = timeOrNull(r.nextAttemptAtMs);
    o[QStringLiteral("attempts")] = r.attempts;
    o[QStringLiteral("not_found_count")] = r.notFoundCount;
    // Issue #12: null environment = origin unknown (a legacy row, never reconciled automatically).
    o[QStringLiteral("environment")] = r.environment ? QJsonValue(wireName(*r.environment)) : QJsonValue();
    o[QStringLiteral("eko_host")] = textOrNull(r.ekoHost);
    if (r.movedTo) {
        o[QStringLiteral("moved_to")] = wireName(*r.movedTo);
    }
    if (withRawResponse) {
        o[QStringLiteral("raw_response")] = textOrNull(r.rawResponse);
    }
    return o;
}

QJsonObject event(const JournalEvent& e)
{
    QJsonObject o;
    o[QStringLiteral("at_ms")] = double(e.atMs);
    o[QStringLiteral("at_ist")] = history::istDisplayTime(e.atMs);
    o[QStringLiteral("from")] = e.from ? QJsonValue(wireName(*e.from)) : QJsonValue();
    o[QStringLiteral("to")] = wireName(e.to);
    o[QStringLiteral("source")] = wireName(e.source);
    o[QStringLiteral("note")] = textOrNull(e.note);
    return o;
}

QJsonObject daily(const DailySummary& s)
{
    QJsonObject o;
    o[QStringLiteral("ist_day")] = s.istDay.toString(Qt::ISODate);
    o[QStringLiteral("count")] = s.count;
    o[QStringLiteral("open")] = s.open;
    o[QStringLiteral("succeeded_amount")] = s.succeededAmount.toWireString();
    o[QStringLiteral("fees")] = s.fees.toWireString();
    o[QStringLiteral("commission")] = s.commission.toWireString();
    QJsonArray kinds;
    for (const KindSummary& k : s.kinds) {
        QJsonObject ko;
        ko[QStringLiteral("kind")] = wireName(k.kind);
        ko[QStringLiteral("count")] = k.count;
        ko[QStringLiteral("succeeded")] = k.succeeded;
        ko[QStringLiteral("failed")] = k.failed;
        ko[QStringLiteral("open")] = k.open;
        ko[QStringLiteral("refunded")] = k.refunded;
        ko[QStringLiteral("succeeded_amount")] = k.succeededAmount.toWireString();
        ko[QStringLiteral("fees")] = k.fees.toWireString();
        ko[QStringLiteral("commission")] = k.commission.toWireString();
        kinds.append(ko);
    }
    o[QStringLiteral("kinds")] = kinds;
    return o;
}

} // namespace saathi::journal::json
