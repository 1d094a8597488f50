// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/kiosk/PinLockout.h"

#include "core/settings/PinHash.h"
#include "core/util/Clock.h"

#include <QLoggingCategory>

namespace saathi {

namespace {
Q_LOGGING_CATEGORY(lcKiosk, "saathi.kiosk")

const char* nameOf(PinKind kind)
{
    return kind == PinKind::Agent ? "unlock" : "supervisor";
}
} // namespace

PinLockout::PinLockout(AppSettings& settings, const Clock& clock, PinKind kind)
    : m_settings(settings)
    , m_clock(clock)
    , m_kind(kind)
{
}

QString PinLockout::storedHash() const
{
    const QString own = m_settings.pinHash(m_kind);
    return own.isEmpty() && m_kind == PinKind::Supervisor ? m_settings.pinHash(PinKind::Agent) : own;
}

bool PinLockout::hasPin() const
{
    return !storedHash().isEmpty();
}

bool PinLockout::isLockedOut() const
{
    return m_settings.pinLockedUntilMs(m_kind) > m_clock.nowMs();
}

qint64 PinLockout::lockedUntilMs() const
{
    return isLockedOut() ? m_settings.pinLockedUntilMs(m_kind) : 0;
}

int PinLockout::failedSoFar() const
{
    // A lockout that has run out starts a fresh count.
    return m_settings.pinLockedUntilMs(m_kind) > 0 ? 0 : m_settings.failedPinAttempts(m_kind);
}

int PinLockout::attemptsLeft() const
{
    return isLockedOut() ? 0 : qMax(0, kMaxAttempts - failedSoFar());
}

PinLockout::Start PinLockout::begin() const
{
    Start start;
    start.storedHash = storedHash();
    if (start.storedHash.isEmpty()) {
        start.decided = true;
        start.attempt = {Verdict::NoPinSet, kMaxAttempts, 0};
    } else if (isLockedOut()) {
        start.decided = true;
        start.attempt = {Verdict::LockedOut, 0, m_settings.pinLockedUntilMs(m_kind)};
    }
    return start;
}

PinLockout::Attempt PinLockout::finish(bool matched)
{
    if (isLockedOut()) {
        // Locked while the hash was being compared (another attempt in between): the lockout wins.
        return {Verdict::LockedOut, 0, m_settings.pinLockedUntilMs(m_kind)};
    }
    int failed = failedSoFar();
    if (matched) {
        m_settings.setPinLockout(0, 0, m_kind);
        return {Verdict::Unlocked, kMaxAttempts, 0};
    }
    ++failed;
    if (failed >= kMaxAttempts) {
        const qint64 until = m_clock.nowMs() + kLockoutMs;
        m_settings.setPinLockout(failed, until, m_kind);
        qCWarning(lcKiosk, "%s PIN wrong %d times: locked for %lld min", nameOf(m_kind), failed,
                  static_cast<long long>(kLockoutMs / 60000));
        return {Verdict::LockedOut, 0, until};
    }
    m_settings.setPinLockout(failed, 0, m_kind);
    qCInfo(lcKiosk, "wrong %s PIN (%d of %d)", nameOf(m_kind), failed, kMaxAttempts);
    return {Verdict::WrongPin, kMaxAttempts - failed, 0};
}

PinLockout::Attempt PinLockout::tryPin(const QString& pin)
{
    const Start start = begin();
    if (start.decided) {
        return start.attempt;
    }
    return finish(pin::verify(pin, start.storedHash));
}

} // namespace saathi
