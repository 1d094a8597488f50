// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "LiveEnvironment.h"

#include "core/eko/EkoClient.h"
#include "core/logging/LogCategories.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/settings/AgentProfile.h"
#include "core/settings/AppSettings.h"
#include "core/settings/EnvironmentProfile.h"

#include <QCoreApplication>
#include <QSettings>

namespace saathi {

namespace {

Error setUpError(const char* text, const QString& detail)
{
    return Error {QStringLiteral("environment.set_up_incomplete"), QCoreApplication::translate("Environment", text),
                  detail};
}

} // namespace

LiveEnvironment::LiveEnvironment(EkoEnvironment kind, const Context& context, QObject* parent)
    : CounterEnvironment(kind, context, parent)
{
}

void LiveEnvironment::prepare()
{
    // The RD services a real counter has: the UIDAI port range, the device the agent chose here.
    makeDevice(device::RdSettings {}); // the RD service's ports 11100-11120
    const EnvironmentProfile profile = EnvironmentProfile::fromSettings(*m_context.settings, m_kind);
    auto catalogue = profile.catalogue();
    if (!catalogue) {
        catalogue = eko::EndpointCatalogue::builtIn(); // the client exists either way; the problem says why
    }
    // Until the keychain answers, the client knows where Eko is but holds no credentials.
    eko::EkoConfig config;
    config.baseUrl = profile.baseUrl;
    m_client = std::make_unique<eko::EkoClient>(&m_ekoNetwork, catalogue.value(), config, clock());
    const AgentProfile agent = AgentProfile::load(*m_context.settings, m_kind);
    m_identity = {{}, agent.agentMobile, agent.agentName, agent.shopName, agent.shopAddress};
    if (const Error bad = profile.check(); !bad.isNull()) {
        finishPreparing(bad);
        return;
    }
    if (!m_context.credentials) {
        finishPreparing(
            setUpError(QT_TRANSLATE_NOOP("Environment", "No keychain is available for the Eko credentials."),
                       environmentName(m_kind)));
        return;
    }
    m_context.credentials->load(
        m_kind, this, [this](Result<eko::EkoCredentials> credentials, bool found) { configure(credentials, found); });
}

void LiveEnvironment::configure(const Result<eko::EkoCredentials>& credentials, bool found)
{
    if (!credentials) {
        finishPreparing(credentials.error());
        return;
    }
    if (!found) {
        finishPreparing(
            setUpError(QT_TRANSLATE_NOOP("Environment",
                                         "No Eko credentials are saved for this environment yet. Finish going live "
                                         "(Settings → Go live) first."),
                       environmentName(m_kind)));
        return;
    }
    const EnvironmentProfile profile = EnvironmentProfile::fromSettings(*m_context.settings, m_kind);
    const QString latLong = AppSettings(*m_context.settings).latLong();
    m_identity.userCode = credentials.value().userCode;
    auto config = profile.buildConfig(credentials.value(), latLong);
    if (!config) {
        // Enough to check the keys and onboard; not yet enough to serve customers.
        auto partial = profile.buildConfig(credentials.value(), latLong, EnvironmentProfile::Purpose::CredentialsCheck);
        if (partial) {
            m_client->setConfig(partial.value());
        }
        finishPreparing(config.error());
        return;
    }
    m_client->setConfig(config.value());
    const AgentProfile agent = AgentProfile::load(*m_context.settings, m_kind);
    if (!agent.isComplete()) {
        finishPreparing(setUpError(
            QT_TRANSLATE_NOOP("Environment", "The shop's details are not saved yet. Finish going live first."),
            environmentName(m_kind)));
        return;
    }
    qCInfo(lcApp) << "environment" << environmentName(m_kind) << "ready at" << config.value().baseUrl.host();
    finishPreparing({});
}

} // namespace saathi
