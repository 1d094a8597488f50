// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/settings/AppSettings.h"

#include <QString>
#include <QtGlobal>

namespace saathi {

class Clock;

// A PIN with a lockout (security.md K-2): after kMaxAttempts wrong PINs in a row, every PIN — the right one too —
// is refused until kLockoutMs have passed on the injected clock. The count lives in the settings, so a restart does
// not reset it. A correct PIN outside a lockout resets the count. The agent's and the supervisor's PIN each have
// their own count; the supervisor's falls back to the agent's PIN while no supervisor PIN is set.
//
// PBKDF2 takes tens of milliseconds, too long for the UI thread: begin() and finish() split an attempt around the
// hash comparison so it can run on a worker (PinChecker); tryPin() is the synchronous whole.
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
    struct Start
    {
        bool decided = false; // no PIN set, or locked out: `attempt` is the answer and no hash is compared
        Attempt attempt;
        QString storedHash; // compare the typed PIN with this (pin::verify) and pass the result to finish()
    };

    static constexpr int kMaxAttempts = 10;
    static constexpr qint64 kLockoutMs = 30 * 60 * 1000;

    PinLockout(AppSettings& settings, const Clock& clock, PinKind kind = PinKind::Agent);

    Start begin() const;
    Attempt finish(bool matched);
    Attempt tryPin(const QString& pin);

    PinKind kind() const { return m_kind; }
    bool hasPin() const;
    bool isLockedOut() const;
    qint64 lockedUntilMs() const; // 0 unless locked out
    int attemptsLeft() const;

private:
    QString storedHash() const;
    int failedSoFar() const;

    AppSettings& m_settings;
    const Clock& m_clock;
    PinKind m_kind;
};

} // namespace saathi
