// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/setup/GoLiveProgress.h"

#include "core/secrets/EkoCredentialStore.h"
#include "core/settings/AgentProfile.h"
#include "core/settings/AppSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

namespace saathi::setup {

namespace {

const char* const kStepNames[] = {"credentials", "onboarding", "shop_details", "activation", "finish"};
const QString kEnvironmentKey = QStringLiteral("setup/environment");

QString stepKey(EkoEnvironment env)
{
    return QStringLiteral("setup/%1/step").arg(environmentName(env));
}

Error notReady(const char* code, const QString& message)
{
    return Error {QString::fromLatin1(code), message, {}};
}

} // namespace

QString GoLiveProgress::stepName(GoLiveStep step)
{
    return QString::fromLatin1(kStepNames[static_cast<int>(step)]);
}

GoLiveStep GoLiveProgress::step(EkoEnvironment env) const
{
    const QString stored = m_settings.value(stepKey(env)).toString();
    for (int i = 0; i <= static_cast<int>(GoLiveStep::Finish); ++i) {
        if (stored == QLatin1String(kStepNames[i])) {
            return static_cast<GoLiveStep>(i);
        }
    }
    return GoLiveStep::Credentials;
}

void GoLiveProgress::setStep(EkoEnvironment env, GoLiveStep step)
{
    m_settings.setValue(stepKey(env), stepName(step));
    m_settings.sync(); // a power cut right after a step must not send the agent back
}

std::optional<EkoEnvironment> GoLiveProgress::environmentInProgress() const
{
    EkoEnvironment env = EkoEnvironment::Training;
    if (!parseEnvironment(m_settings.value(kEnvironmentKey).toString(), &env) || env == EkoEnvironment::Training) {
        return std::nullopt;
    }
    return env;
}

void GoLiveProgress::setEnvironmentInProgress(EkoEnvironment env)
{
    m_settings.setValue(kEnvironmentKey, environmentName(env));
    m_settings.sync();
}

void GoLiveProgress::finish(EkoEnvironment env)
{
    m_settings.remove(stepKey(env));
    if (environmentInProgress() == env) {
        m_settings.remove(kEnvironmentKey);
    }
    m_settings.sync();
}

void checkReady(const GoLiveContext& context, EkoEnvironment env, QObject* receiver,
                std::function<void(const Error& missing)> done)
{
    Error local;
    if (!AgentProfile::load(context.settings, env).isComplete()) {
        local = notReady("setup.no_profile",
                         QCoreApplication::translate("Setup", "Save the agent's and the shop's details first."));
    } else if (context.appSettings.latLong().isEmpty()) {
        local = notReady("setup.no_location",
                         QCoreApplication::translate("Setup", "Save the shop's location (latitude,longitude) first."));
    }
    if (!local.isNull()) {
        QTimer::singleShot(0, receiver, [done, local] { done(local); });
        return;
    }
    context.credentials.load(env, receiver, [done](Result<EkoCredentials> c, bool found) {
        if (!c) {
            done(c.error());
        } else if (!found) {
            done(notReady("setup.no_credentials",
                          QCoreApplication::translate("Setup", "Check and save the Eko credentials first.")));
        } else if (c.value().userCode.trimmed().isEmpty()) {
            done(notReady("setup.no_user_code",
                          QCoreApplication::translate("Setup", "Onboard the agent (or enter the user code) first.")));
        } else {
            done({});
        }
    });
}

} // namespace saathi::setup
