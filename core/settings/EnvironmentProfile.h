// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/eko/EkoConfig.h"
#include "core/eko/EndpointCatalogue.h"
#include "core/util/Error.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace saathi {

// What one Eko environment is (reference eko-api.md §1.1, §2.4): where Eko answers, which extra CA to trust, which
// RSA key encrypts the Aadhaar number and which endpoint catalogue to follow. UAT defaults to
// https://staging.eko.in/ekoapi with published key B, production to https://api.eko.in:25002/ekoicici with key A;
// a distributor overrides any of them per environment in the settings file (README "Going live"):
//
//   eko/<env>/base_url, eko/<env>/ca_file, eko/<env>/aadhaar_public_key_file, eko/<env>/catalogue_file,
//   eko/<env>/pin_spki (true: SPKI pinning with the catalogue's spki_pins; off by default)
//
// Training has none of these: the embedded sandbox supplies its address, CA and key at run time.
struct EnvironmentProfile
{
    EkoEnvironment environment = EkoEnvironment::Training;
    QUrl baseUrl; // empty for Training
    QByteArray aadhaarPublicKey; // PEM or base64 DER; empty for Training
    QString caFile; // PEM, trusted in addition to the system store; empty: none
    QString aadhaarPublicKeyFile; // when set, replaces aadhaarPublicKey
    QString catalogueFile; // empty: the built-in catalogue
    bool pinSpki = false; // eko/<env>/pin_spki: refuse an Eko host whose key matches none of the catalogue's pins

    bool needsCredentials() const { return environment != EkoEnvironment::Training; }

    static EnvironmentProfile forEnvironment(EkoEnvironment env);
    // The defaults above overridden by the settings' eko/<env>/… keys (UAT and production only).
    static EnvironmentProfile fromSettings(const QSettings& settings, EkoEnvironment env);
    static QUrl defaultBaseUrl(EkoEnvironment env);
    // "Training", "Eko UAT", "Eko production", translated, for messages and the settings screen.
    static QString displayName(EkoEnvironment env);
    // The settings key of `name` (base_url, ca_file, aadhaar_public_key_file, catalogue_file) for `env`.
    static QString settingsKey(EkoEnvironment env, const char* name);
    // Writes the overrides that differ from the defaults (and removes those that do not).
    void save(QSettings& settings) const;

    // What must hold before a profile is used: a valid https:// base URL (plain HTTP would hand the signed
    // headers, the encrypted Aadhaar and the PID to anyone on the path), readable CA and key files, and ≥ 2 pins
    // in the catalogue when pinning is on.
    Error check() const;

    // The endpoint catalogue this environment follows: the file if one is set, else the built-in one.
    Result<eko::EndpointCatalogue> catalogue() const;

    enum class Purpose {
        Counter, // every credential including the agent's user_code, and the shop's location
        CredentialsCheck // going live: the partner's keys are checked before there is a user_code or a location
    };
    // A client configuration from the keychain's credentials and the shop's location. Fails (with a message
    // naming what is missing) for Training, incomplete credentials, a bad latlong or a bad profile.
    Result<eko::EkoConfig> buildConfig(const EkoCredentials& credentials, const QString& latLong,
                                       Purpose purpose = Purpose::Counter) const;

    // Translated names of the credential fields still empty ("Developer key", "Access key", …).
    static QStringList missingCredentials(const EkoCredentials& credentials);
};

} // namespace saathi
