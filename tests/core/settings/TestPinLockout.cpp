// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/kiosk/PinLockout.h"
#include "core/settings/AppSettings.h"
#include "core/util/Clock.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

class TestPinLockout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tenWrongPinsLockEvenTheRightOneForThirtyMinutes()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings settings(ini);
        QVERIFY(settings.setPin(QStringLiteral("2468")).isNull());
        ManualClock clock;
        PinLockout lockout(settings, clock);
        for (int i = 1; i < PinLockout::kMaxAttempts; ++i) {
            const auto a = lockout.tryPin(QStringLiteral("0000"));
            QCOMPARE(a.verdict, PinLockout::Verdict::WrongPin);
            QCOMPARE(a.attemptsLeft, PinLockout::kMaxAttempts - i);
        }
        const auto tenth = lockout.tryPin(QStringLiteral("0000"));
        QCOMPARE(tenth.verdict, PinLockout::Verdict::LockedOut);
        QCOMPARE(tenth.lockedUntilMs, clock.nowMs() + PinLockout::kLockoutMs);
        QCOMPARE(lockout.tryPin(QStringLiteral("2468")).verdict, PinLockout::Verdict::LockedOut);

        // A restart does not reset it.
        PinLockout afterRestart(settings, clock);
        QVERIFY(afterRestart.isLockedOut());
        clock.advanceMs(PinLockout::kLockoutMs - 1000);
        QCOMPARE(afterRestart.tryPin(QStringLiteral("2468")).verdict, PinLockout::Verdict::LockedOut);
        clock.advanceMs(2000);
        QVERIFY(!afterRestart.isLockedOut());
        QCOMPARE(afterRestart.attemptsLeft(), PinLockout::kMaxAttempts);
        QCOMPARE(afterRestart.tryPin(QStringLiteral("2468")).verdict, PinLockout::Verdict::Unlocked);
        QCOMPARE(settings.failedPinAttempts(), 0);
    }

    void aCorrectPinResetsTheCount()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings settings(ini);
        QVERIFY(settings.setPin(QStringLiteral("2468")).isNull());
        ManualClock clock;
        PinLockout lockout(settings, clock);
        for (int i = 0; i < 9; ++i) {
            lockout.tryPin(QStringLiteral("1111"));
        }
        QCOMPARE(lockout.attemptsLeft(), 1);
        QCOMPARE(lockout.tryPin(QStringLiteral("2468")).verdict, PinLockout::Verdict::Unlocked);
        QCOMPARE(lockout.attemptsLeft(), PinLockout::kMaxAttempts);
    }

    void withoutAPinThereIsNothingToCheck()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings settings(ini);
        ManualClock clock;
        QCOMPARE(PinLockout(settings, clock).tryPin(QStringLiteral("1234")).verdict, PinLockout::Verdict::NoPinSet);
    }
};

QTEST_GUILESS_MAIN(TestPinLockout)
#include "TestPinLockout.moc"
