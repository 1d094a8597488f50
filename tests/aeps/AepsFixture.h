// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "EkoSandbox.h"
#include "RdSimulator.h"
#include "counter/CounterServices.h"
#include "crypto/CustomerToken.h"
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

// The counter as training mode builds it (app/TrainingEnvironment.cpp), for the AePS flow and page tests: the real
// Eko client against the in-process sandbox over loopback HTTP, the real RD client against the RD simulator, and a
// real journal file in a temporary directory with its reconciler running. The agent has done eKYC and today's
// daily KYC; the seeded customer 9999 4105 7058 banks with SBIN (₹25,000).
class AepsFixture
{
public:
    AepsFixture();
    ~AepsFixture();

    static QString aadhaar() { return QStringLiteral("999941057058"); }
    static QString userCode() { return QStringLiteral("20810200"); }

    CounterServices& services() { return m_services; }
    sandbox::EkoSandbox& sandbox() { return *m_sandbox; }
    sandbox::rd::RdSimulator& simulator() { return *m_simulator; }
    journal::JournalService& journal() { return *m_journal; }
    ManualClock& clock() { return m_clock; }
    bool isReady() const { return m_ready; }

    // Synchronous reads for assertions (tests only).
    QList<journal::TransactionRecord> rows();
    int rowCount() { return static_cast<int>(rows().size()); }

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
    CustomerTokenizer m_customerTokens; // a fixed test key: the keychain's part is TestCustomerTokenKeyStore's
    CounterServices m_services;
    bool m_ready = false;
};

} // namespace saathi::test
