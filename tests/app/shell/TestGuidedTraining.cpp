// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Guided training (issue #17), offscreen through the real widgets. The "done when" test: a fresh training counter
// driven with the keyboard alone, typing only what the hints say (the test reads the OTP, the Aadhaar numbers, the
// mobile, the bank and the amount out of the hint lines), from the first start through eKYC and the daily login to a
// completed cash withdrawal and its receipt. Then practice scenarios from the home screen with their verdicts, and a
// UAT counter: no hint and no practice anywhere, and training reached from its first-run screen and from Settings,
// the switch still refused while money there is unresolved.
#include "CounterFixture.h"
#include "DmtPageDriver.h" // tests/ui/dmt: drives the money-transfer steps as an agent does
#include "app/CounterEnvironment.h"
#include "app/TrainingEnvironment.h"
#include "core/agent/AgentSession.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/JournalService.h"
#include "core/journal/JournalStore.h"
#include "core/settings/AppSettings.h"
#include "core/training/Practice.h"
#include "sandbox/eko/EkoSandbox.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/agent/EkycWizard.h"
#include "ui/home/HomePage.h"
#include "ui/home/PracticePanel.h"
#include "ui/training/HintLine.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWizard>

using namespace saathi;
using test::CounterFixture;

namespace {

// The hint line a person sees on `root` (the one visible step of a page).
QString hintOn(QWidget* root)
{
    const auto hints = root->findChildren<ui::HintLine*>();
    for (ui::HintLine* hint : hints) {
        if (hint->isVisible()) {
            return hint->text();
        }
    }
    return {};
}

// The first capture of `pattern` in `text`, spaces and the rupee's commas taken out.
QString read(const QString& text, const char* pattern)
{
    const auto match = QRegularExpression(QString::fromUtf8(pattern)).match(text);
    QString value = match.hasMatch() ? match.captured(1) : QString();
    value.remove(QLatin1Char(' ')).remove(QLatin1Char(','));
    if (value.isEmpty()) {
        qWarning("nothing for %s in: %s", pattern, qPrintable(text));
    }
    return value;
}

QWidget* focus()
{
    return QApplication::focusWidget();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focus(), Qt::Key(key), modifiers);
}

void type(const QString& text)
{
    QTest::keyClicks(focus(), text);
}

// Tab until the focus is where `arrived` says (at most a screenful of fields).
bool tabUntil(const std::function<bool(QWidget*)>& arrived)
{
    for (int i = 0; i < 40 && !arrived(focus()); ++i) {
        press(Qt::Key_Tab);
    }
    return arrived(focus());
}

bool tabTo(const char* objectName)
{
    return tabUntil([objectName](QWidget* w) { return w && w->objectName() == QLatin1String(objectName); });
}

// What the form says when it did not reach a result (for the failure message).
QString visibleLines(QWidget* root)
{
    QStringList lines;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisible() && !label->text().isEmpty()) {
            lines << label->objectName() + QStringLiteral(": ") + label->text().left(120);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool anyHintVisible(QWidget* root)
{
    const auto hints = root->findChildren<ui::HintLine*>();
    return std::any_of(hints.begin(), hints.end(), [](ui::HintLine* h) { return !h->isHidden(); });
}

} // namespace

class TestGuidedTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFreshTrainingCounterIsLearntFromTheHintsWithTheKeyboardAlone()
    {
        CounterFixture f;
        QVERIFY(f.start());
        ui::MainWindow& window = f.window();
        QVERIFY(window.trainingMode());

        // First start: the counter asks for the agent's eKYC.
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPageId(), QStringLiteral("ekyc"), 20000);
        auto* wizard = qobject_cast<ui::EkycWizard*>(f.page("ekyc"));
        QVERIFY(wizard);
        QWidget* details = wizard->page(0);
        const QString agentAadhaar = read(hintOn(details), "Aadhaar ([0-9 ]{14})");
        QCOMPARE(agentAadhaar.size(), 12);
        QVERIFY(tabUntil([](QWidget* w) { return qobject_cast<ui::AadhaarLineEdit*>(w); }));
        type(agentAadhaar);
        QVERIFY(tabTo("sendOtpButton"));
        press(Qt::Key_Space);

        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), 1, 20000);
        const QString otp = read(hintOn(wizard->page(1)), "OTP is ([0-9]+)");
        QVERIFY(!otp.isEmpty());
        QVERIFY(tabTo("otpLineEdit"));
        type(otp);
        press(Qt::Key_Return);

        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), 2, 20000);
        QVERIFY(hintOn(wizard->page(2)).contains(QStringLiteral("Capture fingerprint")));
        QVERIFY(tabTo("captureButton"));
        press(Qt::Key_Space);

        // eKYC done: today's login, with the same practice Aadhaar its hint gives again.
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPageId(), QStringLiteral("dailyLogin"), 20000);
        QWidget* login = f.page("dailyLogin");
        const QString loginAadhaar = read(hintOn(login), "Aadhaar ([0-9 ]{14})");
        QCOMPARE(loginAadhaar, agentAadhaar);
        QVERIFY(tabUntil([](QWidget* w) { return qobject_cast<ui::AadhaarLineEdit*>(w); }));
        type(loginAadhaar);
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPageId(), QStringLiteral("home"), 20000);
        QVERIFY(f.app().session().aepsUnlocked());

        // F1: cash withdrawal, every value from its hint.
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.currentPageId(), QStringLiteral("cashWithdrawal"));
        auto* form = qobject_cast<ui::AepsFormPage*>(f.page("cashWithdrawal"));
        const QString hint = hintOn(form);
        const QString mobile = read(hint, "mobile ([0-9]{10})");
        const QString bank = read(hint, "bank ([A-Z]{4})");
        const QString aadhaar = read(hint, "Customer mobile .*?Aadhaar ([0-9 ]{14})"); // the hint's own customer
        const QString amount = read(hint, "Amount ₹([0-9,]+) succeeds");
        QVERIFY(!mobile.isEmpty() && !bank.isEmpty() && aadhaar.size() == 12 && !amount.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(focus() && focus()->objectName() == QLatin1String("mobileLineEdit"), 20000);
        // The agent waits for the bank list to arrive (the picker says "loading" until then).
        QTRY_VERIFY_WITH_TIMEOUT(form->findChild<ui::BankPicker*>()->isLoaded(), 20000);
        type(mobile);
        press(Qt::Key_Tab);
        type(bank); // the bank's search box; Tab picks the match and moves on
        press(Qt::Key_Tab);
        QVERIFY(tabUntil([](QWidget* w) { return qobject_cast<ui::AadhaarLineEdit*>(w); }));
        type(aadhaar);
        press(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("amountLineEdit"));
        type(amount);
        QVERIFY(tabTo("consentCheckBox"));
        press(Qt::Key_Space);
        QVERIFY(qobject_cast<QCheckBox*>(focus())->isChecked());
        press(Qt::Key_Return); // a consented form: Enter captures the finger and submits

        QVERIFY2(f.waitForResult("cashWithdrawal"), qPrintable(visibleLines(form)));
        QVERIFY2(f.resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success")),
                 qPrintable(f.resultStatus("cashWithdrawal") + f.resultMessage("cashWithdrawal")));
        const auto& record = form->flow().record();
        QCOMPARE(record.state, journal::TxState::Success);
        QCOMPARE(record.amount, Paise::fromRupees(amount.toLongLong()));
        QCOMPARE(record.bankCode, bank);
        const QString receipt = f.receiptText("cashWithdrawal");
        QVERIFY2(receipt.contains(QStringLiteral("SUCCESS"), Qt::CaseInsensitive), qPrintable(receipt));
        QVERIFY(receipt.contains(record.rrn));
        QVERIFY(receipt.contains(QStringLiteral("XXXX XXXX ") + aadhaar.right(4)));
        QVERIFY(!receipt.contains(aadhaar)); // the receipt masks even a practice number
        QCOMPARE(f.sandbox().debitCount(record.clientRefId), 1);
    }

    // A withdrawal that stays pending: started from the home screen's practice panel, its instructions on the form,
    // the agent goes home and presses Check again; the verdict says it was done right.
    void aPendingWithdrawalScenarioIsSetUpShownAndJudged()
    {
        CounterFixture f;
        QVERIFY(f.start());
        QTRY_COMPARE_WITH_TIMEOUT(f.window().currentPageId(), QStringLiteral("ekyc"), 20000);
        QVERIFY(f.loginAgent());
        auto* panel = f.window().homePage()->findChild<ui::PracticePanel*>();
        QVERIFY(panel && panel->isVisible());
        QTest::mouseClick(panel->scenarioButton(training::Scenario::PendingThenSuccess), Qt::LeftButton);
        auto* status = panel->findChild<QLabel*>(QStringLiteral("practiceStatusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("In progress")));

        QTest::keyClick(&f.window(), Qt::Key_F1);
        auto* form = qobject_cast<ui::AepsFormPage*>(f.page("cashWithdrawal"));
        const QString hint = hintOn(form);
        const QString amount = read(hint, "Practice: make a cash withdrawal of ₹([0-9,]+)");
        QVERIFY(!amount.isEmpty());
        QVERIFY(f.typeWithdrawal(read(hint, "mobile ([0-9]{10})"), amount));
        press(Qt::Key_Return);
        QVERIFY(f.waitForResult("cashWithdrawal"));
        QCOMPARE(form->flow().record().state, journal::TxState::Pending);
        QVERIFY(status->text().contains(QStringLiteral("In progress"))); // no verdict while it is pending

        press(Qt::Key_Escape); // home
        QCOMPARE(f.window().currentPageId(), QStringLiteral("home"));
        auto* checkAgain = f.window().homePage()->findChild<QPushButton*>(QStringLiteral("checkAgainButton"));
        QTRY_VERIFY_WITH_TIMEOUT(checkAgain->isVisible(), 10000);
        QTest::mouseClick(checkAgain, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Done right")), 20000);
        QVERIFY(!f.app().services().practice->current());
    }

    // The fingerprint that does not match is armed in the practice sandbox (never from the screens): the first
    // try fails, the second goes through, and the verdict is "done right".
    void aFingerThatDoesNotMatchIsArmedOnceAndATryAgainIsRight()
    {
        CounterFixture f;
        QVERIFY(f.start());
        QTRY_COMPARE_WITH_TIMEOUT(f.window().currentPageId(), QStringLiteral("ekyc"), 20000);
        QVERIFY(f.loginAgent());
        auto* panel = f.window().homePage()->findChild<ui::PracticePanel*>();
        QTest::mouseClick(panel->scenarioButton(training::Scenario::FingerMismatch), Qt::LeftButton);
        QCOMPARE(f.sandbox().armedFaults().size(), 1);
        for (int attempt = 0; attempt < 2; ++attempt) {
            QVERIFY(f.typeWithdrawal(QStringLiteral("9822200001"), QStringLiteral("1000")));
            press(Qt::Key_Return);
            auto* confirmNew = f.page("cashWithdrawal")->findChild<QPushButton*>(QStringLiteral("confirmNewButton"));
            QVERIFY(QTest::qWaitFor([&] { return confirmNew->isVisible() || f.resultStatus("cashWithdrawal").size(); },
                                    30000));
            if (confirmNew->isVisible()) { // the same amount for the same customer again: yes, a new one
                QCOMPARE(focus(), confirmNew);
                press(Qt::Key_Space);
            }
            QVERIFY2(f.waitForResult("cashWithdrawal"), qPrintable(visibleLines(f.page("cashWithdrawal"))));
            const bool succeeded = f.resultStatus("cashWithdrawal").startsWith(QStringLiteral("Success"));
            QCOMPARE(succeeded, attempt == 1);
            press(Qt::Key_Escape);
        }
        auto* status = panel->findChild<QLabel*>(QStringLiteral("practiceStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Done right")), 20000);
    }

    // The money-transfer scenarios, through the real money-transfer page with the values the hints give: ₹15,000
    // goes as three transfers (done right once all three went), and the refund-pending amount is refunded with the
    // customer's OTP (done right once the journal says refunded).
    void moneyTransferScenariosAreJudgedFromTheJournal()
    {
        using namespace test::dmtui;
        CounterFixture f;
        QVERIFY(f.start());
        QTRY_COMPARE_WITH_TIMEOUT(f.window().currentPageId(), QStringLiteral("ekyc"), 20000);
        QVERIFY(f.loginAgent());
        auto* panel = f.window().homePage()->findChild<ui::PracticePanel*>();
        auto* status = panel->findChild<QLabel*>(QStringLiteral("practiceStatusLabel"));
        QTest::mouseClick(panel->scenarioButton(training::Scenario::DmtSplit), Qt::LeftButton);
        QTest::keyClick(&f.window(), Qt::Key_F5);
        QCOMPARE(f.window().currentPageId(), QStringLiteral("moneyTransfer"));
        auto* page = qobject_cast<ui::MoneyTransferPage*>(f.page("moneyTransfer"));
        QVERIFY(page);
        const QString customerHint = hintOn(page);
        const QString sender = read(customerHint, "sender mobile ([0-9]{10})");
        const QString otp = read(customerHint, "Every OTP is ([0-9]+)");
        const QString splitAmount = read(customerHint, "send ₹([0-9,]+) from sender");
        QVERIFY(!sender.isEmpty() && !otp.isEmpty() && !splitAmount.isEmpty());
        QVERIFY(openRecipients(*page, sender));
        QVERIFY(showPlan(*page, splitAmount));
        QVERIFY(hintOn(page).contains(QStringLiteral("split into 3 parts")));
        QCOMPARE(child<QListWidget>(*page, "planListWidget")->count(), 3);
        pressEnter(child<QPushButton>(*page, "confirmButton"));
        if (page->rail() == dmt::Rail::Fino) {
            for (int part = 1; part <= 3; ++part) {
                QVERIFY(enterTransferOtp(*page, part, 3, otp));
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), Step::Result, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Done right")), 20000);
        QVERIFY2(status->text().contains(QStringLiteral("3 transfers")), qPrintable(status->text()));

        QTest::mouseClick(panel->scenarioButton(training::Scenario::Refund), Qt::LeftButton);
        const QString refundAmount = read(hintOn(page), "send ₹([0-9,]+) from sender");
        QVERIFY(!refundAmount.isEmpty());
        page->reset(); // the next customer
        QVERIFY(openRecipients(*page, sender));
        QVERIFY(showPlan(*page, refundAmount));
        pressEnter(child<QPushButton>(*page, "confirmButton"));
        if (page->rail() == dmt::Rail::Fino) {
            QVERIFY(enterTransferOtp(*page, 1, 1, otp));
        }
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), Step::Result, 30000);
        QTRY_VERIFY(shown(*page, "refundButton"));
        QVERIFY(status->text().contains(QStringLiteral("In progress"))); // refund pending is no verdict yet
        pressEnter(child<QPushButton>(*page, "refundButton"));
        QTRY_COMPARE(page->step(), Step::Refund);
        const QString refundOtp = read(hintOn(page), "refund OTP is ([0-9]+)");
        auto* otpEdit = child<QLineEdit>(*page, "refundOtpLineEdit");
        QTRY_VERIFY_WITH_TIMEOUT(otpEdit->isVisible() && !otpEdit->isReadOnly(), kWait);
        typeInto(otpEdit, refundOtp);
        pressEnter(otpEdit);
        QTRY_VERIFY_WITH_TIMEOUT(text(*page, "refundStatusLabel").startsWith(QStringLiteral("Refunded")), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Done right")), 20000);
        QVERIFY2(status->text().contains(QStringLiteral("refunded")), qPrintable(status->text()));
    }

    // A UAT counter that is not set up yet: its first-run screen (going live) has no hint and the home screen no
    // practice; the first page's third choice takes the counter to training, where the hints are.
    void aUatCounterShowsNoHintAndReachesTrainingFromItsFirstRunScreen()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9));
        CounterFixture f;
        {
            AppSettings settings(f.settings());
            settings.setEnvironment(EkoEnvironment::Uat);
        }
        const int serversBefore = TrainingEnvironment::serversCreated();
        QVERIFY(f.start());
        QVERIFY(!f.window().trainingMode());
        QTRY_COMPARE_WITH_TIMEOUT(f.window().currentPageId(), QStringLiteral("goLive"), 20000);
        QVERIFY(!f.app().services().guide);
        QVERIFY(!f.app().services().practice);
        QVERIFY(!anyHintVisible(&f.window()));
        QVERIFY(f.window().homePage()->findChild<ui::PracticePanel*>()->isHidden());
        for (const char* id : {"cashWithdrawal", "dailyLogin", "ekyc", "moneyTransfer"}) {
            if (QWidget* page = f.page(id)) {
                QVERIFY2(!anyHintVisible(page), id);
            }
        }
        QCOMPARE(TrainingEnvironment::serversCreated(), serversBefore);

        auto* wizard = qobject_cast<QWizard*>(f.page("goLive"));
        auto* training = wizard->findChild<QRadioButton*>(QStringLiteral("trainingRadioButton"));
        QVERIFY(training && training->isVisible());
        QTest::keyClick(training, Qt::Key_T, Qt::AltModifier); // its mnemonic (an animated click)
        QTRY_VERIFY(training->isChecked());
        QSignalSpy switched(&f.app(), &CounterApp::environmentSwitched);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 1, 20000);
        QVERIFY(f.window().trainingMode());
        QVERIFY(f.app().services().guide);
        QTRY_COMPARE_WITH_TIMEOUT(f.window().currentPageId(), QStringLiteral("ekyc"), 20000);
        QVERIFY(hintOn(f.page("ekyc")).contains(QStringLiteral("Training:")));
        QVERIFY(f.window().homePage()->findChild<ui::PracticePanel*>()->isVisibleTo(f.window().homePage()));
        QCOMPARE(f.app().appSettings().environment(), EkoEnvironment::Training); // leaving again is the agent's choice
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }

    // From Settings a UAT counter goes to training through the environment choice, unless UAT still owes an
    // answer on money: then the switch is refused and the rows are listed.
    void settingsTakesAUatCounterToTrainingUnlessMoneyThereIsUnresolved()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9));
        CounterFixture f;
        {
            AppSettings settings(f.settings());
            settings.setEnvironment(EkoEnvironment::Uat);
        }
        const QString uatJournal
            = journal::JournalPaths::forEnvironment(f.path(QStringLiteral("journal.sqlite")), EkoEnvironment::Uat);
        {
            journal::JournalStore::Options options;
            options.environment = EkoEnvironment::Uat;
            auto store = journal::JournalStore::open(uatJournal, f.clock(), options);
            QVERIFY(store.ok());
            journal::PrepareRequest request;
            request.submissionKey = QStringLiteral("uat-owed-1");
            request.clientRefId = QStringLiteral("SAATHIUATOWED01");
            request.amount = Paise::fromRupees(2500);
            request.customerMobile = QStringLiteral("9876543210");
            request.aadhaarLast4 = QStringLiteral("7058");
            request.agentUserCode = QStringLiteral("20810299");
            request.bankCode = QStringLiteral("SBIN");
            QVERIFY(store.value()->prepare(request).ok());
            QVERIFY(store.value()->markSent(request.clientRefId).ok());
        }
        QVERIFY(f.start());
        QVERIFY(!f.window().trainingMode());

        QSignalSpy refused(&f.app(), &CounterApp::environmentSwitchRefused);
        QTest::keyClick(&f.window(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(f.window().currentPageId(), QStringLiteral("settings"));
        auto* environment = f.page("settings")->findChild<QComboBox*>(QStringLiteral("environmentComboBox"));
        const int trainingIndex = environment->findData(int(EkoEnvironment::Training));
        QVERIFY(trainingIndex >= 0);
        environment->setFocus();
        environment->setCurrentIndex(trainingIndex);
        Q_EMIT environment->activated(trainingIndex); // what choosing it with the keyboard's popup does
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QVERIFY(!f.window().trainingMode());
        auto* rows = f.window().findChild<QLabel*>(QStringLiteral("switchRefusedRowsLabel"));
        QVERIFY(rows && rows->isVisible());
        QVERIFY2(rows->text().contains(QStringLiteral("SAATHIUATOWED01")), qPrintable(rows->text()));

        // Once UAT has its answer (here: settled in its journal), the same choice goes to training.
        f.app()
            .journal()
            .run([](journal::JournalStore& store) {
                journal::Outcome outcome;
                outcome.state = journal::TxState::Failed;
                outcome.source = journal::Source::Inquiry;
                return store.recordOutcome(QStringLiteral("SAATHIUATOWED01"), outcome);
            })
            .waitForFinished();
        QSignalSpy switched(&f.app(), &CounterApp::environmentSwitched);
        Q_EMIT environment->activated(trainingIndex);
        QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 1, 20000);
        QVERIFY(f.window().trainingMode());
        QVERIFY(f.app().services().practice);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }
};

QTEST_MAIN(TestGuidedTraining)
#include "TestGuidedTraining.moc"
