// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The fingerprint coach on screen (issue #18), offscreen against the in-process Eko sandbox and the RD simulator: a
// weak capture is refused with its figures and the coach on the capture panel, the finger picker follows the coach,
// the chosen finger reaches the device as posh, the mismatch answer offers another finger, and the daily login
// shows the same coach.
#include "AepsFixture.h"
#include "core/agent/AgentSession.h"
#include "core/device/Finger.h"
#include "core/device/QualityGate.h"
#include "sandbox/eko/Fixtures.h"
#include "sandbox/rd/RdSimulator.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/CashWithdrawalPage.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/agent/DailyLoginPage.h"
#include "ui/widgets/AadhaarLineEdit.h"
#include "ui/widgets/CapturePanel.h"
#include "ui/widgets/FingerPicker.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;
using namespace saathi::ui;
using device::Finger;
using test::AepsFixture;
using State = aeps::AepsCustomerFlow::State;

namespace {

void fillForm(QWidget& page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<BankPicker*>()->isLoaded(), 20000);
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("mobileLineEdit")), QStringLiteral("9876543210"));
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("bankSearchLineEdit")), QStringLiteral("SBIN"));
    QTest::keyClicks(page.findChild<AadhaarLineEdit*>(QStringLiteral("aadhaarLineEdit")), AepsFixture::aadhaar());
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("amountLineEdit")), QStringLiteral("1000"));
    QTest::keyClick(page.findChild<QCheckBox*>(QStringLiteral("consentCheckBox")), Qt::Key_Space);
}

QString coachOf(QWidget& page)
{
    return page.findChild<CapturePanel*>()->coachText();
}

void submit(QWidget& page)
{
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
}

} // namespace

class TestFingerCoach : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theFingerComboListsAnyFingerAndTheTen()
    {
        FingerPicker picker;
        QCOMPARE(picker.count(), 11);
        QCOMPARE(picker.itemText(0), device::displayName(Finger::Unknown));
        QCOMPARE(picker.finger(), Finger::Unknown);
        picker.setFinger(Finger::LeftRing);
        QCOMPARE(picker.currentText(), device::displayName(Finger::LeftRing));
        QCOMPARE(picker.finger(), Finger::LeftRing);
    }

    void aWeakCaptureShowsTheCoachAndIsNotSent()
    {
        AepsFixture f;
        CashWithdrawalPage page(f.services());
        page.show();
        fillForm(page);
        auto* finger = page.findChild<FingerPicker*>(QStringLiteral("fingerComboBox"));
        QVERIFY(finger);
        auto* label = page.findChild<QLabel*>(QStringLiteral("fingerLabel"));
        QCOMPARE(label->buddy(), finger);
        QCOMPARE(label->text(), QStringLiteral("&Finger"));
        // The agent picks the left index finger with the keyboard.
        finger->setFocus();
        while (finger->finger() != Finger::LeftIndex) {
            QTest::keyClick(finger, Qt::Key_Down);
        }

        const auto asked = f.sandbox().requestLog().size(); // the bank list, loaded by the form
        f.simulator().armNextCaptureQuality(20);
        submit(page);
        QTRY_VERIFY_WITH_TIMEOUT(!coachOf(page).isEmpty(), 20000);
        QCOMPARE(page.flow().state(), State::Editing);
        QVERIFY2(coachOf(page).contains(QStringLiteral("Quality 20 of the 45 needed.")), qPrintable(coachOf(page)));
        QVERIFY(coachOf(page).contains(device::QualityGate::coach(1, Finger::Unknown)));
        QVERIFY(page.findChild<CapturePanel*>()->isVisible());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("formErrorLabel"))->isHidden()); // said once, in the coach
        QCOMPARE(f.simulator().lastPidOptions().value(QStringLiteral("posh")), QStringLiteral("LEFT_INDEX"));
        QCOMPARE(f.sandbox().requestLog().size(), asked); // never sent
        QCOMPARE(f.rowCount(), 0);

        // The second refusal: the coach names another finger and the picker holds it.
        f.simulator().armNextCaptureQuality(20);
        submit(page);
        QTRY_VERIFY_WITH_TIMEOUT(coachOf(page).contains(device::displayName(Finger::RightThumb)), 20000);
        QCOMPARE(finger->finger(), Finger::RightThumb);
        QCOMPARE(f.sandbox().requestLog().size(), asked);

        // The next capture is clear: the coach goes, the chosen finger reached the device.
        submit(page);
        QTRY_VERIFY_WITH_TIMEOUT(page.flow().isFinal(), 30000);
        QCOMPARE(page.flow().state(), State::Success);
        QCOMPARE(f.simulator().lastPidOptions().value(QStringLiteral("posh")), QStringLiteral("RIGHT_THUMB"));
        QVERIFY(coachOf(page).isEmpty());
    }

    void afterAMismatchThePickerHoldsAnotherFinger()
    {
        AepsFixture f;
        f.sandbox().armFault(sandbox::Fault::BiometricMismatch, QStringLiteral("cash-withdrawal"));
        CashWithdrawalPage page(f.services());
        page.show();
        fillForm(page);
        auto* finger = page.findChild<FingerPicker*>(QStringLiteral("fingerComboBox"));
        finger->setFinger(Finger::RightThumb);
        submit(page);
        QTRY_VERIFY_WITH_TIMEOUT(page.flow().isFinal(), 30000);
        QCOMPARE(page.flow().state(), State::Failed);
        auto* another = page.findChild<QPushButton*>(QStringLiteral("tryAnotherFingerButton"));
        QVERIFY(another->isVisible());
        const QString advice = QStringLiteral("The finger did not match. Try another finger: Right index finger.");
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("resultCoachLabel"))->text(), advice);
        QCOMPARE(finger->finger(), Finger::RightIndex);

        // Try another finger: the same customer's form, the coach on the capture panel, the picker on its choice.
        QTest::mouseClick(another, Qt::LeftButton);
        QVERIFY(page.findChild<QLineEdit*>(QStringLiteral("mobileLineEdit"))->isVisible());
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("mobileLineEdit"))->text(), QStringLiteral("9876543210"));
        QCOMPARE(coachOf(page), advice);
        QCOMPARE(finger->finger(), Finger::RightIndex);
        submit(page);
        // The failed attempt was a similar transaction minutes ago: the agent confirms this is a new one.
        auto* confirm = page.findChild<QPushButton*>(QStringLiteral("confirmNewButton"));
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isVisible() || page.flow().isFinal(), 20000);
        if (confirm->isVisible()) {
            QTest::mouseClick(confirm, Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(page.flow().isFinal(), 30000);
        QCOMPARE(page.flow().state(), State::Success);
        QCOMPARE(f.simulator().lastPidOptions().value(QStringLiteral("posh")), QStringLiteral("RIGHT_INDEX"));
        QVERIFY(!another->isVisible());

        // A new customer starts with "Any finger" and no advice.
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newTransactionButton")), Qt::LeftButton);
        QCOMPARE(finger->finger(), Finger::Unknown);
        QVERIFY(coachOf(page).isEmpty());
    }

    void theRememberedFingerIsSuggestedWithItsReason()
    {
        AepsFixture f;
        CashWithdrawalPage page(f.services());
        page.show();
        page.suggestRememberedFinger(Finger::LeftThumb);
        QCOMPARE(page.fingerPicker().finger(), Finger::LeftThumb);
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("fingerNoteLabel"))->text().isEmpty());
        page.reset();
        QCOMPARE(page.fingerPicker().finger(), Finger::Unknown);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("fingerNoteLabel"))->isHidden());
    }

    void theDailyLoginShowsTheSameCoach()
    {
        AepsFixture f;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("agent.ini")), QSettings::IniFormat);
        agent::AgentSession session(settings, f.clock(), EkoEnvironment::Training, AepsFixture::userCode());
        session.markEkycCompleted();
        DailyLoginPage page(f.services(), session);
        page.show();
        QTest::keyClicks(page.findChild<AadhaarLineEdit*>(QStringLiteral("aadhaarLineEdit")),
                         QString::fromLatin1(sandbox::fixtures::kAgentEkycAadhaar));
        f.simulator().armNextCaptureQuality(20);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
        auto* panel = page.findChild<CapturePanel*>();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->coachText().isEmpty(), 20000);
        QVERIFY(panel->coachText().contains(QStringLiteral("Quality 20 of the 45 needed.")));
        QVERIFY(panel->isVisible());
        QVERIFY(f.sandbox().requestLog().isEmpty()); // the weak capture never went to Eko
    }
};

QTEST_MAIN(TestFingerCoach)
#include "TestFingerCoach.moc"
