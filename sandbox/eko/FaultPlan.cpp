// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "FaultPlan.h"

namespace saathi::sandbox {

void FaultPlan::arm(Fault fault, const QString& route, int times)
{
    m_rules.append({fault, route.isEmpty() ? QStringLiteral("*") : route, times < 1 ? 1 : times});
}

std::optional<Fault> FaultPlan::take(const QString& route, bool financial, const std::function<bool(Fault)>& applicable)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule& rule = m_rules[i];
        const bool routeMatches = rule.route == QLatin1String("*") || rule.route == route
            || (financial && rule.route == QLatin1String("financial"));
        if (!routeMatches || !applicable(rule.fault)) {
            continue;
        }
        const Fault fault = rule.fault;
        if (--rule.remaining <= 0) {
            m_rules.removeAt(i);
        }
        return fault;
    }
    return std::nullopt;
}

std::optional<Fault> FaultPlan::forMagicAmount(Paise amount)
{
    static const QList<Fault> order = {
        Fault::PendingThenSuccess, // 7050
        Fault::PendingThenFailure, // 7100
        Fault::DropResponse, // 7150
        Fault::CloseConnection, // 7200
        Fault::Http500, // 7250
        Fault::HtmlErrorPage, // 7300
        Fault::SlowResponse, // 7350
        Fault::NoKeyForResponse, // 7400
        Fault::BankDeclineFrozen, // 7450
        Fault::BankDeclineDebitDisabled, // 7500
        Fault::InsufficientWalletBalance, // 7550
        Fault::BankDeclineNotCompleted, // 7600
        Fault::BankNotLinked, // 7650
        Fault::BankLimitExhausted, // 7700
    };
    if (!amount.isWholeRupees()) {
        return std::nullopt;
    }
    const qint64 rupees = amount.wholeRupees();
    if (rupees < 7050 || rupees > 7700 || rupees % 50 != 0) {
        return std::nullopt;
    }
    return order.value((rupees - 7050) / 50);
}

bool FaultPlan::isTransportFault(Fault fault)
{
    switch (fault) {
    case Fault::DropResponse:
    case Fault::CloseConnection:
    case Fault::Http500:
    case Fault::HtmlErrorPage:
    case Fault::SlowResponse:
    case Fault::NoKeyForResponse:
    case Fault::TruncatedJson:
    case Fault::HugeBody:
    case Fault::WrongTypes:
    case Fault::ArrayInsteadOfObject:
        return true;
    default:
        return false;
    }
}

bool FaultPlan::actsAfterProcessing(Fault fault)
{
    switch (fault) {
    case Fault::DropResponse:
    case Fault::CloseConnection:
    case Fault::SlowResponse:
    case Fault::TruncatedJson:
    case Fault::HugeBody:
    case Fault::WrongTypes:
    case Fault::ArrayInsteadOfObject:
        return true;
    default:
        return false;
    }
}

} // namespace saathi::sandbox
