// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"
#include "core/util/Money.h"

#include <QObject>
#include <QPointer>

namespace saathi::eko {
class EkoClient;
class EkoJob;
} // namespace saathi::eko

namespace saathi::agent {

// The agent's E-value (the Eko wallet that cash withdrawals credit and transfers debit), for the header. One
// enquiry at a time: a refresh while one is on its way is folded into it.
class WalletService : public QObject
{
    Q_OBJECT
public:
    // `agentMobile`: the agent's registered mobile, whose E-value it is (empty: the partner's own).
    WalletService(eko::EkoClient& client, const QString& agentMobile, QObject* parent = nullptr);

    void refresh();
    bool hasBalance() const { return m_known; }
    Paise balance() const { return m_balance; }

Q_SIGNALS:
    void balanceChanged(saathi::Paise balance);
    // The enquiry failed; the last balance (if any) stays as it was.
    void failed(const saathi::Error& error);

private:
    eko::EkoClient& m_client;
    QString m_agentMobile;
    QPointer<eko::EkoJob> m_job;
    Paise m_balance;
    bool m_known = false;
};

} // namespace saathi::agent
