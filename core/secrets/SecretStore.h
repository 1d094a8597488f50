// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QObject>
#include <QString>

namespace saathi {

struct SecretResult
{
    QString key;
    QString value; // for reads; the caller wipes it when done
    bool notFound = false;
    Error error; // set on failure (notFound is not an error)
    bool ok() const { return error.isNull(); }
};

// One keychain operation; emits finished() exactly once, then deletes itself.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void finished(const saathi::SecretResult& result);
};

// Where credentials live: the OS keychain (KeychainSecretStore), never a plain file. Asynchronous, because a
// keychain may prompt or be slow; the UI thread never waits for it.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual SecretJob* read(const QString& key) = 0;
    virtual SecretJob* write(const QString& key, const QString& value) = 0;
    virtual SecretJob* remove(const QString& key) = 0;
};

} // namespace saathi

Q_DECLARE_METATYPE(saathi::SecretResult)
