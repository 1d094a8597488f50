// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "settings/EnvironmentProfile.h"

#include "crypto/AadhaarCipher.h"
#include "secrets/EkoCredentialStore.h"
#include "validation/FieldValidators.h"

#include <QCoreApplication>

namespace saathi {

QUrl EnvironmentProfile::defaultBaseUrl(EkoEnvironment env)
{
    switch (env) {
    case EkoEnvironment::Uat:
        return QUrl(QStringLiteral("https://staging.eko.in/ekoapi"));
    case EkoEnvironment::Production:
        return QUrl(QStringLiteral("https://api.eko.in:25002/ekoicici"));
    case EkoEnvironment::Training:
        break;
    }
    return {};
}

EnvironmentProfile EnvironmentProfile::forEnvironment(EkoEnvironment env)
{
    return EnvironmentProfile {env, defaultBaseUrl(env), publishedAadhaarKey(env)};
}

QStringList EnvironmentProfile::missingCredentials(const eko::EkoCredentials& c)
{
    QStringList missing;
    if (c.developerKey.trimmed().isEmpty()) {
        missing << QCoreApplication::translate("Settings", "Developer key");
    }
    if (c.accessKey.trimmed().isEmpty()) {
        missing << QCoreApplication::translate("Settings", "Access key");
    }
    if (c.initiatorId.trimmed().isEmpty()) {
        missing << QCoreApplication::translate("Settings", "Initiator ID");
    }
    if (c.userCode.trimmed().isEmpty()) {
        missing << QCoreApplication::translate("Settings", "User code");
    }
    return missing;
}

Result<eko::EkoConfig> EnvironmentProfile::buildConfig(const eko::EkoCredentials& credentials,
                                                       const QString& latLong) const
{
    if (!needsCredentials() || !baseUrl.isValid() || baseUrl.isEmpty()) {
        return Error {QStringLiteral("settings.training_profile"),
                      QCoreApplication::translate("Settings",
                                                  "Training mode uses the built-in sandbox; it needs no Eko "
                                                  "server settings."),
                      environmentName(environment)};
    }
    if (Error e = EkoCredentialStore::check(credentials); !e.isNull()) {
        return e;
    }
    const ValidationResult location = validate::latLong(latLong);
    if (!location.valid) {
        return Error {QStringLiteral("settings.bad_latlong"), location.message, {}};
    }
    Result<AadhaarCipher> cipher = AadhaarCipher::fromPublicKey(aadhaarPublicKey);
    if (!cipher) {
        return cipher.error();
    }
    eko::EkoConfig config;
    config.baseUrl = baseUrl;
    config.credentials = {credentials.developerKey.trimmed(), credentials.accessKey.trimmed(),
                          credentials.initiatorId.trimmed(), credentials.userCode.trimmed()};
    config.latLong = location.normalized;
    config.aadhaarCipher = cipher.value();
    return config;
}

} // namespace saathi
