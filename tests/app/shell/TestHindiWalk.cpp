// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// The counter in Hindi, screen by screen (issue #16): the language is switched through Settings, then every screen
// is visited in the states the training world can reach (empty, field error, result, pending, failure) and the
// visible text of every visible widget is read (ScreenText). Any Latin word outside the allow-list fails the
// screen, listed with the widget that shows it. Customer data the test typed (names, cities) and the training
// device's own name are allowed; Eko's own words are allowed only on their marked line (`Eko: “…”`).
// The same walk checks the keyboard rules of issue #17 on every screen (KeyboardCheck): each Alt+letter unique, each
// field labelled with a mnemonic. Built a second time as TestKeyboardWalk (SAATHI_WALK_ENGLISH), it stays in
// English, skips the Latin-word check and also walks each screen's tab chain.
#include "CounterFixture.h"
#include "KeyboardCheck.h"
#include "ScreenText.h"
#include "TestKeys.h"
#include "app/StartupCheck.h"
#include "core/agent/AgentSession.h"
#include "core/device/BiometricDevice.h"
#include "sandbox/eko/EkoSandbox.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/agent/EkycWizard.h"
#include "ui/dmt/DmtCustomerStep.h"
#include "ui/dmt/DmtRecipientsStep.h"
#include "ui/dmt/DmtTransferStep.h"
#include "ui/dmt/MoneyTransferPage.h"
#include "ui/kiosk/KioskController.h"
#include "ui/kiosk/LockScreen.h"
#include "ui/settings/LanguageSwitcher.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWizard>

using namespace saathi;
using test::CounterFixture;
using Step = ui::MoneyTransferPage::Step;
using CustomerView = ui::DmtCustomerStep::View;

namespace {

constexpr int kWait = 20000;
using test::kTestAadhaar;

template<typename T>
T* child(QWidget* root, const char* name)
{
    T* w = root ? root->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!w) {
        qWarning("no widget %s", name);
    }
    return w;
}

void typeInto(QWidget* widget, const QString& keys)
{
    widget->setFocus();
    QTest::keyClicks(widget, keys);
}

void pressEnter(QWidget* widget)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_Return);
}

bool shown(QWidget* root, const char* name)
{
    QWidget* w = root->findChild<QWidget*>(QString::fromLatin1(name));
    return w && w->isVisible();
}

} // namespace

#ifdef SAATHI_WALK_ENGLISH
constexpr bool kHindi = false;
#else
constexpr bool kHindi = true;
#endif

class TestScreenWalk : public QObject
{
    Q_OBJECT

    std::unique_ptr<CounterFixture> m_f;
    QSet<QString> m_allowed;
    QStringList m_findings;
    QStringList m_keyFindings;
    int m_customer = 10;

    // The keyboard rules on what shows now: the current page of the window (or the top-level `root`).
    void checkKeys(QWidget* root, const QString& state)
    {
        m_keyFindings << test::duplicateMnemonics(state, {root});
        // Not yet (issue #17): Settings' two PIN boxes need six more letters than the page has left.
        static const QStringList notYet {
            QStringLiteral("agentCurrentPinLineEdit"),  QStringLiteral("agentNewPinLineEdit"),
            QStringLiteral("agentConfirmPinLineEdit"),  QStringLiteral("supervisorCurrentPinLineEdit"),
            QStringLiteral("supervisorNewPinLineEdit"), QStringLiteral("supervisorConfirmPinLineEdit")};
        for (const QString& finding : test::unlabelledFields(state, {root})) {
            if (std::none_of(notYet.begin(), notYet.end(), [&finding](const QString& name) {
                    return finding.contains(QStringLiteral(": ") + name + QLatin1Char(' '));
                })) {
                m_keyFindings << finding;
            }
        }
        if (!kHindi) {
            QWidget* page = root == &m_f->window() ? m_f->page(qPrintable(m_f->window().currentPageId())) : root;
            if (page && page->isVisible()) {
                m_keyFindings << test::tabChainProblems(state, page);
            }
        }
    }

    // Reads the window and every other visible top-level window (a wizard or a dialog) in its current state.
    void look(const QString& state)
    {
        QTest::qWait(0); // posted LanguageChange and layout events first
        QList<QWidget*> roots {&m_f->window()};
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w != &m_f->window() && w->isVisible()) {
                roots << w;
            }
        }
        for (QWidget* root : std::as_const(roots)) {
            checkKeys(root, state);
            if (!kHindi) {
                continue;
            }
            for (const QString& bad : test::splitMnemonics(root)) {
                m_findings << QStringLiteral("%1 — mnemonic inside a cluster: %2").arg(state, bad);
            }
            for (const auto& t : test::visibleTexts(root)) {
                // Line by line: a receipt is one text of many lines.
                for (const QString& line : t.text.split(QLatin1Char('\n'))) {
                    // A failed transaction's receipt prints the bank's reason as Eko passed it, after its label.
                    if (line.startsWith(QCoreApplication::translate("Receipt", "Reason") + QLatin1Char(' '))) {
                        continue;
                    }
                    const QStringList words = test::latinWords(line, m_allowed);
                    if (!words.isEmpty()) {
                        m_findings << QStringLiteral("%1 — %2: \"%3\" → %4")
                                          .arg(state, t.where, line.left(160), words.join(QLatin1Char(' ')));
                    }
                }
            }
        }
    }

    void verdict()
    {
        m_findings.removeDuplicates();
        m_keyFindings.removeDuplicates();
        const QString report = m_findings.join(QLatin1Char('\n'));
        const QString keys = m_keyFindings.join(QLatin1Char('\n'));
        m_findings.clear();
        m_keyFindings.clear();
        QVERIFY2(report.isEmpty(), qPrintable(QStringLiteral("Latin words on Hindi screens:\n") + report));
        QVERIFY2(keys.isEmpty(), qPrintable(QStringLiteral("Keyboard rules broken:\n") + keys));
    }

    ui::AepsFormPage* aepsPage(const char* id) { return qobject_cast<ui::AepsFormPage*>(m_f->page(id)); }

    // The AePS form `id` opened from home and filled in as an agent would: mobile, bank, Aadhaar, amount, consent.
    bool fillAeps(const char* id, const QString& amount, const QString& mobile = QStringLiteral("9876543210"))
    {
        m_f->window().showHome();
        if (!m_f->window().showPage(QString::fromLatin1(id))) {
            return false;
        }
        auto* form = aepsPage(id);
        form->reset();
        if (!QTest::qWaitFor([&] { return form->findChild<ui::BankPicker*>()->isLoaded(); }, kWait)) {
            return false;
        }
        typeInto(child<QLineEdit>(form, "mobileLineEdit"), mobile);
        typeInto(child<QLineEdit>(form, "bankSearchLineEdit"), QStringLiteral("SBIN"));
        typeInto(child<ui::AadhaarLineEdit>(form, "aadhaarLineEdit"), QString::fromLatin1(kTestAadhaar));
        if (auto* edit = form->findChild<QLineEdit*>(QStringLiteral("amountLineEdit")); edit && edit->isVisible()) {
            typeInto(edit, amount);
        }
        auto* consent = child<QCheckBox>(form, "consentCheckBox");
        consent->setFocus();
        QTest::keyClick(consent, Qt::Key_Space);
        return consent->isChecked();
    }

    bool submitAeps(const char* id)
    {
        child<QPushButton>(m_f->page(id), "submitButton")->click();
        return m_f->waitForResult(id, 30000);
    }

    ui::MoneyTransferPage* dmtPage() { return qobject_cast<ui::MoneyTransferPage*>(m_f->page("moneyTransfer")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<CounterFixture>();
        QVERIFY(m_f->start());
        m_allowed = test::sharedAllowList();
        // Customer data the walk types, and the training world's people and banks as Eko's sandbox names them.
        // The training device's own name, as its RD service reports it (vendor, model, service name).
        for (const char* w : {"Geeta", "Sharma", "MG", "Road", "New", "Delhi", "Anil", "Kumar", "Mantra",
                              "Authentication", "Vendor", "Device", "Manager", "MANTRA", "MSIPL", "RENESAS"}) {
            m_allowed.insert(QString::fromLatin1(w));
        }
        // Training's hints: Eko's bank short codes the agent types into the bank search, and the sandbox's
        // money-transfer sender.
        for (const char* w : {"SBIN", "HDFC", "PUNB", "BARB", "ICIC", "UBIN", "CNRB", "Asha", "Verma"}) {
            m_allowed.insert(QString::fromLatin1(w));
        }
    }

    void cleanupTestCase() { m_f.reset(); }
    void init() // a slot that stopped early leaves nothing for the next
    {
        m_findings.clear();
        m_keyFindings.clear();
    }

    // The language is chosen the agent's way: Settings, the language list, Down.
    void switchToHindiInSettings()
    {
        if (!kHindi) {
            QSKIP("the keyboard walk stays in English");
        }
        QVERIFY(m_f->window().showPage(QStringLiteral("settings")));
        auto* box = child<QComboBox>(m_f->page("settings"), "languageComboBox");
        QCOMPARE(box->currentData().toString(), QStringLiteral("en"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QTRY_COMPARE(m_f->app().language().language(), QStringLiteral("hi"));
        look(QStringLiteral("settings"));
        verdict();
    }

    void agentLogin()
    {
        auto* wizard = qobject_cast<ui::EkycWizard*>(m_f->page("ekyc"));
        QVERIFY(m_f->window().showPage(QStringLiteral("ekyc")));
        look(QStringLiteral("eKYC details, empty"));
        QWidget* details = wizard->page(0);
        QTest::mouseClick(child<QPushButton>(details, "sendOtpButton"), Qt::LeftButton);
        look(QStringLiteral("eKYC details, field error"));
        typeInto(child<ui::AadhaarLineEdit>(details, "aadhaarLineEdit"), QString::fromLatin1(kTestAadhaar));
        pressEnter(child<ui::AadhaarLineEdit>(details, "aadhaarLineEdit")); // Enter in the field sends the OTP
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), 1, kWait);
        look(QStringLiteral("eKYC OTP"));
        auto* otp = child<QLineEdit>(wizard->page(1), "otpLineEdit");
        typeInto(otp, QStringLiteral("12"));
        QTest::keyClick(otp, Qt::Key_Return);
        look(QStringLiteral("eKYC OTP, field error"));
        otp->clear();
        typeInto(otp, QStringLiteral("123456"));
        QTest::keyClick(otp, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), 2, kWait);
        look(QStringLiteral("eKYC finger"));
        QTest::mouseClick(child<QPushButton>(wizard->page(2), "captureButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window().currentPageId(), QStringLiteral("dailyLogin"), kWait);
        look(QStringLiteral("daily login"));
        QWidget* login = m_f->page("dailyLogin");
        QTest::mouseClick(child<QPushButton>(login, "loginButton"), Qt::LeftButton);
        look(QStringLiteral("daily login, field error"));
        QVERIFY(m_f->dailyLogin());
        look(QStringLiteral("home"));
        verdict();
    }

    void historyEmpty()
    {
        QVERIFY(m_f->window().showPage(QStringLiteral("history")));
        QTRY_VERIFY(!child<QLabel>(m_f->page("history"), "historyStatusLabel")->text().isEmpty());
        look(QStringLiteral("history, empty"));
        m_f->window().showHome();
        verdict();
    }

    void aepsFormsEmptyAndFieldErrors()
    {
        // Bank names are Eko's bank list, spelt as on the bank's own passbook: data, not our text.
        QVERIFY(m_f->window().showPage(QStringLiteral("cashWithdrawal")));
        auto* picker = m_f->page("cashWithdrawal")->findChild<ui::BankPicker*>();
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), kWait);
        const QAbstractItemModel* banks = picker->listView()->model(); // the popup: every bank before any typing
        for (int r = 0; r < banks->rowCount(); ++r) {
            for (const QString& w : banks->index(r, 0).data().toString().split(
                     QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)) {
                m_allowed.insert(w);
            }
        }
        for (const char* id : {"cashWithdrawal", "balanceEnquiry", "miniStatement", "aadhaarPay"}) {
            m_f->window().showHome();
            QVERIFY2(m_f->window().showPage(QString::fromLatin1(id)), id);
            aepsPage(id)->reset();
            look(QStringLiteral("%1, empty").arg(QString::fromLatin1(id)));
            child<QPushButton>(m_f->page(id), "submitButton")->click();
            look(QStringLiteral("%1, field errors").arg(QString::fromLatin1(id)));
        }
        m_f->window().showHome();
        verdict();
    }

    void aepsResults()
    {
        for (const char* id : {"cashWithdrawal", "balanceEnquiry", "miniStatement", "aadhaarPay"}) {
            QVERIFY2(fillAeps(id, QStringLiteral("500")), id);
            QVERIFY2(submitAeps(id), id);
            QVERIFY2(aepsPage(id)->resultPage().isVisible(), qPrintable(m_f->formError(id)));
            // A mini statement's narrations are the bank's own words for each line of the customer's account.
            if (auto* mini = m_f->page(id)->findChild<QAbstractItemView*>(QStringLiteral("miniStatementTableView"));
                mini && mini->isVisible()) {
                const QAbstractItemModel* model = mini->model();
                for (int r = 0; r < model->rowCount(); ++r) {
                    const QString narration = model->index(r, model->columnCount() - 1).data().toString();
                    for (const QString& w :
                         narration.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)) {
                        m_allowed.insert(w);
                    }
                }
            }
            look(QStringLiteral("%1, success").arg(QString::fromLatin1(id)));
        }
        m_f->window().showHome();
        verdict();
    }

    void aepsPendingAndFailure()
    {
        using sandbox::Fault;
        for (const auto& [fault, state] : {std::pair {Fault::PendingThenSuccess, "pending"},
                                           std::pair {Fault::BankDeclineFrozen, "failed, bank declined"},
                                           std::pair {Fault::BiometricMismatch, "failed, finger"},
                                           std::pair {Fault::InsufficientWalletBalance, "refused, wallet"},
                                           std::pair {Fault::Http500, "refused, HTTP 500"}}) {
            m_f->sandbox().clearFaults();
            m_f->sandbox().armFault(fault, QStringLiteral("cash-withdrawal"));
            QVERIFY(fillAeps("cashWithdrawal", QStringLiteral("700"), QStringLiteral("98765432%1").arg(++m_customer)));
            QVERIFY2(submitAeps("cashWithdrawal"), state);
            look(QStringLiteral("cash withdrawal, %1").arg(QString::fromLatin1(state)));
        }
        m_f->sandbox().clearFaults();
        m_f->window().showHome();
        verdict();
    }

    void historyWithRows()
    {
        QVERIFY(m_f->window().showPage(QStringLiteral("history")));
        QTRY_VERIFY(!child<QLabel>(m_f->page("history"), "historyStatusLabel")->text().isEmpty());
        look(QStringLiteral("history, rows"));
        m_f->window().showHome();
        verdict();
    }

    // Issue #19: the till not open, a refusal at its field, open with its figures, a manual move refused and
    // recorded, the close's comparison and the close recorded.
    void till()
    {
        m_f->window().showHome();
        QTest::keyClick(&m_f->window(), Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(m_f->window().currentPageId(), QStringLiteral("till")); // an animated click
        QWidget* page = m_f->page("till");
        auto* cash = child<QLineEdit>(page, "openingCashLineEdit");
        look(QStringLiteral("till, not open"));
        pressEnter(cash);
        look(QStringLiteral("till, opening cash missing"));
        typeInto(cash, QStringLiteral("20000"));
        pressEnter(cash);
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "tillShiftView"), kWait);
        QTRY_VERIFY(!child<QLabel>(page, "expectedCashValueLabel")->text().startsWith(QChar(0x2026)));
        look(QStringLiteral("till, open"));
        auto* amount = child<QLineEdit>(page, "moveAmountLineEdit");
        pressEnter(amount);
        look(QStringLiteral("till, move refused"));
        typeInto(amount, QStringLiteral("500"));
        // The reason is the agent's own words: on the Hindi walk committed in Devanagari, as a Hindi keyboard (an
        // input method) commits them.
        auto* reason = child<QLineEdit>(page, "moveReasonLineEdit");
        if (kHindi) {
            reason->setFocus();
            QInputMethodEvent hindi;
            hindi.setCommitString(QStringLiteral("मालिक से खुले पैसे"));
            QApplication::sendEvent(reason, &hindi);
        } else {
            typeInto(reason, QStringLiteral("change from the owner"));
        }
        pressEnter(amount);
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "moveStatusLabel"), kWait);
        look(QStringLiteral("till, move recorded"));
        auto* counted = child<QLineEdit>(page, "countedCashLineEdit");
        typeInto(counted, QStringLiteral("20400"));
        pressEnter(counted);
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "confirmCloseButton"), kWait);
        look(QStringLiteral("till, close compared"));
        pressEnter(child<QPushButton>(page, "confirmCloseButton"));
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "openTillButton"), kWait);
        look(QStringLiteral("till, closed"));
        m_f->window().showHome();
        look(QStringLiteral("home, till closed"));
        verdict();
    }

    void deviceWizard()
    {
        QTest::mouseClick(m_f->window().findChild<QPushButton*>(QStringLiteral("deviceButton")), Qt::LeftButton);
        QWidget* wizard = m_f->page("device");
        QCOMPARE(m_f->window().currentPageId(), QStringLiteral("device"));
        look(QStringLiteral("device wizard, searching"));
        auto* next = child<QPushButton>(wizard, "wizardNextButton");
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kWait);
        look(QStringLiteral("device wizard, found"));
        for (const char* state : {"choose", "details"}) {
            next->click();
            QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kWait);
            look(QStringLiteral("device wizard, %1").arg(QString::fromLatin1(state)));
        }
        next->click();
        look(QStringLiteral("device wizard, test capture"));
        QTest::keyClick(wizard, Qt::Key_Return); // the test capture
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kWait);
        look(QStringLiteral("device wizard, captured"));
        next->click();
        look(QStringLiteral("device wizard, save"));
        child<QPushButton>(wizard, "wizardFinishButton")->click();
        QTRY_VERIFY(m_f->window().currentPageId() != QLatin1String("device"));
        look(QStringLiteral("device saved (status line)"));
        m_f->window().showHome();
        verdict();
    }

    void moneyTransfer()
    {
        m_f->window().showHome();
        QTest::keyClick(&m_f->window(), Qt::Key_F5);
        auto* page = dmtPage();
        QVERIFY(page);
        QCOMPARE(m_f->window().currentPageId(), QStringLiteral("moneyTransfer"));
        look(QStringLiteral("DMT customer, empty"));
        auto* mobile = child<QLineEdit>(page, "customerMobileLineEdit");
        typeInto(mobile, QStringLiteral("12"));
        pressEnter(mobile);
        look(QStringLiteral("DMT customer, field error"));
        mobile->clear();
        typeInto(mobile, QStringLiteral("9811199981"));
        pressEnter(mobile);
        QTRY_COMPARE_WITH_TIMEOUT(page->customerStep().view(), CustomerView::Register, kWait);
        look(QStringLiteral("DMT registration"));
        pressEnter(child<QLineEdit>(page, "pinCodeLineEdit"));
        look(QStringLiteral("DMT registration, field errors"));
        typeInto(child<QLineEdit>(page, "nameLineEdit"), QStringLiteral("Geeta Sharma"));
        typeInto(child<QLineEdit>(page, "dobLineEdit"), QStringLiteral("15/08/1985"));
        typeInto(child<QLineEdit>(page, "addressLineEdit"), QStringLiteral("12 MG Road"));
        typeInto(child<QLineEdit>(page, "cityLineEdit"), QStringLiteral("New Delhi"));
        typeInto(child<QLineEdit>(page, "stateLineEdit"), QStringLiteral("Delhi"));
        typeInto(child<QLineEdit>(page, "pinCodeLineEdit"), QStringLiteral("110001"));
        pressEnter(child<QLineEdit>(page, "pinCodeLineEdit"));
        if (page->rail() == dmt::Rail::Fino) { // the sender's eKYC with the finger comes first
            QTRY_COMPARE_WITH_TIMEOUT(page->customerStep().view(), CustomerView::Ekyc, kWait);
            look(QStringLiteral("DMT sender eKYC"));
            child<QPushButton>(page, "ekycCaptureButton")->click();
            look(QStringLiteral("DMT sender eKYC, field errors"));
            typeInto(child<ui::AadhaarLineEdit>(page, "aadhaarLineEdit"), QString::fromLatin1(kTestAadhaar));
            QTest::keyClick(child<QCheckBox>(page, "ekycConsentCheckBox"), Qt::Key_Space);
            child<QPushButton>(page, "ekycCaptureButton")->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(page->customerStep().view() == CustomerView::Otp && !page->customerStep().isBusy(),
                                 kWait);
        look(QStringLiteral("DMT customer OTP"));
        auto* otp = child<QLineEdit>(page, "customerOtpLineEdit");
        typeInto(otp, QStringLiteral("111111"));
        pressEnter(otp);
        QTRY_VERIFY_WITH_TIMEOUT(!page->customerStep().isBusy(), kWait);
        look(QStringLiteral("DMT customer OTP, wrong"));
        otp->clear();
        typeInto(otp, QStringLiteral("123456"));
        pressEnter(otp);
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "customerContinueButton"), kWait);
        look(QStringLiteral("DMT customer, can send"));
        pressEnter(child<QPushButton>(page, "customerContinueButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->step() == Step::Recipients && !page->recipientsStep().isBusy(), kWait);
        look(QStringLiteral("DMT recipients, none"));
        child<QPushButton>(page, "addRecipientButton")->click();
        look(QStringLiteral("DMT recipient form"));
        pressEnter(child<QLineEdit>(page, "recipientMobileLineEdit"));
        look(QStringLiteral("DMT recipient form, field errors"));
        typeInto(child<QLineEdit>(page, "accountLineEdit"), QStringLiteral("123456789012"));
        typeInto(child<QLineEdit>(page, "ifscLineEdit"), QStringLiteral("SBIN0001234"));
        typeInto(child<QLineEdit>(page, "recipientNameLineEdit"), QStringLiteral("Anil Kumar"));
        typeInto(child<QLineEdit>(page, "recipientMobileLineEdit"), QStringLiteral("9876501234"));
        pressEnter(child<QLineEdit>(page, "recipientMobileLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(page->recipientsStep().recipients().size() == 1 && !page->recipientsStep().isBusy(),
                                 kWait);
        look(QStringLiteral("DMT recipients, one"));
        for (const auto& [amount, state] : {std::pair {"abc", "amount error"}, std::pair {"2000", "success"},
                                            std::pair {"4321", "refund pending"}, std::pair {"4323", "awaited"}}) {
            if (page->step() != Step::Recipients) {
                page->reset();
                lookUpAgain(page);
            }
            pressEnter(child<QListWidget>(page, "recipientsListWidget"));
            QTRY_COMPARE(page->step(), Step::Transfer);
            auto* amountEdit = child<QLineEdit>(page, "amountLineEdit");
            amountEdit->clear();
            typeInto(amountEdit, QString::fromLatin1(amount));
            pressEnter(amountEdit);
            if (page->transferStep().view() != ui::DmtTransferStep::View::Plan) {
                look(QStringLiteral("DMT transfer, %1").arg(QString::fromLatin1(state)));
                page->reset();
                lookUpAgain(page);
                continue;
            }
            look(QStringLiteral("DMT plan, %1").arg(QString::fromLatin1(state)));
            pressEnter(child<QPushButton>(page, "confirmButton"));
            if (page->rail() == dmt::Rail::Fino) { // each part is sent with the customer's OTP
                auto* transferOtp = child<QLineEdit>(page, "transferOtpLineEdit");
                QTRY_VERIFY_WITH_TIMEOUT(transferOtp->isVisible() && !transferOtp->isReadOnly(), kWait);
                look(QStringLiteral("DMT transfer OTP, %1").arg(QString::fromLatin1(state)));
                typeInto(transferOtp, QStringLiteral("123456"));
                pressEnter(transferOtp);
            }
            QTRY_COMPARE_WITH_TIMEOUT(page->step(), Step::Result, 30000);
            look(QStringLiteral("DMT result, %1").arg(QString::fromLatin1(state)));
            if (QString::fromLatin1(state) == QLatin1String("refund pending")) {
                QTRY_VERIFY_WITH_TIMEOUT(shown(page, "refundButton"), kWait);
                pressEnter(child<QPushButton>(page, "refundButton"));
                QTRY_COMPARE(page->step(), Step::Refund);
                auto* refundOtp = child<QLineEdit>(page, "refundOtpLineEdit");
                QTRY_VERIFY_WITH_TIMEOUT(refundOtp->isVisible() && !refundOtp->isReadOnly(), kWait);
                look(QStringLiteral("DMT refund OTP"));
                typeInto(refundOtp, QStringLiteral("123456"));
                pressEnter(refundOtp);
                QTRY_VERIFY_WITH_TIMEOUT(shown(page, "refundReceiptPlainTextEdit"), kWait);
                look(QStringLiteral("DMT refunded"));
            }
        }
        m_f->window().showHome();
        verdict();
    }

    void settingsOnboardingAndGoLive()
    {
        QVERIFY(m_f->window().showPage(QStringLiteral("settings")));
        look(QStringLiteral("settings"));
        // A location that is not latitude,longitude: the field's message.
        auto* latLong = child<QLineEdit>(m_f->page("settings"), "latLongLineEdit");
        const QString location = latLong->text();
        latLong->setText(QStringLiteral("north of the market"));
        QTest::mouseClick(child<QPushButton>(m_f->page("settings"), "saveButton"), Qt::LeftButton);
        look(QStringLiteral("settings, bad location"));
        latLong->setText(location);
        QVERIFY(m_f->window().showPage(QStringLiteral("onboarding")));
        look(QStringLiteral("onboarding"));
        auto* onboarding = qobject_cast<QWizard*>(m_f->page("onboarding"));
        if (onboarding) {
            onboarding->restart();
            onboarding->next(); // refused: the fields are empty
            look(QStringLiteral("onboarding, field errors"));
        }
        QVERIFY(m_f->window().showPage(QStringLiteral("goLive")));
        auto* goLive = qobject_cast<QWizard*>(m_f->page("goLive"));
        QVERIFY(goLive);
        goLive->restart();
        for (int i = 0; i < 6; ++i) {
            look(QStringLiteral("go-live page %1").arg(goLive->currentId()));
            const int before = goLive->currentId();
            goLive->next();
            if (goLive->currentId() == before) {
                break;
            }
        }
        m_f->window().showHome();
        verdict();
    }

    void startupCheckStatusLines()
    {
        if (!kHindi) {
            QSKIP("status lines only matter for the language");
        }
        StartupCheck check(*m_f->app().services().eko, *m_f->app().services().device, &m_f->app().session());
        connect(&check, &StartupCheck::progress, &m_f->window(),
                qOverload<const QString&>(&ui::MainWindow::setServiceStatus));
        QSignalSpy finished(&check, &StartupCheck::finished);
        check.start();
        look(QStringLiteral("status lines, checking"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        look(QStringLiteral("status lines, checked"));
        // Lines said in English before a switch are said again in Hindi after it.
        QVERIFY(m_f->app().language().setLanguage(QStringLiteral("en")));
        QSignalSpy progress(&check, &StartupCheck::progress);
        QVERIFY(m_f->app().language().setLanguage(QStringLiteral("hi")));
        QTRY_VERIFY(progress.size() >= 1);
        look(QStringLiteral("status lines, after switching from English"));
        verdict();
    }

    void lockScreen()
    {
        QVERIFY(m_f->app().appSettings().setPin(QStringLiteral("4826")).isNull());
        auto* kiosk = m_f->app().kiosk();
        kiosk->setKioskEnabled(true);
        look(QStringLiteral("kiosk"));
        kiosk->lockNow();
        look(QStringLiteral("lock screen"));
        auto* pin = child<QLineEdit>(kiosk->lockScreen(), "pinLineEdit");
        typeInto(pin, QStringLiteral("1111"));
        pressEnter(pin);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(kiosk->lockScreen(), "lockMessageLabel")->text().isEmpty(), kWait);
        look(QStringLiteral("lock screen, wrong PIN"));
        QTRY_VERIFY(child<QPushButton>(kiosk->lockScreen(), "unlockButton")->isEnabled());
        typeInto(pin, QStringLiteral("4826"));
        pressEnter(pin);
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk->lockScreen()->isVisible(), kWait);
        kiosk->setKioskEnabled(false);
        verdict();
    }

    // A second counter without a keychain: the warning under the header.
    void noKeychainWarning()
    {
        m_f.reset();
        m_f = std::make_unique<CounterFixture>(false);
        if (kHindi) {
            m_f->settings().setValue(QStringLiteral("ui/language"), QStringLiteral("hi"));
        }
        QVERIFY(m_f->start());
        QTRY_VERIFY(m_f->window().findChild<QLabel*>(QStringLiteral("counterNoticeLabel"))->isVisible());
        look(QStringLiteral("no keychain"));
        verdict();
    }

private:
    void lookUpAgain(ui::MoneyTransferPage* page)
    {
        auto* mobile = child<QLineEdit>(page, "customerMobileLineEdit");
        mobile->clear();
        typeInto(mobile, QStringLiteral("9811199981"));
        pressEnter(mobile);
        QTRY_VERIFY_WITH_TIMEOUT(shown(page, "customerContinueButton"), kWait);
        pressEnter(child<QPushButton>(page, "customerContinueButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->step() == Step::Recipients && !page->recipientsStep().isBusy(), kWait);
    }
};

QTEST_MAIN(TestScreenWalk)
#include "TestHindiWalk.moc"
