// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

class QNetworkAccessManager;
class QSettings;

namespace saathi {
class AppSettings;
class Clock;
class EkoCredentialStore;
} // namespace saathi

namespace saathi::setup {

// What the composition root hands the going-live flows: the settings file (environment overrides, the persisted
// step, the agent's profile), typed settings (latlong), the keychain, the clock that signs, and the network every
// short-lived Eko client of a step runs on. Copied by value into each flow; what it refers to outlives them.
struct GoLiveContext
{
    QSettings& settings;
    AppSettings& appSettings;
    EkoCredentialStore& credentials;
    const Clock& clock;
    QNetworkAccessManager* network = nullptr;
    int timeoutMs = 30000; // per Eko call; tests shorten it
};

} // namespace saathi::setup
