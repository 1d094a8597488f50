// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DmtFixture.h"

#include "SimulatedPid.h"
#include "crypto/AadhaarCipher.h"
#include "eko/AepsOperations.h"
#include "eko/EkoClient.h"
#include "eko/EkoTransactionInquirer.h"
#include "journal/HistoryQuery.h"
#include "journal/JournalService.h"

#include <QSignalSpy>
#include <QTimeZone>

namespace saathi::test {

DmtFixture::DmtFixture(dmt::Rail rail)
    : m_rail(rail)
    , m_clock(QDateTime(QDate(2026, 11, 23), QTime(6, 0), QTimeZone::utc()).toMSecsSinceEpoch()) // 11:30 IST
{
    m_sandbox = std::make_unique<sandbox::EkoSandbox>(sandbox::EkoSandboxConfig {}, &m_clock);
    if (!m_sandbox->listen(0)) {
        return;
    }
    m_sandbox->setAgentWallet(userCode(), Paise::fromRupees(100000));

    eko::EkoConfig config;
    config.baseUrl = m_sandbox->baseUrl();
    const auto& partner = m_sandbox->config().partner;
    config.credentials = {partner.developerKey, partner.accessKey, partner.initiatorId, userCode()};
    config.latLong = QStringLiteral("28.6139,77.2090");
    config.aadhaarCipher = AadhaarCipher::fromPublicKey(sandbox::EkoSandbox::aadhaarPublicKeyPem()).value();
    config.timeoutMs = 2000;
    config.retryBaseDelayMs = 20;
    m_client = std::make_unique<eko::EkoClient>(&m_network, eko::EndpointCatalogue::builtIn().value(), config, m_clock);

    m_journal = std::make_unique<journal::JournalService>(m_clock);
    auto opened = m_journal->open(m_dir.filePath(QStringLiteral("journal.sqlite")));
    opened.waitForFinished();
    if (!opened.result().ok()) {
        return;
    }
    m_inquirer = std::make_unique<eko::EkoTransactionInquirer>(*m_client);
    m_journal->startReconciler(m_inquirer.get());
    m_refIds = std::make_unique<ClientRefIdGenerator>(m_clock);
    m_dmt = std::make_unique<dmt::DmtService>(*m_client, rail);

    m_services.eko = m_client.get();
    m_services.journal = m_journal.get();
    m_services.clock = &m_clock;
    m_services.refIds = m_refIds.get();
    m_services.training = true;
    m_services.identity = {userCode(), QStringLiteral("9962981729"), QStringLiteral("Ramesh Kumar"),
                           QStringLiteral("Kumar General Store")};
    m_ready = true;
}

DmtFixture::~DmtFixture()
{
    m_journal.reset(); // stops the worker (and its reconciler) before the inquirer and the client go
}

Paise DmtFixture::wallet() const
{
    const auto agent = m_sandbox->agent(userCode());
    return agent ? agent->wallet : Paise {};
}

dmt::DmtReply DmtFixture::wait(dmt::DmtJob* job, int timeoutMs)
{
    QSignalSpy spy(job, &dmt::DmtJob::finished);
    if (!spy.wait(timeoutMs)) {
        dmt::DmtReply timedOut;
        timedOut.error = Error {QStringLiteral("test.timeout"), QStringLiteral("the step did not finish"), {}};
        return timedOut;
    }
    return spy.first().first().value<dmt::DmtReply>();
}

QByteArray DmtFixture::ekycPid() const
{
    return sandbox::simulatedPidXml(m_clock.nowIst(), eko::AepsOperations::ekycWadh());
}

QList<journal::TransactionRecord> DmtFixture::rows()
{
    auto future = m_journal->history(journal::HistoryFilter(), 1000);
    future.waitForFinished();
    return future.result().ok() ? future.result().value().rows : QList<journal::TransactionRecord>();
}

std::optional<journal::TransactionRecord> DmtFixture::row(const QString& clientRefId)
{
    auto future = m_journal->run([clientRefId](journal::JournalStore& store) { return store.find(clientRefId); });
    future.waitForFinished();
    return future.result().ok() ? future.result().value() : std::nullopt;
}

} // namespace saathi::test
