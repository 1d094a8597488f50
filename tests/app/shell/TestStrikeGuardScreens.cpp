// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The agent's strike guard on screen (issue #18), the whole counter offscreen and keyboard only: two fingerprint
// logins refused by the sandbox bring the plain warning and "Test the device" (the login button off); Alt+T opens
// the device wizard's test capture, Enter takes it; back on the daily login page the login is on again with the
// warning still there, and a successful login takes the warning away.
#include "CounterFixture.h"
#include "KeyboardCheck.h"
#include "TestKeys.h"
#include "core/agent/AgentSession.h"
#include "core/agent/StrikeGuard.h"
#include "sandbox/eko/EkoSandbox.h"
#include "ui/device/DeviceWizard.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace saathi;
using test::CounterFixture;

namespace {

constexpr int kWait = 20000;

template<typename T>
T* child(QWidget* root, const char* name)
{
    T* w = root ? root->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!w) {
        qWarning("no widget %s", name);
    }
    return w;
}

// A key where the keyboard's focus is (the page itself when nothing has it).
void press(QWidget* fallback, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
    QTest::keyClick(target, key, modifiers);
}

} // namespace

class TestStrikeGuardScreens : public QObject
{
    Q_OBJECT

    std::unique_ptr<CounterFixture> m_f;

    QWidget* loginPage() { return m_f->page("dailyLogin"); }
    QLabel* warning() { return child<QLabel>(loginPage(), "strikeWarningLabel"); }
    QPushButton* testDevice() { return child<QPushButton>(loginPage(), "testDeviceButton"); }
    QPushButton* loginButton() { return child<QPushButton>(loginPage(), "loginButton"); }

    // The Aadhaar typed afresh and Enter; waits until the bank's answer is on the page.
    bool failLogin(int streakAfter)
    {
        auto* aadhaar = child<ui::AadhaarLineEdit>(loginPage(), "aadhaarLineEdit");
        aadhaar->clearDigits();
        aadhaar->setFocus();
        QTest::keyClicks(aadhaar, QString::fromLatin1(test::kTestAadhaar));
        press(loginPage(), Qt::Key_Return);
        return QTest::qWaitFor(
            [&] {
                return m_f->app().session().failedAuthStreak() == streakAfter
                    && !child<QLabel>(loginPage(), "errorLabel")->text().isEmpty() && aadhaar->isEnabled();
            },
            kWait);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<CounterFixture>();
        QVERIFY(m_f->start());
        QVERIFY(m_f->loginAgent());
        // The next IST day: the daily login is due again.
        m_f->clock().setNowMs(test::istMs(24, 9, 30));
        m_f->app().session().refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window().currentPageId(), QStringLiteral("dailyLogin"), kWait);
    }

    void twoFailuresWarnAndTheDeviceTestLetsTheAgentTryAgain()
    {
        m_f->sandbox().armFault(sandbox::Fault::BiometricMismatch, QStringLiteral("daily-kyc"), 2);
        QVERIFY(failLogin(1));
        QVERIFY(!warning()->isVisible()); // one failure: today's error and nothing more
        QVERIFY(!testDevice()->isVisible());
        QVERIFY(loginButton()->isEnabled());

        QVERIFY(failLogin(2));
        QVERIFY(warning()->isVisible());
        QVERIFY2(warning()->text().contains(QStringLiteral("Two fingerprint logins failed in a row. A third failure "
                                                           "blocks you with NPCI for the rest of the day.")),
                 qPrintable(warning()->text()));
        QVERIFY(testDevice()->isVisible());
        QVERIFY(testDevice()->isEnabled());
        QVERIFY(!loginButton()->isEnabled());
        QCOMPARE(testDevice()->text(), QStringLiteral("&Test the device"));
        QStringList keys = test::duplicateMnemonics(QStringLiteral("daily login, two strikes"), {&m_f->window()});
        keys << test::tabChainProblems(QStringLiteral("daily login, two strikes"), loginPage());
        QVERIFY2(keys.isEmpty(), qPrintable(keys.join(QLatin1Char('\n'))));

        // Alt+T: the device wizard, straight at its test capture; Enter takes it.
        press(loginPage(), Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window().currentPageId(), QStringLiteral("device"), kWait);
        auto* wizard = qobject_cast<ui::DeviceWizard*>(m_f->page("device"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::DeviceWizard::CapturePageId), kWait);
        QTest::keyClick(wizard, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_f->app().session().testCapturePassed(), kWait);

        // Esc: out of the wizard; the counter sends the agent back to the daily login.
        QTest::keyClick(&m_f->window(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window().currentPageId(), QStringLiteral("dailyLogin"), kWait);
        QVERIFY(warning()->isVisible()); // still warned
        QCOMPARE(warning()->text(), agent::StrikeGuard::check(m_f->app().session().preflightState())->message);
        QVERIFY(!testDevice()->isVisible());
        QVERIFY(loginButton()->isEnabled());

        // The third attempt succeeds: the streak and the warning go.
        auto* aadhaar = child<ui::AadhaarLineEdit>(loginPage(), "aadhaarLineEdit");
        aadhaar->clearDigits();
        aadhaar->setFocus();
        QTest::keyClicks(aadhaar, QString::fromLatin1(test::kTestAadhaar));
        press(loginPage(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window().currentPageId(), QStringLiteral("home"), kWait);
        QCOMPARE(m_f->app().session().failedAuthStreak(), 0);
        QVERIFY(m_f->app().session().aepsUnlocked());
        QVERIFY(warning()->text().isEmpty());
        QVERIFY(!warning()->isVisibleTo(loginPage()));
    }
};

QTEST_MAIN(TestStrikeGuardScreens)
#include "TestStrikeGuardScreens.moc"
