// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "kiosk/PinLockout.h"

#include "settings/AppSettings.h"
#include "util/Clock.h"

#include <QLoggingCategory>

namespace saathi {

namespace {
Q_LOGGING_CATEGORY(lcKiosk, "saathi.kiosk")
}

PinLockout::PinLockout(AppSettings& settings, const Clock& clock)
    : m_settings(settings)
    , m_clock(clock)
{
}

bool PinLockout::isLockedOut() const
{
    return m_settings.pinLockedUntilMs() > m_clock.nowMs();
}

qint64 PinLockout::lockedUntilMs() const
{
    return isLockedOut() ? m_settings.pinLockedUntilMs() : 0;
}

int PinLockout::attemptsLeft() const
{
    if (isLockedOut()) {
        return 0;
    }
    const int failed = m_settings.pinLockedUntilMs() > 0 ? 0 : m_settings.failedPinAttempts();
    return qMax(0, kMaxAttempts - failed);
}

PinLockout::Attempt PinLockout::tryPin(const QString& pin)
{
    if (!m_settings.hasPin()) {
        return {Verdict::NoPinSet, kMaxAttempts, 0};
    }
    if (isLockedOut()) {
        return {Verdict::LockedOut, 0, m_settings.pinLockedUntilMs()};
    }
    // A lockout that has run out starts a fresh count.
    int failed = m_settings.pinLockedUntilMs() > 0 ? 0 : m_settings.failedPinAttempts();
    if (m_settings.verifyPin(pin)) {
        m_settings.setPinLockout(0, 0);
        return {Verdict::Unlocked, kMaxAttempts, 0};
    }
    ++failed;
    if (failed >= kMaxAttempts) {
        const qint64 until = m_clock.nowMs() + kLockoutMs;
        m_settings.setPinLockout(failed, until);
        qCWarning(lcKiosk, "unlock PIN wrong %d times: locked for %lld min", failed,
                  static_cast<long long>(kLockoutMs / 60000));
        return {Verdict::LockedOut, 0, until};
    }
    m_settings.setPinLockout(failed, 0);
    qCInfo(lcKiosk, "wrong unlock PIN (%d of %d)", failed, kMaxAttempts);
    return {Verdict::WrongPin, kMaxAttempts - failed, 0};
}

} // namespace saathi
