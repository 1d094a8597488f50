// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/setup/CredentialsCheck.h"

#include "core/eko/AgentOperations.h"
#include "core/eko/EkoClient.h"
#include "core/logging/LogCategories.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/setup/SetupClient.h"
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

namespace saathi::setup {

namespace {

using Field = CredentialsCheck::Field;

Field profileField(const Error& e)
{
    if (e.code == QLatin1String("settings.bad_base_url") || e.code == QLatin1String("settings.plain_http")) {
        return Field::BaseUrl;
    }
    if (e.code == QLatin1String("settings.bad_ca_file")) {
        return Field::CaFile;
    }
    if (e.code == QLatin1String("settings.bad_key_file")) {
        return Field::KeyFile;
    }
    if (e.code.startsWith(QLatin1String("eko."))) {
        return Field::CatalogueFile; // the catalogue file would not load
    }
    return Field::None;
}

// Eko's words first (they are what Eko's support will ask for), then what to check.
QString withEkoText(const QString& ekoText, const QString& advice)
{
    return ekoText.isEmpty()
        ? advice
        : QCoreApplication::translate("Setup", "Eko says: “%1”.").arg(ekoText) + QLatin1Char(' ') + advice;
}

} // namespace

CredentialsCheck::CredentialsCheck(const GoLiveContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    qRegisterMetaType<Result>();
}

CredentialsCheck::~CredentialsCheck() = default;

CredentialsCheck::Result CredentialsCheck::checkFields(const EkoCredentials& c, const EnvironmentProfile& profile)
{
    Result r;
    r.error = EkoCredentialStore::check(c, EkoCredentialStore::UserCode::Optional);
    if (!r.error.isNull()) {
        r.field = c.developerKey.trimmed().isEmpty() ? Field::DeveloperKey
            : c.accessKey.trimmed().isEmpty()        ? Field::AccessKey
                                                     : Field::InitiatorId;
        return r;
    }
    if (!profile.needsCredentials()) {
        r.error = Error {QStringLiteral("setup.training"),
                         QCoreApplication::translate("Setup", "Choose UAT or production to go live."),
                         {}};
        return r;
    }
    r.error = profile.check();
    r.field = profileField(r.error);
    return r;
}

void CredentialsCheck::start(EkoEnvironment env, const EkoCredentials& credentials)
{
    start(env, credentials, EnvironmentProfile::fromSettings(m_context.settings, env));
}

void CredentialsCheck::start(EkoEnvironment env, const EkoCredentials& credentials, const EnvironmentProfile& profile)
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    m_env = env;
    m_credentials = credentials;
    m_profile = profile;
    m_profile.environment = env;
    if (Result invalid = checkFields(m_credentials, m_profile); !invalid.accepted()) {
        // Answers always come from the event loop, never from inside start().
        QTimer::singleShot(0, this, [this, invalid] { finish(invalid); });
        return;
    }
    Error error;
    m_client = SetupClient::create(m_context, m_profile, m_credentials, EnvironmentProfile::Purpose::CredentialsCheck,
                                   this, &error);
    if (!m_client) {
        QTimer::singleShot(0, this, [this, error] { finish(Result {error, profileField(error), {}}); });
        return;
    }
    eko::AgentOperations ops(*m_client);
    connect(ops.services(), &eko::EkoJob::finished, this, &CredentialsCheck::answered);
}

void CredentialsCheck::answered(const eko::EkoResponse& response)
{
    if (m_client) {
        m_client->deleteLater();
    }
    const QString said = SetupClient::ekoText(response);
    const bool withUserCode = !m_credentials.userCode.trimmed().isEmpty();
    Result r;
    if (qAbs(response.clockSkewMs) > 60 * 1000
        && (response.httpStatus == 401 || response.httpStatus == 402 || response.httpStatus == 403)) {
        r.field = Field::AccessKey;
        r.error = Error {QStringLiteral("setup.clock_skew"),
                         withEkoText(said,
                                     QCoreApplication::translate(
                                         "Setup",
                                         "This computer's clock is %1 minutes away from Eko's. Set the date and "
                                         "time automatically in Windows, then check again.")
                                         .arg(qAbs(response.clockSkewMs) / 60000)),
                         response.error.detail};
    } else if (response.httpStatus == 402) {
        r.field = Field::DeveloperKey;
        r.error = Error {QStringLiteral("setup.developer_key_refused"),
                         withEkoText(said,
                                     QCoreApplication::translate(
                                         "Setup",
                                         "Check the developer key Eko gave you. A proxy that drops headers with "
                                         "underscores can also cause this.")),
                         response.error.detail};
    } else if (response.httpStatus == 401 || response.httpStatus == 403) {
        r.field = Field::AccessKey;
        r.error = Error {QStringLiteral("setup.signature_refused"),
                         withEkoText(said,
                                     QCoreApplication::translate(
                                         "Setup",
                                         "Check the developer key and the access key, and that this computer's date "
                                         "and time are set automatically. Eko also refuses a computer whose "
                                         "internet address it has not whitelisted: ask Eko to whitelist this "
                                         "shop's IP address.")),
                         response.error.detail};
    } else if (response.httpStatus == 404) {
        r.field = Field::BaseUrl;
        r.error = response.error;
    } else if (response.httpStatus == 200 && response.hasEnvelope) {
        const int status = response.envelope.status;
        if (status == 319) {
            r.field = Field::InitiatorId;
            r.error = Error {QStringLiteral("setup.initiator_unknown"),
                             withEkoText(said,
                                         QCoreApplication::translate(
                                             "Setup",
                                             "Enter the partner's registered mobile number exactly as Eko has "
                                             "it.")),
                             response.error.detail};
        } else if (withUserCode && (status == 1297 || status == 463)) {
            r.field = Field::UserCode;
            r.error = Error {
                QStringLiteral("setup.user_code_unknown"),
                withEkoText(said,
                            QCoreApplication::translate("Setup", "Check the user code, or onboard the agent instead.")),
                response.error.detail};
        } else if (withUserCode && response.outcome != eko::Outcome::Success) {
            r.error = response.error;
        }
        // Without a user_code any other envelope means the gateway accepted the signature: the keys are right.
    } else {
        r.error = response.error; // transport, TLS, 5xx, an HTML page: the message says what to check
        if (r.error.code == QLatin1String("eko.tls_failed") && !m_profile.caFile.isEmpty()) {
            r.field = Field::CaFile;
        }
    }
    qCInfo(lcEko) << "going live: credentials check for" << environmentName(m_env) << "http" << response.httpStatus
                  << (r.accepted() ? "accepted" : qPrintable(r.error.code));
    if (!r.accepted()) {
        finish(r);
        return;
    }
    save();
}

void CredentialsCheck::save()
{
    m_profile.save(m_context.settings);
    m_context.settings.sync();
    m_context.credentials.load(m_env, this, [this](saathi::Result<EkoCredentials> old, bool found) {
        EkoCredentials toSave = m_credentials;
        const bool samePartner = old && found && old.value().initiatorId.trimmed() == toSave.initiatorId.trimmed();
        if (toSave.userCode.trimmed().isEmpty() && samePartner) {
            toSave.userCode = old.value().userCode; // the agent onboarded earlier stays onboarded
        }
        m_context.credentials.save(m_env, toSave, this, [this, toSave](const Error& error) {
            Result r;
            r.userCode = toSave.userCode.trimmed();
            if (!error.isNull()) {
                r.error = Error {error.code.isEmpty() ? QStringLiteral("setup.keychain") : error.code,
                                 QCoreApplication::translate(
                                     "Setup", "Eko accepted the credentials, but the keychain did not save them: %1")
                                     .arg(error.userMessage),
                                 error.detail};
            }
            finish(r);
        });
    });
}

void CredentialsCheck::finish(Result result)
{
    m_busy = false;
    Q_EMIT finished(result);
}

} // namespace saathi::setup
