// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// Going live against a stand-in for UAT: the Eko sandbox over TLS on 127.0.0.1 with a partner of its own (not
// training's published keys), its CA and Aadhaar key written to files and named in the settings file as a
// distributor would (eko/uat/base_url, ca_file, aadhaar_public_key_file), an in-memory keychain, and a clock the
// test moves. restart() makes new settings objects over the same file, as a restarted app would.
#include "MemorySecretStore.h"
#include "core/eko/EkoConfig.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/setup/GoLiveContext.h"
#include "core/util/Clock.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace saathi::test {

class GoLiveFixture
{
public:
    GoLiveFixture();
    ~GoLiveFixture();

    sandbox::EkoSandbox& sandbox() { return *m_sandbox; }
    ManualClock& clock() { return m_clock; }
    QSettings& settings() { return *m_settings; }
    AppSettings& appSettings() { return *m_appSettings; }
    MemorySecretStore& secrets() { return m_secrets; }
    EkoCredentialStore& credentialStore() { return m_credentials; }
    setup::GoLiveContext context();
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The sandbox's partner (what the agent types) and training's published UAT keys (which must fail here).
    static EkoCredentials partner();
    static EkoCredentials trainingKeys();

    // New QSettings/AppSettings over the same file; the keychain stays (it is the OS's).
    void restart();
    // The keychain's entry for UAT, read synchronously for assertions (empty credentials when absent).
    EkoCredentials savedCredentials(bool* found = nullptr);

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    MemorySecretStore m_secrets;
    EkoCredentialStore m_credentials {m_secrets};
    QNetworkAccessManager m_network;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<sandbox::EkoSandbox> m_sandbox;
};

} // namespace saathi::test
