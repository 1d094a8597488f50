// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/settings/EnvironmentProfile.h"

#include "core/crypto/AadhaarCipher.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSslCertificate>

namespace saathi {

namespace {

Error profileError(const char* code, const char* text, const QString& detail)
{
    return Error {QString::fromLatin1(code), QCoreApplication::translate("Settings", text), detail};
}

// The catalogue file setting of earlier versions applied to every environment (README's migration note).
const QString kLegacyCatalogueKey = QStringLiteral("eko/catalogue");

} // namespace

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

QString EnvironmentProfile::displayName(EkoEnvironment env)
{
    switch (env) {
    case EkoEnvironment::Uat:
        return QCoreApplication::translate("Settings", "Eko UAT");
    case EkoEnvironment::Production:
        return QCoreApplication::translate("Settings", "Eko production");
    case EkoEnvironment::Training:
        break;
    }
    return QCoreApplication::translate("Settings", "Training");
}

QString EnvironmentProfile::settingsKey(EkoEnvironment env, const char* name)
{
    return QStringLiteral("eko/%1/%2").arg(environmentName(env), QLatin1String(name));
}

EnvironmentProfile EnvironmentProfile::forEnvironment(EkoEnvironment env)
{
    EnvironmentProfile profile;
    profile.environment = env;
    profile.baseUrl = defaultBaseUrl(env);
    profile.aadhaarPublicKey = publishedAadhaarKey(env);
    return profile;
}

EnvironmentProfile EnvironmentProfile::fromSettings(const QSettings& settings, EkoEnvironment env)
{
    EnvironmentProfile profile = forEnvironment(env);
    if (!profile.needsCredentials()) {
        return profile;
    }
    const QString base = settings.value(settingsKey(env, "base_url")).toString().trimmed();
    if (!base.isEmpty()) {
        profile.baseUrl = QUrl(base);
    }
    profile.caFile = settings.value(settingsKey(env, "ca_file")).toString().trimmed();
    profile.aadhaarPublicKeyFile = settings.value(settingsKey(env, "aadhaar_public_key_file")).toString().trimmed();
    profile.catalogueFile
        = settings.value(settingsKey(env, "catalogue_file"), settings.value(kLegacyCatalogueKey)).toString().trimmed();
    profile.pinSpki = settings.value(settingsKey(env, "pin_spki"), false).toBool();
    return profile;
}

void EnvironmentProfile::save(QSettings& settings) const
{
    if (!needsCredentials()) {
        return;
    }
    const auto put = [&](const char* name, const QString& value, const QString& fallback) {
        if (value.isEmpty() || value == fallback) {
            settings.remove(settingsKey(environment, name));
        } else {
            settings.setValue(settingsKey(environment, name), value);
        }
    };
    put("base_url", baseUrl.toString(), defaultBaseUrl(environment).toString());
    put("ca_file", caFile, {});
    put("aadhaar_public_key_file", aadhaarPublicKeyFile, {});
    put("catalogue_file", catalogueFile, {});
    if (pinSpki) {
        settings.setValue(settingsKey(environment, "pin_spki"), true);
    } else {
        settings.remove(settingsKey(environment, "pin_spki"));
    }
}

Error EnvironmentProfile::check() const
{
    if (!needsCredentials()) {
        return {};
    }
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        return profileError(
            "settings.bad_base_url",
            QT_TRANSLATE_NOOP("Settings", "The Eko address is not a valid URL, e.g. https://staging.eko.in/ekoapi."),
            baseUrl.toString());
    }
    if (baseUrl.scheme() != QLatin1String("https")) {
        return profileError(
            "settings.plain_http",
            QT_TRANSLATE_NOOP("Settings",
                              "The Eko address must start with https://. Over plain HTTP anyone on the way could read "
                              "the customer's details and change the amount."),
            baseUrl.toString());
    }
    if (!caFile.isEmpty() && QSslCertificate::fromPath(caFile, QSsl::Pem).isEmpty()) {
        return profileError("settings.bad_ca_file",
                            QT_TRANSLATE_NOOP("Settings", "The extra CA file cannot be read as a PEM certificate."),
                            caFile);
    }
    if (!aadhaarPublicKeyFile.isEmpty()) {
        if (const auto cipher = AadhaarCipher::fromPublicKeyFile(aadhaarPublicKeyFile); !cipher) {
            return profileError(
                "settings.bad_key_file",
                QT_TRANSLATE_NOOP("Settings", "The Aadhaar public key file cannot be read as an RSA key."),
                aadhaarPublicKeyFile + QStringLiteral(": ") + cipher.error().detail);
        }
    }
    const auto loaded = catalogue();
    if (!loaded) {
        return loaded.error();
    }
    if (pinSpki && loaded.value().spkiPins(environment).size() < 2) {
        return profileError("settings.no_pins",
                            QT_TRANSLATE_NOOP("Settings",
                                              "Key pinning is on, but the endpoint catalogue lists fewer than two "
                                              "pins (spki_pins) for this environment."),
                            environmentName(environment));
    }
    return {};
}

Result<eko::EndpointCatalogue> EnvironmentProfile::catalogue() const
{
    return catalogueFile.isEmpty() ? eko::EndpointCatalogue::builtIn()
                                   : eko::EndpointCatalogue::fromFile(catalogueFile);
}

QStringList EnvironmentProfile::missingCredentials(const EkoCredentials& c)
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

Result<eko::EkoConfig> EnvironmentProfile::buildConfig(const EkoCredentials& credentials, const QString& latLong,
                                                       Purpose purpose) const
{
    if (!needsCredentials()) {
        return Error {QStringLiteral("settings.training_profile"),
                      QCoreApplication::translate("Settings",
                                                  "Training mode uses the built-in sandbox; it needs no Eko "
                                                  "server settings."),
                      environmentName(environment)};
    }
    if (Error e = check(); !e.isNull()) {
        return e;
    }
    const bool counter = purpose == Purpose::Counter;
    if (Error e = EkoCredentialStore::check(
            credentials, counter ? EkoCredentialStore::UserCode::Required : EkoCredentialStore::UserCode::Optional);
        !e.isNull()) {
        return e;
    }
    eko::EkoConfig config;
    if (counter || !latLong.trimmed().isEmpty()) {
        const ValidationResult location = validate::latLong(latLong);
        if (!location.valid) {
            return Error {QStringLiteral("settings.bad_latlong"), location.message, {}};
        }
        config.latLong = location.normalized;
    }
    Result<AadhaarCipher> cipher = aadhaarPublicKeyFile.isEmpty()
        ? AadhaarCipher::fromPublicKey(aadhaarPublicKey)
        : AadhaarCipher::fromPublicKeyFile(aadhaarPublicKeyFile);
    if (!cipher) {
        return cipher.error();
    }
    config.baseUrl = baseUrl;
    config.credentials = {credentials.developerKey.trimmed(), credentials.accessKey.trimmed(),
                          credentials.initiatorId.trimmed(), credentials.userCode.trimmed()};
    config.aadhaarCipher = cipher.value();
    if (!caFile.isEmpty()) {
        config.extraCaCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    }
    if (const auto endpoints = catalogue()) {
        config.familyBaseUrls = endpoints.value().familyBaseUrls(environment);
        if (pinSpki) {
            config.spkiPins = endpoints.value().spkiPins(environment);
        }
    }
    return config;
}

} // namespace saathi
