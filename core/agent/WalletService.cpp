// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/agent/WalletService.h"

#include "core/eko/AgentOperations.h"
#include "core/eko/EkoClient.h"
#include "core/eko/EkoJob.h"

#include <QCoreApplication>

namespace saathi::agent {

WalletService::WalletService(eko::EkoClient& client, const QString& agentMobile, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_agentMobile(agentMobile)
{
}

void WalletService::refresh()
{
    if (m_job) {
        return;
    }
    m_job = eko::AgentOperations(m_client).walletBalance(m_agentMobile);
    connect(m_job, &eko::EkoJob::finished, this, [this](const eko::EkoResponse& response) {
        Paise balance;
        if (response.outcome != eko::Outcome::Success) {
            Q_EMIT failed(response.error);
            return;
        }
        if (!Paise::parseWire(response.envelope.text(QStringLiteral("balance")), &balance)) {
            Q_EMIT failed(Error {QStringLiteral("wallet.unreadable"),
                                 QCoreApplication::translate("Wallet", "Eko's answer did not say the E-value balance."),
                                 {}});
            return;
        }
        m_balance = balance;
        m_known = true;
        Q_EMIT balanceChanged(balance);
    });
}

} // namespace saathi::agent
