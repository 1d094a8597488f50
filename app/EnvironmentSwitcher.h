// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "crypto/EkoPublicKeys.h"
#include "eko/EkoConfig.h"

#include <QObject>

#include <functional>

namespace saathi {

class AppSettings;
class EkoCredentialStore;
namespace eko {
class EkoClient;
}

// Points the running Eko client at the environment the settings name: Training keeps the embedded sandbox's
// configuration (taken when the switcher is made); UAT and production are built from the keychain's credentials and
// the shop's latlong (EnvironmentProfile). A switch never happens while a money request is in flight: `busy` is
// asked first, and a deferred switch is applied by retry() once the request has ended.
class EnvironmentSwitcher : public QObject
{
    Q_OBJECT
public:
    EnvironmentSwitcher(eko::EkoClient& client, AppSettings& settings, EkoCredentialStore& credentials,
                        std::function<bool()> busy, QObject* parent = nullptr);

    EkoEnvironment current() const { return m_current; }
    bool hasDeferredSwitch() const { return m_deferred; }
    // Onboarding in training gave the practice agent a new user code: keep it across switches.
    void setTrainingUserCode(const QString& userCode);

public Q_SLOTS:
    void switchTo(saathi::EkoEnvironment env);
    // Applies a deferred switch if nothing is in flight any more.
    void retry();

Q_SIGNALS:
    // The client now talks to `env`; `userCode` is the agent's code there.
    void switched(saathi::EkoEnvironment env, const QString& userCode);
    void deferred(saathi::EkoEnvironment env);
    // The switch could not be made; the client stays where it was. `message` says what to do.
    void failed(saathi::EkoEnvironment env, const QString& message);

private:
    void apply(EkoEnvironment env, const eko::EkoConfig& config);

    eko::EkoClient& m_client;
    AppSettings& m_settings;
    EkoCredentialStore& m_credentials;
    std::function<bool()> m_busy;
    eko::EkoConfig m_trainingConfig;
    EkoEnvironment m_current = EkoEnvironment::Training;
    EkoEnvironment m_wanted = EkoEnvironment::Training;
    bool m_deferred = false;
    int m_generation = 0; // a newer switchTo() wins over a keychain answer still on its way
};

} // namespace saathi
