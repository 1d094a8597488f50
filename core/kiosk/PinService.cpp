// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/kiosk/PinService.h"

#include "core/settings/PinHash.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace saathi {

PinService::PinService(AppSettings& settings, const Clock& clock, PinKind kind, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_lockout(settings, clock, kind)
{
    connect(&m_verify, &QFutureWatcher<bool>::finished, this, [this] {
        const bool matched = m_verify.future().resultCount() > 0 && m_verify.result();
        Q_EMIT checked(m_lockout.finish(matched));
    });
    connect(&m_hash, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_hash.future().resultCount() > 0 && !m_hash.result().isEmpty()) {
            m_settings.setPinHash(m_lockout.kind(), m_hash.result());
            m_settings.sync();
        }
        Q_EMIT stored();
    });
}

// The workers hold only copies of the PIN and hash, so a screen closed mid-check does not wait for them: the
// watchers disconnect and the result is dropped.
PinService::~PinService() = default;

bool PinService::busy() const
{
    return m_deciding || m_verify.isRunning() || m_hash.isRunning();
}

bool PinService::check(const QString& pin)
{
    if (busy()) {
        return false;
    }
    const PinLockout::Start start = m_lockout.begin();
    if (start.decided) {
        m_deciding = true;
        QTimer::singleShot(0, this, [this, attempt = start.attempt] {
            m_deciding = false;
            Q_EMIT checked(attempt);
        });
        return true;
    }
    m_verify.setFuture(QtConcurrent::run([pin, stored = start.storedHash] { return pin::verify(pin, stored); }));
    return true;
}

Error PinService::store(const QString& pin)
{
    if (Error e = pin::check(pin); !e.isNull()) {
        return e;
    }
    if (busy()) {
        return {QStringLiteral("pin.busy"), tr("Please wait: the last PIN is still being checked."), QString()};
    }
    m_hash.setFuture(QtConcurrent::run([pin] { return pin::hash(pin); }));
    return {};
}

} // namespace saathi
