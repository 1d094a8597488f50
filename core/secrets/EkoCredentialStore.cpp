// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/secrets/EkoCredentialStore.h"

#include "core/crypto/SecureBytes.h"
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace saathi {

namespace {
Error fieldError(const char* text)
{
    return Error {QStringLiteral("secrets.bad_credentials"), QCoreApplication::translate("Secrets", text), {}};
}
} // namespace

QString EkoCredentialStore::keyFor(EkoEnvironment env)
{
    return QStringLiteral("eko/%1/credentials").arg(environmentName(env));
}

Error EkoCredentialStore::check(const EkoCredentials& c, UserCode userCode)
{
    if (c.developerKey.trimmed().isEmpty()) {
        return fieldError(QT_TRANSLATE_NOOP("Secrets", "Enter the developer key Eko gave you."));
    }
    if (c.accessKey.trimmed().isEmpty()) {
        return fieldError(QT_TRANSLATE_NOOP("Secrets", "Enter the access key (authenticator password) Eko gave you."));
    }
    if (!validate::mobile(c.initiatorId).valid) {
        return fieldError(
            QT_TRANSLATE_NOOP("Secrets", "The initiator ID is the partner's registered 10-digit mobile number."));
    }
    if (userCode == UserCode::Required && c.userCode.trimmed().isEmpty()) {
        return fieldError(QT_TRANSLATE_NOOP("Secrets", "Enter the agent's user code (8 digits, from onboarding)."));
    }
    return {};
}

void EkoCredentialStore::load(EkoEnvironment env, QObject* context, LoadCallback done)
{
    SecretJob* job = m_store.read(keyFor(env));
    QObject::connect(job, &SecretJob::finished, context, [done](const SecretResult& r) {
        if (!r.ok()) {
            done(r.error, false);
            return;
        }
        if (r.notFound) {
            done(EkoCredentials {}, false);
            return;
        }
        QByteArray json = r.value.toUtf8();
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        secureWipe(json);
        EkoCredentials c {
            o.value(QStringLiteral("developer_key")).toString(), o.value(QStringLiteral("access_key")).toString(),
            o.value(QStringLiteral("initiator_id")).toString(), o.value(QStringLiteral("user_code")).toString()};
        const Error invalid = check(c, UserCode::Optional); // going live saves the keys before onboarding
        if (!invalid.isNull()) {
            done(Error {QStringLiteral("secrets.credentials_damaged"),
                        QCoreApplication::translate("Secrets",
                                                    "The saved Eko credentials are incomplete. Enter them "
                                                    "again in Settings."),
                        invalid.userMessage},
                 true);
            return;
        }
        done(c, true);
    });
}

void EkoCredentialStore::save(EkoEnvironment env, const EkoCredentials& c, QObject* context, SaveCallback done)
{
    const Error invalid = check(c, UserCode::Optional);
    if (!invalid.isNull()) {
        // Callbacks always come from the event loop, never from inside save().
        QTimer::singleShot(0, context, [done, invalid] { done(invalid); });
        return;
    }
    QByteArray json = QJsonDocument(QJsonObject {{QStringLiteral("developer_key"), c.developerKey.trimmed()},
                                                 {QStringLiteral("access_key"), c.accessKey.trimmed()},
                                                 {QStringLiteral("initiator_id"), c.initiatorId.trimmed()},
                                                 {QStringLiteral("user_code"), c.userCode.trimmed()}})
                          .toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(json);
    secureWipe(json);
    SecretJob* job = m_store.write(keyFor(env), text);
    secureWipe(text);
    QObject::connect(job, &SecretJob::finished, context, [done](const SecretResult& r) { done(r.error); });
}

void EkoCredentialStore::remove(EkoEnvironment env, QObject* context, SaveCallback done)
{
    SecretJob* job = m_store.remove(keyFor(env));
    QObject::connect(job, &SecretJob::finished, context, [done](const SecretResult& r) { done(r.error); });
}

} // namespace saathi
