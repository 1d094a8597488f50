// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "GoLiveFixture.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

namespace saathi::test {

namespace {
bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}
} // namespace

EkoCredentials GoLiveFixture::partner()
{
    return {QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
            QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
            QStringLiteral("9876512345"),
            {}};
}

EkoCredentials GoLiveFixture::trainingKeys()
{
    return {QStringLiteral("becbbce45f79c6f5109f848acd540567"),
            QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"),
            QStringLiteral("9962981729"),
            {}};
}

GoLiveFixture::GoLiveFixture()
    : m_clock(QDateTime(QDate(2026, 11, 23), QTime(6, 0), QTimeZone::utc()).toMSecsSinceEpoch())
{
    sandbox::EkoSandboxConfig config;
    config.partner = {partner().developerKey, partner().accessKey, partner().initiatorId};
    config.defaultUserCode = QStringLiteral("30310001");
    config.defaultAgentMobile = QStringLiteral("9876512345");
    config.activationDelayMs = 60 * 1000;
    m_sandbox = std::make_unique<sandbox::EkoSandbox>(config, &m_clock);
    m_sandbox->setTlsEnabled(true);
    m_sandbox->listen(0);
    writeFile(path(QStringLiteral("uat-ca.pem")), sandbox::EkoSandbox::caCertificate().toPem());
    writeFile(path(QStringLiteral("uat-aadhaar.pem")), sandbox::EkoSandbox::aadhaarPublicKeyPem());
    restart();
    // What a distributor's settings file says for UAT.
    m_settings->setValue(QStringLiteral("eko/uat/base_url"), m_sandbox->baseUrl().toString());
    m_settings->setValue(QStringLiteral("eko/uat/ca_file"), path(QStringLiteral("uat-ca.pem")));
    m_settings->setValue(QStringLiteral("eko/uat/aadhaar_public_key_file"), path(QStringLiteral("uat-aadhaar.pem")));
    m_settings->sync();
}

GoLiveFixture::~GoLiveFixture() = default;

void GoLiveFixture::restart()
{
    if (m_settings) {
        m_settings->sync();
    }
    m_appSettings.reset();
    m_settings = std::make_unique<QSettings>(path(QStringLiteral("saathi.ini")), QSettings::IniFormat);
    m_appSettings = std::make_unique<AppSettings>(*m_settings);
}

setup::GoLiveContext GoLiveFixture::context()
{
    return setup::GoLiveContext {*m_settings, *m_appSettings, m_credentials, m_clock, &m_network, 5000};
}

EkoCredentials GoLiveFixture::savedCredentials(bool* found)
{
    QObject context;
    EkoCredentials out;
    bool done = false;
    bool there = false;
    m_credentials.load(EkoEnvironment::Uat, &context, [&](Result<EkoCredentials> c, bool f) {
        done = true;
        there = f && c.ok();
        if (c) {
            out = c.value();
        }
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000)) {
        qWarning("the keychain did not answer");
    }
    if (found) {
        *found = there;
    }
    return out;
}

} // namespace saathi::test
