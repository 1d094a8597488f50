// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

class QSettings;

namespace saathi::till {

// The people who work the counter, named in Settings, each with their own PIN (kept only as pin::hash). Shared by
// every environment (they are the shop's people); kept in the settings file as `operators/<n>/name` and
// `operators/<n>/pin` (a QSettings array). Errors: till.bad_operator (empty, > 60 characters or taken),
// till.unknown_operator, till.wrong_pin, and pin::check's message for a malformed PIN.
class Operators : public QObject
{
    Q_OBJECT
public:
    explicit Operators(QSettings& settings, QObject* parent = nullptr);

    QStringList names() const;
    bool contains(const QString& name) const;
    Error add(const QString& name, const QString& pin);
    Error remove(const QString& name);
    Error changePin(const QString& name, const QString& oldPin, const QString& newPin);
    // Constant-time; till.unknown_operator / till.wrong_pin.
    Error verify(const QString& name, const QString& pin) const;
    // The same off the calling thread: PBKDF2's 100,000 rounds take longer than a frame, so screens ask this.
    QFuture<Error> verifyLater(const QString& name, const QString& pin) const;

Q_SIGNALS:
    void changed();

private:
    QSettings& m_settings;
};

} // namespace saathi::till
