// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/kiosk/PinLockout.h"
#include "core/util/Error.h"

#include <QFutureWatcher>
#include <QObject>

namespace saathi {

// Checks and sets one PIN (the agent's or the supervisor's) for a screen, with the PBKDF2 work on a worker thread
// so the UI thread never waits for it; results come back as signals on this object's thread. One operation at a
// time: while busy() a new one is refused (returns false), so a held Enter key cannot queue up guesses. Every
// check goes through the PIN's lockout, the check before a PIN change too.
class PinService : public QObject
{
    Q_OBJECT
public:
    PinService(AppSettings& settings, const Clock& clock, PinKind kind, QObject* parent = nullptr);
    ~PinService() override;

    bool busy() const;
    const PinLockout& lockout() const { return m_lockout; }

    // Emits checked() later, also when the answer needs no hashing (no PIN set, locked out).
    bool check(const QString& pin);
    // Validates `pin` at once (the Error is meant for the field); otherwise hashes it on a worker and emits stored().
    Error store(const QString& pin);

Q_SIGNALS:
    void checked(saathi::PinLockout::Attempt attempt);
    void stored();

private:
    AppSettings& m_settings;
    PinLockout m_lockout;
    QFutureWatcher<bool> m_verify;
    QFutureWatcher<QString> m_hash;
    bool m_deciding = false;
};

} // namespace saathi
