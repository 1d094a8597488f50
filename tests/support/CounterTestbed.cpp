// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CounterTestbed.h"

#include "core/bank/BankDirectory.h"
#include "core/crypto/AadhaarCipher.h"
#include "core/eko/EkoClient.h"
#include "core/journal/HistoryQuery.h"
#include "core/journal/JournalService.h"
#include "core/reconcile/EkoTransactionInquirer.h"
#include "rd_service/RdServiceDevice.h"

namespace saathi::test {

CounterTestbed::CounterTestbed(const CounterTestbedOptions& options)
    : m_clock(options.start.toMSecsSinceEpoch())
{
    m_sandbox = std::make_unique<sandbox::EkoSandbox>(sandbox::EkoSandboxConfig {}, &m_clock);
    if (options.fingerprintDevice) {
        m_simulator = std::make_unique<sandbox::rd::RdSimulator>();
        m_simulator->setClock(&m_clock);
        m_simulator->setCaptureDelayMs(20);
    }
    if (!m_sandbox->listen(0) || (m_simulator && !m_simulator->listen(0))) {
        return;
    }
    if (options.agentKycDone) {
        m_sandbox->markEkycDone(userCode(), QStringLiteral("999977788890"));
        m_sandbox->markDailyKycDone(userCode());
    }
    if (options.agentWallet) {
        m_sandbox->setAgentWallet(userCode(), *options.agentWallet);
    }

    eko::EkoConfig config;
    config.baseUrl = m_sandbox->baseUrl();
    const auto& partner = m_sandbox->config().partner;
    config.credentials = {partner.developerKey, partner.accessKey, partner.initiatorId, userCode()};
    config.latLong = QStringLiteral("28.6139,77.2090");
    config.aadhaarCipher = AadhaarCipher::fromPublicKey(sandbox::EkoSandbox::aadhaarPublicKeyPem()).value();
    config.timeoutMs = 2000;
    config.retryBaseDelayMs = 20;
    m_client
        = std::make_unique<eko::EkoClient>(&m_ekoNetwork, eko::EndpointCatalogue::builtIn().value(), config, m_clock);

    m_banks = std::make_unique<bank::BankDirectory>(*m_client);
    if (m_simulator) {
        device::RdSettings settings;
        settings.firstPort = m_simulator->serverPort();
        settings.lastPort = m_simulator->serverPort();
        m_device = std::make_unique<rd::RdServiceDevice>(&m_deviceNetwork, settings);
    }

    m_journal = std::make_unique<journal::JournalService>(m_clock);
    auto opened = m_journal->open(m_dir.filePath(QStringLiteral("journal.sqlite")));
    opened.waitForFinished();
    if (!opened.result().ok()) {
        return;
    }
    m_inquirer = std::make_unique<reconcile::EkoTransactionInquirer>(*m_client);
    m_journal->startReconciler(m_inquirer.get());
    m_refIds = std::make_unique<ClientRefIdGenerator>(m_clock);
    if (options.dmtRail) {
        m_dmt = std::make_unique<dmt::DmtService>(*m_client, *options.dmtRail);
    }

    m_services.eko = m_client.get();
    m_services.banks = m_banks.get();
    m_services.device = m_device.get();
    m_services.journal = m_journal.get();
    m_services.clock = &m_clock;
    m_services.refIds = m_refIds.get();
    m_services.training = true;
    if (options.customerTokens) {
        m_customerTokens
            = CustomerTokenizer::fromKey(SecureBytes(QByteArray(CustomerTokenizer::kKeyBytes, 't'))).value();
        m_services.customerTokens = &m_customerTokens;
    }
    m_services.identity = {userCode(),
                           QStringLiteral("9962981729"),
                           QStringLiteral("Ramesh Kumar"),
                           QStringLiteral("Kumar General Store"),
                           {}};
    m_ready = true;
}

CounterTestbed::~CounterTestbed()
{
    m_journal.reset(); // stops the worker (and its reconciler) before the inquirer and the client go
}

Paise CounterTestbed::wallet() const
{
    const auto agent = m_sandbox->agent(userCode());
    return agent ? agent->wallet : Paise {};
}

QList<journal::TransactionRecord> CounterTestbed::rows()
{
    auto future = m_journal->history(journal::HistoryFilter(), 1000);
    future.waitForFinished();
    return future.result().ok() ? future.result().value().rows : QList<journal::TransactionRecord>();
}

QList<journal::TransactionRecord> CounterTestbed::rows(journal::TxKind kind)
{
    QList<journal::TransactionRecord> out;
    for (const journal::TransactionRecord& r : rows()) {
        if (r.kind == kind) {
            out.append(r);
        }
    }
    return out;
}

std::optional<journal::TransactionRecord> CounterTestbed::row(const QString& clientRefId)
{
    auto future = m_journal->run([clientRefId](journal::JournalStore& store) { return store.find(clientRefId); });
    future.waitForFinished();
    return future.result().ok() ? future.result().value() : std::nullopt;
}

} // namespace saathi::test
