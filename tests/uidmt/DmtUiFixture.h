// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "EkoSandbox.h"
#include "RdSimulator.h"
#include "counter/CounterServices.h"
#include "dmt/DmtService.h"
#include "journal/TransactionRecord.h"
#include "util/ClientRefId.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace saathi::eko {
class EkoClient;
class EkoTransactionInquirer;
} // namespace saathi::eko
namespace saathi::journal {
class JournalService;
}

namespace saathi::test {

// The counter as training mode builds it, for the money-transfer screens on one DMT rail: the real Eko client
// against the in-process sandbox over loopback HTTP, the real RD client against the RD simulator (the DMT-Fino
// sender eKYC captures a finger), a real journal file in a temporary directory with its reconciler running, and a
// DmtService for the rail. The agent's E-value wallet holds ₹1,00,000, so ₹12,000 and its fees fit.
class DmtUiFixture
{
public:
    explicit DmtUiFixture(dmt::Rail rail);
    ~DmtUiFixture();

    static QString userCode() { return QStringLiteral("20810200"); }
    static QString senderAadhaar() { return QStringLiteral("999941057058"); }
    static QString otp() { return QStringLiteral("123456"); }

    CounterServices& services() { return m_services; }
    dmt::DmtService& dmt() { return *m_dmt; }
    sandbox::EkoSandbox& sandbox() { return *m_sandbox; }
    journal::JournalService& journal() { return *m_journal; }
    ManualClock& clock() { return m_clock; }
    bool isReady() const { return m_ready; }

    // Synchronous reads for assertions (tests only).
    QList<journal::TransactionRecord> rows();
    QList<journal::TransactionRecord> rows(journal::TxKind kind);

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_ekoNetwork;
    QNetworkAccessManager m_deviceNetwork;
    std::unique_ptr<sandbox::EkoSandbox> m_sandbox;
    std::unique_ptr<sandbox::rd::RdSimulator> m_simulator;
    std::unique_ptr<eko::EkoClient> m_client;
    std::unique_ptr<device::BiometricDevice> m_device;
    std::unique_ptr<eko::EkoTransactionInquirer> m_inquirer;
    std::unique_ptr<journal::JournalService> m_journal;
    std::unique_ptr<ClientRefIdGenerator> m_refIds;
    std::unique_ptr<dmt::DmtService> m_dmt;
    CounterServices m_services;
    bool m_ready = false;
};

} // namespace saathi::test
