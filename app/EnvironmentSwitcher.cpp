// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "EnvironmentSwitcher.h"

#include "eko/EkoClient.h"
#include "logging/LogCategories.h"
#include "secrets/EkoCredentialStore.h"
#include "settings/AppSettings.h"
#include "settings/EnvironmentProfile.h"

namespace saathi {

EnvironmentSwitcher::EnvironmentSwitcher(eko::EkoClient& client, AppSettings& settings, EkoCredentialStore& credentials,
                                         std::function<bool()> busy, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_busy(std::move(busy))
    , m_trainingConfig(client.config())
{
}

void EnvironmentSwitcher::switchTo(EkoEnvironment env)
{
    m_wanted = env;
    ++m_generation;
    if (m_busy && m_busy()) {
        m_deferred = true;
        Q_EMIT deferred(env);
        return;
    }
    m_deferred = false;
    if (env == EkoEnvironment::Training) {
        apply(env, m_trainingConfig);
        return;
    }
    const int generation = m_generation;
    m_credentials.load(env, this, [this, env, generation](Result<eko::EkoCredentials> credentials, bool found) {
        if (generation != m_generation) {
            return; // the agent chose again meanwhile
        }
        if (!credentials) {
            Q_EMIT failed(env, credentials.error().userMessage);
            return;
        }
        if (!found) {
            Q_EMIT failed(env, tr("No Eko credentials are saved for this environment. Enter them in Settings."));
            return;
        }
        auto config = EnvironmentProfile::forEnvironment(env).buildConfig(credentials.value(), m_settings.latLong());
        if (!config) {
            Q_EMIT failed(env, config.error().userMessage);
            return;
        }
        if (m_busy && m_busy()) { // a request started while the keychain was answering
            m_deferred = true;
            Q_EMIT deferred(env);
            return;
        }
        apply(env, config.value());
    });
}

void EnvironmentSwitcher::setTrainingUserCode(const QString& userCode)
{
    m_trainingConfig.credentials.userCode = userCode;
}

void EnvironmentSwitcher::retry()
{
    if (m_deferred && !(m_busy && m_busy())) {
        switchTo(m_wanted);
    }
}

void EnvironmentSwitcher::apply(EkoEnvironment env, const eko::EkoConfig& config)
{
    qCInfo(lcApp) << "Eko environment now" << int(env);
    m_client.setConfig(config);
    m_current = env;
    Q_EMIT switched(env, config.credentials.userCode);
}

} // namespace saathi
