// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/settings/AppSettings.h"
#include "core/util/Clock.h"
#include "ui/kiosk/InactivityWatcher.h"
#include "ui/kiosk/KioskController.h"
#include "ui/kiosk/LockScreen.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::ui;

namespace {
// A window that shows a customer's data, as a transaction screen would.
class CounterWindow : public QMainWindow
{
public:
    KioskController* kiosk = nullptr;
    QLabel* customer = nullptr;
    CounterWindow()
    {
        customer = new QLabel(QStringLiteral("Customer XXXX XXXX 7058, balance ₹ 12,500"), this);
        customer->setObjectName(QStringLiteral("customerLabel"));
        setCentralWidget(customer);
        resize(800, 600);
    }

protected:
    void closeEvent(QCloseEvent* event) override
    {
        if (kiosk->handleCloseEvent(event)) {
            QMainWindow::closeEvent(event);
        }
    }
};

void typePin(LockScreen* lock, const QString& pin)
{
    auto* edit = lock->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, pin);
    QTest::keyClick(edit, Qt::Key_Return);
    // The PIN is checked on a worker; the button is off until the answer is on screen.
    auto* unlock = lock->findChild<QPushButton*>(QStringLiteral("unlockButton"));
    QTRY_VERIFY(unlock->isEnabled());
}
} // namespace

class TestLockScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void idleLocksHidesCustomerDataAndLocksOutAfterTenWrongPins()
    {
        QSettings ini(m_dir.filePath(QStringLiteral("lock.ini")), QSettings::IniFormat);
        ini.clear();
        AppSettings settings(ini);
        QVERIFY(settings.setPin(QStringLiteral("2580")).isNull());
        QVERIFY(settings.setKiosk({false, 3}).isNull());
        ManualClock clock;
        CounterWindow window;
        KioskController kiosk(settings, clock, &window);
        window.kiosk = &kiosk;
        kiosk.inactivityWatcher()->setCheckIntervalMs(5);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LockScreen* lock = kiosk.lockScreen();
        QSignalSpy locked(lock, &LockScreen::locked);

        clock.advanceMs(2 * 60 * 1000); // not yet
        QTest::qWait(30);
        QVERIFY(!lock->isLocked());
        QTest::mouseMove(window.customer); // activity restarts the count
        clock.advanceMs(2 * 60 * 1000);
        QTest::qWait(30);
        QVERIFY(!lock->isLocked());
        clock.advanceMs(61 * 1000);
        QTRY_VERIFY(lock->isLocked());
        QCOMPARE(locked.count(), 1);
        QVERIFY(lock->isVisible());
        QCOMPARE(lock->geometry(), window.rect());
        QVERIFY(!window.customer->isVisible()); // nothing of the customer on screen

        for (int i = 0; i < 9; ++i) {
            typePin(lock, QStringLiteral("1111"));
        }
        auto* message = lock->findChild<QLabel*>(QStringLiteral("lockMessageLabel"));
        QVERIFY2(message->text().contains(QLatin1Char('1')), qPrintable(message->text()));
        typePin(lock, QStringLiteral("1111")); // the tenth
        QVERIFY2(message->text().contains(QStringLiteral("locked until")), qPrintable(message->text()));
        typePin(lock, QStringLiteral("2580")); // right PIN, but locked out
        QVERIFY(lock->isLocked());
        QVERIFY(!window.customer->isVisible());

        clock.advanceMs(30 * 60 * 1000 + 1000);
        QSignalSpy unlocked(lock, &LockScreen::unlocked);
        typePin(lock, QStringLiteral("2580"));
        QTRY_COMPARE(unlocked.count(), 1);
        QVERIFY(!lock->isLocked());
        QVERIFY(!lock->isVisible());
        QVERIFY(window.customer->isVisible());
        QVERIFY(kiosk.inactivityWatcher()->isActive()); // the idle lock is armed again
    }

    void kioskIgnoresCloseUntilTheSupervisorPinIsGiven()
    {
        QSettings ini(m_dir.filePath(QStringLiteral("kiosk.ini")), QSettings::IniFormat);
        ini.clear();
        AppSettings settings(ini);
        QVERIFY(settings.setPin(QStringLiteral("2580")).isNull());
        QVERIFY(settings.setSupervisorPin(QStringLiteral("97531")).isNull());
        QVERIFY(settings.setKiosk({true, 5}).isNull());
        ManualClock clock;
        CounterWindow window;
        KioskController kiosk(settings, clock, &window);
        window.kiosk = &kiosk;
        window.show();
        QVERIFY(kiosk.kioskEnabled());
        QVERIFY(window.windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(window.windowState().testFlag(Qt::WindowFullScreen));

        QSignalSpy refused(&kiosk, &KioskController::closeRefused);
        QVERIFY(!window.close()); // Alt+F4 / the close button end here
        QCOMPARE(refused.count(), 1);
        QVERIFY(window.isVisible());
        LockScreen* lock = kiosk.lockScreen();
        QVERIFY(lock->isVisible());

        typePin(lock, QStringLiteral("2580")); // the agent's PIN is not the supervisor's
        QVERIFY(window.isVisible());

        // The supervisor's PIN has a lockout of its own: 10 wrong ones (the agent's was the first) refuse even the
        // right one for 30 minutes, also after a restart, and leave the agent's count alone.
        auto* message = lock->findChild<QLabel*>(QStringLiteral("lockMessageLabel"));
        for (int i = 1; i < 10; ++i) {
            typePin(lock, QStringLiteral("1111"));
        }
        QVERIFY2(message->text().contains(QStringLiteral("Try again after")), qPrintable(message->text()));
        typePin(lock, QStringLiteral("97531"));
        QVERIFY(window.isVisible());
        QCOMPARE(settings.failedPinAttempts(PinKind::Agent), 0);
        AppSettings reopened(ini);
        QCOMPARE(reopened.failedPinAttempts(PinKind::Supervisor), 10);
        QVERIFY(reopened.pinLockedUntilMs(PinKind::Supervisor) > clock.nowMs());

        clock.advanceMs(30 * 60 * 1000 + 1000);
        typePin(lock, QStringLiteral("97531"));
        QTRY_VERIFY(!window.isVisible());
    }

    void outsideKioskModeCloseIsAccepted()
    {
        QSettings ini(m_dir.filePath(QStringLiteral("plain.ini")), QSettings::IniFormat);
        ini.clear();
        AppSettings settings(ini);
        ManualClock clock;
        CounterWindow window;
        KioskController kiosk(settings, clock, &window);
        window.kiosk = &kiosk;
        window.show();
        QVERIFY(window.close());
    }
};

QTEST_MAIN(TestLockScreen)
#include "TestLockScreen.moc"
