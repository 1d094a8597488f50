// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/secrets/CustomerTokenKeyStore.h"

#include <QCoreApplication>

namespace saathi {

namespace {

Result<CustomerTokenizer> fromStored(QString base64)
{
    QByteArray encoded = base64.toLatin1();
    secureWipe(base64);
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    secureWipe(encoded);
    if (!decoded) {
        return CustomerTokenizer::fromKey(SecureBytes()); // the "damaged" error
    }
    const SecureBytes key(decoded.decoded);
    secureWipe(decoded.decoded);
    return CustomerTokenizer::fromKey(key);
}

} // namespace

void CustomerTokenKeyStore::loadOrCreate(QObject* context, LoadCallback done)
{
    SecretJob* job = m_store.read(key());
    // The store outlives its jobs; this value object need not (it is made on the stack by callers).
    SecretStore* store = &m_store;
    QObject::connect(job, &SecretJob::finished, context, [store, context, done](const SecretResult& r) {
        if (!r.ok()) {
            done(r.error);
        } else if (r.notFound) {
            createKey(*store, context, done);
        } else {
            done(fromStored(r.value));
        }
    });
}

void CustomerTokenKeyStore::createKey(SecretStore& store, QObject* context, LoadCallback done)
{
    const SecureBytes key = CustomerTokenizer::generateKey();
    if (key.isEmpty()) {
        done(Error {QStringLiteral("token.no_random"),
                    QCoreApplication::translate("CustomerToken", "This computer could not make a secure key."),
                    QStringLiteral("RAND_bytes failed")});
        return;
    }
    QByteArray raw = key.toByteArray();
    QString encoded = QString::fromLatin1(raw.toBase64());
    secureWipe(raw);
    SecretJob* job = store.write(CustomerTokenKeyStore::key(), encoded);
    secureWipe(encoded);
    QObject::connect(job, &SecretJob::finished, context, [key, done](const SecretResult& r) {
        if (!r.ok()) {
            done(r.error);
            return;
        }
        done(CustomerTokenizer::fromKey(key));
    });
}

} // namespace saathi
