// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/setup/GoLiveContext.h"
#include "core/util/Error.h"

#include <QObject>

#include <functional>
#include <optional>

class QSettings;

namespace saathi::setup {

// The going-live steps, in order. Each is entered only once the ones before it saved what they produce:
//   Credentials  → the partner's keys, checked with Eko, in the keychain
//   Onboarding   → the agent's user_code, in the keychain with the keys
//   ShopDetails  → AgentProfile and the shop's latlong, in the settings
//   Activation   → AePS requested (or Eko already shows it active/pending)
//   Finish       → ready: the counter takes over (device, eKYC, daily login)
enum class GoLiveStep { Credentials, Onboarding, ShopDetails, Activation, Finish };

// Where a half-finished set-up stopped, per environment (`setup/<env>/step`), and which environment was being set
// up (`setup/environment`), so a restart resumes on the same screen. Nothing secret is kept here.
class GoLiveProgress
{
public:
    explicit GoLiveProgress(QSettings& settings)
        : m_settings(settings)
    {
    }

    GoLiveStep step(EkoEnvironment env) const; // Credentials when nothing is stored
    void setStep(EkoEnvironment env, GoLiveStep step);

    std::optional<EkoEnvironment> environmentInProgress() const; // UAT or production only
    void setEnvironmentInProgress(EkoEnvironment env);
    void finish(EkoEnvironment env); // set-up done: nothing to resume

    static QString stepName(GoLiveStep step);

private:
    QSettings& m_settings;
};

// Whether `env` may go live: credentials with a user_code in the keychain, a complete AgentProfile and the shop's
// latlong. `done` gets a null Error when ready, else what is missing (translated); it runs from the event loop.
void checkReady(const GoLiveContext& context, EkoEnvironment env, QObject* receiver,
                std::function<void(const Error& missing)> done);

} // namespace saathi::setup
