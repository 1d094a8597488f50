// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/crypto/CustomerToken.h"
#include "core/dmt/DmtService.h"
#include "core/journal/TransactionRecord.h"
#include "core/util/ClientRefId.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"
#include "sandbox/rd/RdSimulator.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace saathi::eko {
class EkoClient;
}
namespace saathi::reconcile {
class EkoTransactionInquirer;
}
namespace saathi::journal {
class JournalService;
}
namespace saathi::bank {
class BankDirectory;
}

namespace saathi::test {

// What the counters under test differ in; the defaults are the AePS counter's.
struct CounterTestbedOptions
{
    QDateTime start = QDateTime(QDate(2026, 11, 23), QTime(6, 0), QTimeZone::utc()); // the ManualClock: 11:30 IST
    bool fingerprintDevice = true; // the RD simulator and the real RD client behind services().device
    bool agentKycDone = true; // the agent has done eKYC and today's daily KYC
    std::optional<Paise> agentWallet = std::nullopt; // the agent's E-value wallet; none: the sandbox's ₹5,000 default
    bool customerTokens = false; // services().customerTokens: a tokenizer with a fixed test key
    std::optional<dmt::Rail> dmtRail = std::nullopt; // a DmtService on this rail behind dmt()
};

// The counter as training mode builds it (app/TrainingEnvironment.cpp): the real Eko client against the in-process
// sandbox over loopback HTTP, optionally the real RD client against the RD simulator, and a real journal file in a
// temporary directory with its reconciler running. The sandbox's seeded customer 9999 4105 7058 banks with SBIN
// (₹25,000). The AePS, DMT and money-transfer screen fixtures are this with their options.
class CounterTestbed
{
public:
    explicit CounterTestbed(const CounterTestbedOptions& options = {});
    ~CounterTestbed();
    CounterTestbed(const CounterTestbed&) = delete;
    CounterTestbed& operator=(const CounterTestbed&) = delete;

    static QString userCode() { return QStringLiteral("20810200"); }
    static QString aadhaar() { return QStringLiteral("999941057058"); }

    bool isReady() const { return m_ready; }
    CounterServices& services() { return m_services; }
    sandbox::EkoSandbox& sandbox() { return *m_sandbox; }
    sandbox::rd::RdSimulator& simulator() { return *m_simulator; } // with fingerprintDevice only
    dmt::DmtService& dmt() { return *m_dmt; } // with a dmtRail only
    journal::JournalService& journal() { return *m_journal; }
    ManualClock& clock() { return m_clock; }
    const ManualClock& clock() const { return m_clock; }
    Paise wallet() const;

    // Synchronous reads for assertions (tests only).
    QList<journal::TransactionRecord> rows();
    QList<journal::TransactionRecord> rows(journal::TxKind kind);
    int rowCount() { return static_cast<int>(rows().size()); }
    std::optional<journal::TransactionRecord> row(const QString& clientRefId);

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_ekoNetwork;
    QNetworkAccessManager m_deviceNetwork;
    std::unique_ptr<sandbox::EkoSandbox> m_sandbox;
    std::unique_ptr<sandbox::rd::RdSimulator> m_simulator;
    std::unique_ptr<eko::EkoClient> m_client;
    std::unique_ptr<bank::BankDirectory> m_banks;
    std::unique_ptr<device::BiometricDevice> m_device;
    std::unique_ptr<reconcile::EkoTransactionInquirer> m_inquirer;
    std::unique_ptr<journal::JournalService> m_journal;
    std::unique_ptr<ClientRefIdGenerator> m_refIds;
    std::unique_ptr<dmt::DmtService> m_dmt;
    CustomerTokenizer m_customerTokens; // a fixed test key: the keychain's part is TestCustomerTokenKeyStore's
    CounterServices m_services;
    bool m_ready = false;
};

} // namespace saathi::test
