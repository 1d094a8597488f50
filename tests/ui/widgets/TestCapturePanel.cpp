// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The capture panel on the cash-withdrawal form (offscreen, against the in-process Eko sandbox and the RD
// simulator): whose finger the device waits for, a waiting indicator that moves while the simulator holds the
// capture, Cancel (button and Esc) back to the form, and the quality the simulator reported, in words and a bar.
#include "AepsFixture.h"
#include "sandbox/rd/RdSimulator.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/CashWithdrawalPage.h"
#include "ui/widgets/AadhaarLineEdit.h"
#include "ui/widgets/CapturePanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace saathi;
using namespace saathi::ui;
using sandbox::rd::RdSimulator;
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

} // namespace

class TestCapturePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qualityIsSaidInWordsAndNumber()
    {
        CapturePanel panel;
        panel.showStep(CapturePanel::Finger::None, QStringLiteral("…"), false);
        panel.showQuality(72);
        QCOMPARE(panel.qualityText(), QStringLiteral("Quality: good (72)"));
        QCOMPARE(panel.findChild<QProgressBar*>(QStringLiteral("captureQualityBar"))->value(), 72);
        panel.showQuality(30);
        QCOMPARE(panel.qualityText(), QStringLiteral("Quality: fair (30)"));
        panel.showQuality(12);
        QCOMPARE(panel.qualityText(), QStringLiteral("Quality: poor (12)"));
        panel.showQuality(-1);
        QCOMPARE(panel.qualityText(), QStringLiteral("Quality: not reported"));
        panel.clear();
        QVERIFY(panel.isHidden());
        QVERIFY(panel.qualityText().isEmpty());
    }

    void waitingForTheCustomersFingerMovesAndCancels()
    {
        AepsFixture f;
        CashWithdrawalPage page(f.services());
        page.show();
        auto* panel = page.findChild<CapturePanel*>();
        QVERIFY(panel);
        QVERIFY(panel->isHidden()); // nothing to show before the submit
        fillForm(page);

        // The simulator holds the capture: the panel names the customer's finger and its dots keep moving.
        f.simulator().setFault(RdSimulator::Fault::Hang, RdSimulator::FaultTarget::Capture);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.flow().state(), State::Capturing, 20000);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->waitingFor(), CapturePanel::Finger::Customer);
        QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("captureHeadingLabel"))->text(),
                 QStringLiteral("Customer's finger"));
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("captureWaitingLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Waiting for the finger")));
        QVERIFY(panel->isAnimating());
        const int steps = panel->animationSteps();
        QTRY_VERIFY_WITH_TIMEOUT(panel->animationSteps() >= steps + 2, 10000); // counted, not timed
        QVERIFY(panel->cancelButton()->isEnabled());

        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.flow().state(), State::Editing, 10000);
        QVERIFY(panel->isHidden());
        QVERIFY(!panel->isAnimating());
        QCOMPARE(f.rows().size(), 0);

        // Esc cancels the same way (PageKeys' cancel).
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.flow().state(), State::Capturing, 20000);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &page, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(page.flow().state(), State::Editing, 10000);
        QVERIFY(panel->isHidden());
    }

    void theCapturesQualityIsShownOnceTheFingerIsRead()
    {
        AepsFixture f;
        CashWithdrawalPage page(f.services());
        page.show();
        auto* panel = page.findChild<CapturePanel*>();
        fillForm(page);
        QString qualityWhileSending;
        connect(&page.flow(), &aeps::AepsCustomerFlow::stateChanged, this, [&](State s) {
            if (s == State::Sending) {
                qualityWhileSending = panel->qualityText();
            }
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.flow().isFinal(), 30000);
        // The simulator's device reports its profile's qScore; the flow hands the page only that number.
        const int reported = page.flow().lastCaptureQuality();
        QVERIFY(reported > 0);
        QCOMPARE(qualityWhileSending,
                 QStringLiteral("Quality: %1 (%2)").arg(CapturePanel::qualityWord(reported)).arg(reported));
        QVERIFY(panel->isHidden()); // the result page took over
    }
};

QTEST_MAIN(TestCapturePanel)
#include "TestCapturePanel.moc"
