// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "EkoSandbox.h"
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

// The counter for DMT as training mode builds it: the real Eko client against the in-process sandbox over
// loopback HTTP, a real journal file in a temporary directory with its reconciler running, and the DMT service on
// the rail under test. The agent's wallet is ₹1,00,000 (the sandbox's ₹5,000 default is too small for ₹5,000 + fee).
class DmtFixture
{
public:
    explicit DmtFixture(dmt::Rail rail);
    ~DmtFixture();

    static QString userCode() { return QStringLiteral("20810200"); }
    static sandbox::DmtRail sandboxRail(dmt::Rail rail)
    {
        return rail == dmt::Rail::Classic ? sandbox::DmtRail::Classic : sandbox::DmtRail::Fino;
    }

    bool isReady() const { return m_ready; }
    dmt::Rail rail() const { return m_rail; }
    CounterServices& services() { return m_services; }
    dmt::DmtService& dmt() { return *m_dmt; }
    sandbox::EkoSandbox& sandbox() { return *m_sandbox; }
    journal::JournalService& journal() { return *m_journal; }
    ManualClock& clock() { return m_clock; }
    Paise wallet() const;

    // Runs one step to its end (tests only).
    static dmt::DmtReply wait(dmt::DmtJob* job, int timeoutMs = 15000);
    // A fingerprint captured with the eKYC wadh, as the simulator makes it.
    QByteArray ekycPid() const;

    // Synchronous reads for assertions.
    QList<journal::TransactionRecord> rows();
    std::optional<journal::TransactionRecord> row(const QString& clientRefId);

private:
    dmt::Rail m_rail;
    ManualClock m_clock;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::EkoSandbox> m_sandbox;
    std::unique_ptr<eko::EkoClient> m_client;
    std::unique_ptr<eko::EkoTransactionInquirer> m_inquirer;
    std::unique_ptr<journal::JournalService> m_journal;
    std::unique_ptr<ClientRefIdGenerator> m_refIds;
    std::unique_ptr<dmt::DmtService> m_dmt;
    CounterServices m_services;
    bool m_ready = false;
};

} // namespace saathi::test
