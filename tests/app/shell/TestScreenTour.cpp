// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Writes a PNG of every screen of the counter at 1366×768, walking the app as an agent would (training mode,
// offscreen): eKYC, daily login, home, each AePS form, the capture panel waiting for the finger, the results
// (a receipt, a mini statement), history, settings, onboarding, the device wizard, money transfer, and the main
// screens again in Hindi. Built twice: TestScreenTour at 100 % and TestScreenTour2x at 200 % (QT_SCALE_FACTOR=2,
// files named `*@2x.png`, each 2732×1536 device pixels). The folder is $SAATHI_SCREENSHOT_DIR (default: screens/ in
// the build directory); README shows the main ones (docs/screens/). Each grab is checked: the right page, the
// right size, not blank.
#include "CounterFixture.h"
#include "TestKeys.h"
#include "app/TrainingEnvironment.h"
#include "core/agent/AgentSession.h"
#include "core/till/TillService.h"
#include "sandbox/eko/EkoSandbox.h"
#include "sandbox/rd/RdSimulator.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/claims/ClaimSlipButton.h"
#include "ui/claims/ClaimSlipDialog.h"
#include "ui/history/HistoryPage.h"
#include "ui/home/HomePage.h"
#include "ui/settings/LanguageSwitcher.h"
#include "ui/widgets/AadhaarLineEdit.h"
#include "ui/widgets/CapturePanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>

#ifndef SAATHI_TOUR_SCALE
#define SAATHI_TOUR_SCALE 1
#endif

using namespace saathi;
using sandbox::rd::RdSimulator;
using test::CounterFixture;
using State = aeps::AepsCustomerFlow::State;

class TestScreenTour : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("SAATHI_SCREENSHOT_DIR");
        if (m_dir.isEmpty()) {
            m_dir = QDir::current().absoluteFilePath(QStringLiteral("screens"));
        }
        QVERIFY(QDir().mkpath(m_dir));
    }

    void everyScreenIsSavedAt1366x768()
    {
        CounterFixture f;
        QVERIFY(f.start());
        f.window().resize(1366, 768);
        QVERIFY(snap(f, "ekyc", "01-ekyc"));
        QVERIFY(f.loginAgent());
        QVERIFY(snap(f, "home", "03-home"));

        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("2500")));
        QVERIFY(snap(f, "cashWithdrawal", "04-cash-withdrawal-form"));
        QVERIFY(snapCaptureWaiting(f, "04b-capture-waiting"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal"));
        QVERIFY(snap(f, "cashWithdrawal", "05-cash-withdrawal-receipt"));

        for (const auto& [id, name] :
             {std::pair {"balanceEnquiry", "06-balance-enquiry"}, std::pair {"miniStatement", "07-mini-statement"},
              std::pair {"aadhaarPay", "08-aadhaar-pay"}, std::pair {"history", "09-history"},
              std::pair {"settings", "10-settings"}, std::pair {"onboarding", "11-onboarding"}}) {
            f.window().showPage(QString::fromLatin1(id));
            QVERIFY2(snap(f, id, name), id);
        }
        QVERIFY(miniStatement(f));
        QVERIFY(snap(f, "miniStatement", "07b-mini-statement-result"));
        f.window().showHome();
        QTest::mouseClick(f.window().findChild<QPushButton*>(QStringLiteral("deviceButton")), Qt::LeftButton);
        QTest::qWait(1500); // the search lists the simulator's device
        QVERIFY(snap(f, "device", "12-device-wizard"));
        f.window().showHome();
        QTest::keyClick(&f.window(), Qt::Key_F5);
        QVERIFY(snap(f, "moneyTransfer", "13-money-transfer"));

        // The same counter in Hindi: home, the form, the finger, the receipt, a mini statement, history, settings.
        f.window().showHome();
        f.app().language().setLanguage(QStringLiteral("hi"));
        QVERIFY(snap(f, "home", "14-home-hindi"));
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("500")));
        QVERIFY(snap(f, "cashWithdrawal", "19-cash-withdrawal-form-hindi"));
        QVERIFY(snapCaptureWaiting(f, "20-capture-waiting-hindi"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal"));
        QVERIFY(snap(f, "cashWithdrawal", "18-cash-withdrawal-receipt-hindi"));
        QVERIFY(miniStatement(f));
        QVERIFY(snap(f, "miniStatement", "21-mini-statement-hindi"));
        f.window().showPage(QStringLiteral("history"));
        QVERIFY(snap(f, "history", "22-history-hindi"));
        f.window().showPage(QStringLiteral("settings"));
        QVERIFY(snap(f, "settings", "23-settings-hindi"));
        f.window().showHome();
        f.app().language().setLanguage(QStringLiteral("en"));

        // The daily login of the next IST day.
        f.clock().advanceMs(24LL * 3600 * 1000);
        f.app().checkAgent();
        QTRY_COMPARE_WITH_TIMEOUT(f.window().currentPageId(), QStringLiteral("dailyLogin"), 10000);
        QVERIFY(snap(f, "dailyLogin", "02-daily-login"));
        // The agent's own finger, awaited by the capture panel (the training device holds the capture); Cancel stops.
        QWidget* login = f.page("dailyLogin");
        RdSimulator& device = f.app().training()->rdSimulator();
        device.setFault(RdSimulator::Fault::Hang, RdSimulator::FaultTarget::Capture);
        auto* aadhaar = login->findChild<ui::AadhaarLineEdit*>(QStringLiteral("aadhaarLineEdit"));
        aadhaar->clearDigits();
        QTest::keyClicks(aadhaar, QString::fromLatin1(test::kTestAadhaar));
        QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
        auto* panel = login->findChild<ui::CapturePanel*>();
        QTRY_COMPARE_WITH_TIMEOUT(panel->waitingFor(), ui::CapturePanel::Finger::Agent, 20000);
        QVERIFY(snap(f, "dailyLogin", "02b-daily-login-agent-finger"));
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isHidden(), 10000);
        device.setFault(RdSimulator::Fault::None);
        qInfo("screens written to %s", qPrintable(m_dir));
    }

    // Issue #19: the cash till open with its figures, its close compared with the count, in English and Hindi.
    void theTillIsSaved()
    {
        CounterFixture f;
        QVERIFY(f.start());
        f.window().resize(1366, 768);
        QVERIFY(f.loginAgent());
        QVERIFY(snap(f, "home", "24-home-till-not-open"));
        QVERIFY(f.window().showPage(QStringLiteral("till")));
        QWidget* till = f.page("till");
        auto* cash = till->findChild<QLineEdit*>(QStringLiteral("openingCashLineEdit"));
        cash->setFocus();
        QTest::keyClicks(cash, QStringLiteral("20,000"));
        QTest::keyClick(cash, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(f.app().services().till->currentShift().has_value(), 10000);
        auto* amount = till->findChild<QLineEdit*>(QStringLiteral("moveAmountLineEdit"));
        amount->setFocus();
        QTest::keyClicks(amount, QStringLiteral("500"));
        QTest::keyClicks(till->findChild<QLineEdit*>(QStringLiteral("moveReasonLineEdit")),
                         QStringLiteral("change from the owner"));
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_VERIFY(till->findChild<QLabel*>(QStringLiteral("moveStatusLabel"))->isVisible());
        QTRY_COMPARE(till->findChild<QLabel*>(QStringLiteral("expectedCashValueLabel"))->text(),
                     QStringLiteral("₹20,500.00"));
        QVERIFY(snap(f, "till", "25-till"));
        auto* counted = till->findChild<QLineEdit*>(QStringLiteral("countedCashLineEdit"));
        counted->setFocus();
        QTest::keyClicks(counted, QStringLiteral("20,300"));
        QTest::keyClick(counted, Qt::Key_Return);
        QTRY_VERIFY(till->findChild<QPushButton*>(QStringLiteral("confirmCloseButton"))->isVisible());
        QVERIFY(snap(f, "till", "26-till-close"));
        f.app().language().setLanguage(QStringLiteral("hi"));
        QTRY_VERIFY(till->findChild<QPushButton*>(QStringLiteral("confirmCloseButton"))->isVisible());
        QVERIFY(snap(f, "till", "27-till-close-hindi"));
        f.window().showHome();
        QVERIFY(snap(f, "home", "28-home-till-hindi"));
        f.app().language().setLanguage(QStringLiteral("en"));
    }

    // Issue #19: the day's numbered report, and the claim slip of a withdrawal the bank left pending, in English and
    // Hindi.
    void theDayCloseAndAClaimSlipAreSaved()
    {
        CounterFixture f;
        QVERIFY(f.start());
        f.window().resize(1366, 768);
        QVERIFY(f.loginAgent());
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543210"), QStringLiteral("2500")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal", 60000));
        // The bank leaves the next one pending, then fails it: the customer may have been debited.
        f.app().training()->ekoSandbox().armFault(sandbox::Fault::PendingThenFailure,
                                                  QStringLiteral("cash-withdrawal"));
        f.window().showHome();
        QVERIFY(f.typeWithdrawal(QStringLiteral("9876543211"), QStringLiteral("1500")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal", 60000));

        QVERIFY(f.window().showPage(QStringLiteral("history")));
        auto* history = qobject_cast<ui::HistoryPage*>(f.page("history"));
        auto* table = history->findChild<QTableView*>(QStringLiteral("historyTableView"));
        QTRY_VERIFY(table->model()->rowCount() >= 2);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); // the newest: the pending one
        ui::ClaimSlipButton* button = history->claimSlipButton();
        QTRY_VERIFY(button->isEnabled());
        QVERIFY(snap(f, "history", "29-history-claim-clock"));
        QTest::keyClick(history, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(button->dialog());
        ui::ClaimSlipDialog* dialog = button->dialog();
        QTRY_VERIFY(!dialog->slipText().isEmpty());
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("slipLanguageComboBox"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QTRY_VERIFY(dialog->slipText().contains(QStringLiteral("CLAIM SLIP")));
        QTRY_VERIFY(dialog->isVisible());
        QTest::qWait(100); // its layout, at the size it opens with
        QVERIFY(save(dialog->grab().toImage(), "30-claim-slip"));
        language->setCurrentIndex(language->findData(QStringLiteral("hi")));
        QTRY_COMPARE(dialog->language(), QStringLiteral("hi"));
        QTRY_VERIFY(!dialog->slipText().contains(QStringLiteral("CLAIM SLIP")));
        QVERIFY(save(dialog->grab().toImage(), "31-claim-slip-hindi"));
        dialog->close();

        // The day closes with the pending withdrawal listed, unresolved.
        QVERIFY(f.window().showPage(QStringLiteral("dayClose")));
        QWidget* day = f.page("dayClose");
        QApplication::setActiveWindow(&f.window());
        QTRY_VERIFY_WITH_TIMEOUT(day->findChild<QPushButton*>(QStringLiteral("closeDayButton"))->isEnabled(), 10000);
        day->findChild<QPushButton*>(QStringLiteral("closeDayButton"))->setFocus();
        QTest::keyClick(day, Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(day->findChild<QPushButton*>(QStringLiteral("confirmCloseButton"))->isVisible());
        QTest::keyClick(day, Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(day->findChild<QPushButton*>(QStringLiteral("savePdfButton"))->isEnabled()
                                     && !day->findChild<QPushButton*>(QStringLiteral("closeDayButton"))->isEnabled(),
                                 10000);
        QVERIFY(snap(f, "dayClose", "32-day-close"));
        f.app().language().setLanguage(QStringLiteral("hi"));
        QTest::qWait(200);
        QVERIFY(snap(f, "dayClose", "33-day-close-hindi"));
        f.app().language().setLanguage(QStringLiteral("en"));
    }

private:
    bool save(const QImage& image, const char* name)
    {
        return !image.isNull() && image.save(QDir(m_dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
    }

    // The filled cash-withdrawal form submitted while the training device holds the capture: the capture panel
    // waits for the customer's finger. Esc cancels it; the form is as it was, ready for Enter.
    bool snapCaptureWaiting(CounterFixture& f, const char* name)
    {
        auto* form = qobject_cast<ui::AepsFormPage*>(f.page("cashWithdrawal"));
        RdSimulator& device = f.app().training()->rdSimulator();
        device.setFault(RdSimulator::Fault::Hang, RdSimulator::FaultTarget::Capture);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        const bool waiting = QTest::qWaitFor([form] { return form->flow().state() == State::Capturing; }, 20000);
        auto* panel = form->findChild<ui::CapturePanel*>();
        const bool shot = waiting && panel && panel->isVisible() && snap(f, "cashWithdrawal", name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        const bool back = QTest::qWaitFor([form] { return form->flow().state() == State::Editing; }, 10000);
        device.setFault(RdSimulator::Fault::None);
        form->findChild<QPushButton*>(QStringLiteral("submitButton"))->setFocus();
        return shot && back;
    }

    // A mini statement for the training customer, typed into the form's fields; ends on its result (the table).
    bool miniStatement(CounterFixture& f)
    {
        f.window().showHome();
        QTest::keyClick(&f.window(), Qt::Key_F3);
        auto* form = qobject_cast<ui::AepsFormPage*>(f.page("miniStatement"));
        if (!form || !QTest::qWaitFor([form] { return form->findChild<ui::BankPicker*>()->isLoaded(); }, 20000)) {
            return false;
        }
        form->reset();
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("mobileLineEdit")), QStringLiteral("9876543210"));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("bankSearchLineEdit")), QStringLiteral("SBIN"));
        QTest::keyClicks(form->findChild<ui::AadhaarLineEdit*>(QStringLiteral("aadhaarLineEdit")),
                         QString::fromLatin1(test::kTestAadhaar));
        auto* consent = form->findChild<QCheckBox*>(QStringLiteral("consentCheckBox"));
        consent->setFocus();
        QTest::keyClick(consent, Qt::Key_Space);
        QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
        return f.waitForResult("miniStatement") && form->resultPage().isVisible();
    }

    bool snap(CounterFixture& f, const char* pageId, const char* name)
    {
        QTest::qWait(50); // one event-loop turn for layouts and fonts
        if (f.window().currentPageId() != QLatin1String(pageId)) {
            qWarning("expected page %s, on %s", pageId, qPrintable(f.window().currentPageId()));
            return false;
        }
        const QImage image = f.window().grab().toImage();
        // Device pixels: 1366×768 logical at the scale this tour runs at (QT_SCALE_FACTOR for the 2x build).
        if (image.size() != QSize(1366, 768) * SAATHI_TOUR_SCALE) {
            qWarning("%s is %dx%d", name, image.width(), image.height());
            // Which widgets ask for that much room (the culprit is usually the deepest one listed).
            for (QWidget* w : f.window().findChildren<QWidget*>()) {
                if (w->isVisible() && w->minimumSizeHint().width() > 1000) {
                    qWarning("  %s %s needs %d px", w->metaObject()->className(), qPrintable(w->objectName()),
                             w->minimumSizeHint().width());
                }
            }
            return false;
        }
        // Not blank: a screen has text and widgets, so many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        if (colours.size() < 8) {
            qWarning("%s looks blank (%lld colours)", name, qlonglong(colours.size()));
            return false;
        }
        const QString suffix = SAATHI_TOUR_SCALE == 1 ? QString() : QStringLiteral("@%1x").arg(SAATHI_TOUR_SCALE);
        const QString path = QDir(m_dir).filePath(QString::fromLatin1(name) + suffix + QStringLiteral(".png"));
        return image.save(path);
    }

    QString m_dir;
};

QTEST_MAIN(TestScreenTour)
#include "TestScreenTour.moc"
