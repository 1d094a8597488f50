// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SandboxFixture.h"

#include "sandbox/common/SimulatedPid.h"

#include <QSignalSpy>
#include <QTimeZone>

namespace saathi::test {

SandboxFixture::SandboxFixture(bool tls)
    : m_clock(QDateTime(QDate(2026, 11, 23), QTime(6, 0), QTimeZone::utc()).toMSecsSinceEpoch()) // 11:30 IST
    , m_tls(tls)
{
    m_sandbox = std::make_unique<sandbox::EkoSandbox>(sandbox::EkoSandboxConfig {}, &m_clock);
    m_sandbox->setTlsEnabled(tls);
    m_sandbox->listen(0);
    m_client = std::make_unique<eko::EkoClient>(&m_network, eko::EndpointCatalogue::builtIn().value(), baseConfig(),
                                                m_clock);
}

eko::EkoConfig SandboxFixture::baseConfig() const
{
    eko::EkoConfig config;
    config.baseUrl = m_sandbox->baseUrl();
    config.credentials
        = {QStringLiteral("becbbce45f79c6f5109f848acd540567"), QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"),
           QStringLiteral("9962981729"), QStringLiteral("20810200")};
    config.latLong = QStringLiteral("28.6139,77.2090");
    config.aadhaarCipher = AadhaarCipher::fromPublicKey(sandbox::EkoSandbox::aadhaarPublicKeyPem()).value();
    if (m_tls) {
        config.extraCaCertificates = {sandbox::EkoSandbox::caCertificate()};
    }
    config.timeoutMs = 2000;
    config.retryBaseDelayMs = 20;
    return config;
}

SecureBytes SandboxFixture::capture(const QString& wadh, const QString& errCode)
{
    return SecureBytes(sandbox::simulatedPidXml(m_clock.nowIst(), wadh, errCode));
}

eko::EkoResponse SandboxFixture::wait(eko::EkoJob* job, int timeoutMs)
{
    QSignalSpy spy(job, &eko::EkoJob::finished);
    if (spy.isEmpty()) {
        spy.wait(timeoutMs);
    }
    if (spy.isEmpty()) {
        eko::EkoResponse none;
        none.error.code = QStringLiteral("test.no_answer");
        return none;
    }
    return spy.first().first().value<eko::EkoResponse>();
}

} // namespace saathi::test
