// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "TrainingEnvironment.h"

#include "core/bank/BankDirectory.h"
#include "core/device/BiometricDevice.h"
#include "core/eko/EkoClient.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"
#include "sandbox/rd/RdSimulator.h"

#include <QCoreApplication>

#include <atomic>

namespace saathi {

namespace {
std::atomic<int> g_serversCreated {0};

CounterEnvironment::Context withClock(const Clock* clock)
{
    CounterEnvironment::Context context;
    context.clock = clock;
    return context;
}
} // namespace

TrainingEnvironment::TrainingEnvironment(const Context& context, QObject* parent)
    : CounterEnvironment(EkoEnvironment::Training, context, parent)
{
}

TrainingEnvironment::TrainingEnvironment(const Clock* clock, QObject* parent)
    : TrainingEnvironment(withClock(clock), parent)
{
}

TrainingEnvironment::~TrainingEnvironment()
{
    // The client and the device go before the servers they talk to (the bank list before its client).
    m_banks.reset();
    m_client.reset();
    m_device.reset();
}

int TrainingEnvironment::serversCreated()
{
    return g_serversCreated.load();
}

QString TrainingEnvironment::builtInUserCode()
{
    return sandbox::EkoSandboxConfig {}.defaultUserCode;
}

void TrainingEnvironment::prepare()
{
    const auto started = start();
    finishPreparing(started ? Error {} : started.error());
}

Result<bool> TrainingEnvironment::start()
{
    g_serversCreated.fetch_add(1);
    m_sandbox = std::make_unique<sandbox::EkoSandbox>(sandbox::EkoSandboxConfig {}, &clock());
    m_sandbox->setTlsEnabled(true);
    if (!m_sandbox->listen(0)) {
        return Error {QStringLiteral("training.sandbox_failed"),
                      QCoreApplication::translate("Training", "The practice Eko service could not start."),
                      m_sandbox->errorString()};
    }
    m_simulator = std::make_unique<sandbox::rd::RdSimulator>();
    m_simulator->setClock(&clock());
    if (!m_simulator->listen(0)) {
        return Error {QStringLiteral("training.device_failed"),
                      QCoreApplication::translate("Training", "The practice fingerprint device could not start."),
                      QStringLiteral("no free loopback port")};
    }

    eko::EkoConfig config;
    config.baseUrl = m_sandbox->baseUrl();
    const auto& sandboxConfig = m_sandbox->config();
    const auto& partner = sandboxConfig.partner;
    config.credentials = {partner.developerKey, partner.accessKey, partner.initiatorId, sandboxConfig.defaultUserCode};
    config.latLong = QStringLiteral("28.6139,77.2090");
    config.aadhaarCipher = AadhaarCipher::fromPublicKey(sandbox::EkoSandbox::aadhaarPublicKeyPem()).value();
    config.extraCaCertificates = {sandbox::EkoSandbox::caCertificate()};
    m_client
        = std::make_unique<eko::EkoClient>(&m_ekoNetwork, eko::EndpointCatalogue::builtIn().value(), config, clock());
    device::RdSettings rd; // the in-process simulator's one port
    rd.firstPort = m_simulator->serverPort();
    rd.lastPort = m_simulator->serverPort();
    makeDevice(rd);
    m_identity.userCode = sandboxConfig.defaultUserCode;
    m_identity.agentMobile = sandboxConfig.defaultAgentMobile;
    retranslateIdentity();
    return true;
}

void TrainingEnvironment::retranslateIdentity()
{
    m_identity.agentName = QCoreApplication::translate("Training", "Training Agent");
    m_identity.shopName = QCoreApplication::translate("Training", "Practice Kirana Store");
    m_identity.shopAddress = QCoreApplication::translate("Training", "Practice Street, New Delhi");
}

eko::EkoClient& TrainingEnvironment::ekoClient()
{
    return *m_client;
}

saathi::device::BiometricDevice& TrainingEnvironment::device()
{
    return *m_device;
}

sandbox::EkoSandbox& TrainingEnvironment::ekoSandbox()
{
    return *m_sandbox;
}

sandbox::rd::RdSimulator& TrainingEnvironment::rdSimulator()
{
    return *m_simulator;
}

QUrl TrainingEnvironment::ekoBaseUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

quint16 TrainingEnvironment::devicePort() const
{
    return m_simulator ? m_simulator->serverPort() : 0;
}

} // namespace saathi
