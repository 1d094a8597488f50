// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "TrainingEnvironment.h"

#include "EkoSandbox.h"
#include "RdServiceDevice.h"
#include "RdSimulator.h"
#include "eko/EkoClient.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace saathi {

TrainingEnvironment::TrainingEnvironment(QObject* parent)
    : QObject(parent)
{
}

TrainingEnvironment::TrainingEnvironment(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

TrainingEnvironment::~TrainingEnvironment() = default;

Result<bool> TrainingEnvironment::start()
{
    const Clock& clock = m_clock ? *m_clock : static_cast<const Clock&>(SystemClock::instance());
    m_sandbox = std::make_unique<sandbox::EkoSandbox>(sandbox::EkoSandboxConfig {}, &clock);
    m_sandbox->setTlsEnabled(true);
    if (!m_sandbox->listen(0)) {
        return Error {QStringLiteral("training.sandbox_failed"),
                      QCoreApplication::translate("Training", "The practice Eko service could not start."),
                      m_sandbox->errorString()};
    }
    m_simulator = std::make_unique<sandbox::rd::RdSimulator>();
    m_simulator->setClock(&clock);
    if (!m_simulator->listen(0)) {
        return Error {QStringLiteral("training.device_failed"),
                      QCoreApplication::translate("Training", "The practice fingerprint device could not start."),
                      QStringLiteral("no free loopback port")};
    }

    eko::EkoConfig config;
    config.baseUrl = m_sandbox->baseUrl();
    const auto& partner = m_sandbox->config().partner;
    config.credentials
        = {partner.developerKey, partner.accessKey, partner.initiatorId, m_sandbox->config().defaultUserCode};
    config.latLong = QStringLiteral("28.6139,77.2090");
    config.aadhaarCipher = AadhaarCipher::fromPublicKey(sandbox::EkoSandbox::aadhaarPublicKeyPem()).value();
    config.extraCaCertificates = {sandbox::EkoSandbox::caCertificate()};
    m_client
        = std::make_unique<eko::EkoClient>(&m_ekoNetwork, eko::EndpointCatalogue::builtIn().value(), config, clock);

    rd::RdServiceDevice::Settings settings;
    settings.firstPort = m_simulator->serverPort();
    settings.lastPort = m_simulator->serverPort();
    m_device = std::make_unique<rd::RdServiceDevice>(&m_deviceNetwork, settings);
    return true;
}

eko::EkoClient& TrainingEnvironment::ekoClient()
{
    return *m_client;
}

device::BiometricDevice& TrainingEnvironment::device()
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
