// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "crypto/EkoPublicKeys.h"
#include "eko/EkoConfig.h"
#include "util/Error.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace saathi {

// What one Eko environment is (reference eko-api.md §1.1, §2.4): UAT is https://staging.eko.in/ekoapi with
// published key B, production https://api.eko.in:25002/ekoicici with key A. Training has neither: the embedded
// sandbox supplies its address and key at run time (app/TrainingEnvironment).
struct EnvironmentProfile
{
    EkoEnvironment environment = EkoEnvironment::Training;
    QUrl baseUrl; // empty for Training
    QByteArray aadhaarPublicKey; // base64 DER; empty for Training

    bool needsCredentials() const { return environment != EkoEnvironment::Training; }

    static EnvironmentProfile forEnvironment(EkoEnvironment env);
    static QUrl defaultBaseUrl(EkoEnvironment env);

    // A client configuration from the keychain's credentials and the shop's location. Fails (with a message
    // naming what is missing) for Training, incomplete credentials or a bad latlong.
    Result<eko::EkoConfig> buildConfig(const eko::EkoCredentials& credentials, const QString& latLong) const;

    // Translated names of the credential fields still empty ("Developer key", "Access key", …).
    static QStringList missingCredentials(const eko::EkoCredentials& credentials);
};

} // namespace saathi
