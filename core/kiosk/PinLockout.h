// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QtGlobal>

class QString;

namespace saathi {

class AppSettings;
class Clock;

// The unlock PIN with a lockout (security.md K-2): after kMaxAttempts wrong PINs in a row, every PIN — the right
// one too — is refused until kLockoutMs have passed on the injected clock. The count lives in the settings, so a
// restart does not reset it. A correct PIN outside a lockout resets the count.
class PinLockout
{
public:
    enum class Verdict { Unlocked, WrongPin, LockedOut, NoPinSet };
    struct Attempt
    {
        Verdict verdict = Verdict::WrongPin;
        int attemptsLeft = 0;
        qint64 lockedUntilMs = 0;
    };

    static constexpr int kMaxAttempts = 10;
    static constexpr qint64 kLockoutMs = 30 * 60 * 1000;

    PinLockout(AppSettings& settings, const Clock& clock);

    Attempt tryPin(const QString& pin);
    bool isLockedOut() const;
    qint64 lockedUntilMs() const; // 0 unless locked out
    int attemptsLeft() const;

private:
    AppSettings& m_settings;
    const Clock& m_clock;
};

} // namespace saathi
