// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/secrets/KeychainSecretStore.h"

#include "core/crypto/SecureBytes.h"
#include "core/logging/LogCategories.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace saathi {

namespace {

Error keychainError(QKeychain::Error code, const QString& detail)
{
    QString message;
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        message = QCoreApplication::translate("Secrets",
                                              "No secure keychain is available on this computer, so the "
                                              "credentials cannot be saved. Saathi never keeps them in a "
                                              "plain file. Start the desktop's keyring (for example GNOME "
                                              "Keyring) and try again.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        message = QCoreApplication::translate("Secrets",
                                              "The keychain refused access. Unlock the keyring and try "
                                              "again.");
        break;
    default:
        message = QCoreApplication::translate("Secrets",
                                              "The keychain could not complete the request. Unlock the "
                                              "keyring and try again.");
        break;
    }
    return Error {QStringLiteral("secrets.keychain_%1").arg(int(code)), message, detail};
}

// Runs one QtKeychain job and turns its end into a SecretResult.
template<typename KJob>
SecretJob* wrap(KJob* kjob, const QString& key, QObject* parent, bool isRead)
{
    auto* job = new SecretJob(parent);
    kjob->setAutoDelete(true);
    kjob->setInsecureFallback(false);
    kjob->setKey(key);
    QObject::connect(kjob, &QKeychain::Job::finished, job, [job, key, isRead](QKeychain::Job* done) {
        SecretResult result;
        result.key = key;
        if (done->error() == QKeychain::EntryNotFound) {
            result.notFound = true;
        } else if (done->error() != QKeychain::NoError) {
            result.error = keychainError(done->error(), done->errorString());
            qCWarning(lcSecrets) << "keychain" << key << "failed:" << done->errorString();
        } else if (isRead) {
            result.value = static_cast<QKeychain::ReadPasswordJob*>(done)->textData();
        }
        Q_EMIT job->finished(result);
        secureWipe(result.value);
        job->deleteLater();
    });
    kjob->start();
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

SecretJob* KeychainSecretStore::read(const QString& key)
{
    return wrap(new QKeychain::ReadPasswordJob(m_service), key, this, true);
}

SecretJob* KeychainSecretStore::write(const QString& key, const QString& value)
{
    auto* kjob = new QKeychain::WritePasswordJob(m_service);
    kjob->setTextData(value);
    return wrap(kjob, key, this, false);
}

SecretJob* KeychainSecretStore::remove(const QString& key)
{
    return wrap(new QKeychain::DeletePasswordJob(m_service), key, this, false);
}

} // namespace saathi
