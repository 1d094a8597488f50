// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CounterFixture.h"

#include "TestKeys.h"
#include "app/CounterEnvironment.h"
#include "app/TrainingEnvironment.h"
#include "core/agent/AgentSession.h"
#include "core/journal/JournalService.h"
#include "sandbox/eko/EkoSandbox.h"
#include "ui/aeps/AepsFormPage.h"
#include "ui/aeps/BankPicker.h"
#include "ui/aeps/TransactionResultPage.h"
#include "ui/agent/EkycWizard.h"
#include "ui/home/HomePage.h"
#include "ui/widgets/AadhaarLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace saathi::test {

qint64 istMs(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Clock::istZone()).toMSecsSinceEpoch();
}

namespace {
template<typename T>
T* child(QWidget* root, const char* name)
{
    T* w = root ? root->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!w) {
        qWarning("no widget %s", name);
    }
    return w;
}
} // namespace

CounterFixture::CounterFixture(bool keychain)
    : m_settings(m_dir.filePath(QStringLiteral("saathi.ini")), QSettings::IniFormat)
    , m_clock(istMs(23, 11, 30))
    , m_secrets(!keychain)
{
    makeApp();
}

CounterFixture::CounterFixture(const Live& live)
    : m_settings(live.settingsIni, QSettings::IniFormat)
    , m_live(true)
{
    makeApp();
}

void CounterFixture::makeApp()
{
    CounterApp::Options options;
    options.clock = m_live ? nullptr : &m_clock; // live: the system clock, as the stand-ins use
    options.settings = &m_settings;
    options.secrets = m_live ? nullptr : &m_secrets; // live: the OS keychain
    options.journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
    m_app = std::make_unique<CounterApp>(options);
}

bool CounterFixture::restart()
{
    m_app.reset(); // the journal shuts down first (JournalService::shutdown): nothing to wait for
    m_settings.sync();
    makeApp();
    return start();
}

CounterFixture::~CounterFixture() = default; // CounterApp shuts its journal down before its pages go

sandbox::EkoSandbox& CounterFixture::sandbox()
{
    return m_app->training()->ekoSandbox();
}

bool CounterFixture::start()
{
    QSignalSpy journalReady(m_app.get(), &CounterApp::journalReady);
    const auto started = m_app->start();
    if (!started) {
        qWarning("start failed: %s", qPrintable(started.error().detail));
        return false;
    }
    window().show();
    if (!QTest::qWaitForWindowExposed(&window())) {
        return false;
    }
    QApplication::setActiveWindow(&window()); // F-keys, Esc and Ctrl+, are window shortcuts
    if (!QTest::qWaitForWindowActive(&window())) {
        return false;
    }
    // The journal may have answered while the window was coming up: wait only if it has not.
    if (journalReady.isEmpty() && !journalReady.wait(15000)) {
        qWarning("the journal did not open");
        return false;
    }
    return journalReady.first().first().toBool();
}

bool CounterFixture::chooseDevice()
{
    ui::MainWindow& window = this->window();
    if (window.currentPageId() != QLatin1String("device")) {
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("deviceButton")), Qt::LeftButton);
    }
    QWidget* wizard = page("device");
    if (!wizard || window.currentPageId() != QLatin1String("device")) {
        qWarning("the device wizard did not open");
        return false;
    }
    auto* next = wizard->findChild<QPushButton*>(QStringLiteral("wizardNextButton"));
    const auto nextEnabled = [next](int ms) { return QTest::qWaitFor([next] { return next->isEnabled(); }, ms); };
    if (!nextEnabled(15000)) {
        qWarning("no fingerprint device found");
        return false;
    }
    next->click(); // choose: the best ready device is preselected
    if (!nextEnabled(5000)) {
        return false;
    }
    next->click(); // details, read from the device
    if (!nextEnabled(10000)) {
        qWarning("device details not read");
        return false;
    }
    next->click(); // the test capture: Enter runs it
    QTest::keyClick(wizard, Qt::Key_Return);
    auto* quality = wizard->findChild<QLabel*>(QStringLiteral("qualityLabel"));
    if (!nextEnabled(10000) || !quality || quality->text().isEmpty()) {
        qWarning("test capture did not pass");
        return false;
    }
    next->click();
    wizard->findChild<QPushButton*>(QStringLiteral("wizardFinishButton"))->click();
    const QString key = m_app->environment().deviceChoiceKey();
    return QTest::qWaitFor([&window] { return window.currentPageId() != QLatin1String("device"); }, 5000)
        && !m_settings.value(key).toByteArray().isEmpty();
}

bool CounterFixture::loginAgent()
{
    auto* wizard = qobject_cast<ui::EkycWizard*>(page("ekyc"));
    if (!wizard || window().currentPageId() != QLatin1String("ekyc")) {
        qWarning("not on the eKYC page but on %s", qPrintable(window().currentPageId()));
        return false;
    }
    QWidget* details = wizard->page(0);
    QTest::keyClicks(child<ui::AadhaarLineEdit>(details, "aadhaarLineEdit"), QString::fromLatin1(kTestAadhaar));
    QTest::mouseClick(child<QPushButton>(details, "sendOtpButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return wizard->currentId() == 1; }, 20000)) {
        qWarning("OTP page not reached");
        return false;
    }
    auto* otp = child<QLineEdit>(wizard->page(1), "otpLineEdit");
    QTest::keyClicks(otp, QStringLiteral("123456"));
    QTest::keyClick(otp, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return wizard->currentId() == 2; }, 20000)) {
        qWarning("biometric page not reached");
        return false;
    }
    QTest::mouseClick(child<QPushButton>(wizard->page(2), "captureButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return window().currentPageId() == QLatin1String("dailyLogin"); }, 20000)) {
        qWarning("daily login not reached: %s", qPrintable(window().currentPageId()));
        return false;
    }
    return dailyLogin();
}

bool CounterFixture::dailyLogin()
{
    QWidget* login = page("dailyLogin");
    auto* aadhaar = child<ui::AadhaarLineEdit>(login, "aadhaarLineEdit");
    aadhaar->clearDigits();
    QTest::keyClicks(aadhaar, QString::fromLatin1(kTestAadhaar));
    QTest::mouseClick(child<QPushButton>(login, "loginButton"), Qt::LeftButton);
    return QTest::qWaitFor([&] { return window().currentPageId() == ui::pages::kHome; }, 20000)
        && m_app->session().aepsUnlocked();
}

bool CounterFixture::typeWithdrawal(const QString& mobile, const QString& amount)
{
    QTest::keyClick(&window(), Qt::Key_F1);
    if (window().currentPageId() != QLatin1String("cashWithdrawal")) {
        qWarning("F1 did not open Cash withdrawal: %s", qPrintable(window().currentPageId()));
        return false;
    }
    auto* form = qobject_cast<ui::AepsFormPage*>(page("cashWithdrawal"));
    if (!form->flow().isBusy()) {
        form->reset(); // the last attempt's fields (kept after an error) are not this customer's
    }
    if (!QTest::qWaitFor([&] { return form->findChild<ui::BankPicker*>()->isLoaded(); }, 20000)) {
        return false;
    }
    // Each field gets the keys where the focus is, Tab moves on: the tab order is the form's order.
    const auto typeHere = [](const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); };
    if (QApplication::focusWidget() != child<QLineEdit>(form, "mobileLineEdit")) {
        qWarning("the form did not open on the mobile field: the focus is on %s",
                 QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "nothing");
        return false;
    }
    typeHere(mobile);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeHere(QStringLiteral("SBIN"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // picks the highlighted bank, moves on
    typeHere(QString::fromLatin1(kTestAadhaar));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeHere(amount);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget() != child<QCheckBox>(form, "consentCheckBox")) {
        qWarning("Tab from the amount did not reach the consent: %s",
                 QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "none");
        return false;
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    return child<QCheckBox>(form, "consentCheckBox")->isChecked();
}

bool CounterFixture::waitForResult(const char* id, int timeoutMs)
{
    auto* form = qobject_cast<ui::AepsFormPage*>(page(id));
    return form && QTest::qWaitFor([&] { return form->resultPage().isVisible() || formError(id).size(); }, timeoutMs);
}

QString CounterFixture::formError(const char* id)
{
    auto* label = child<QLabel>(page(id), "formErrorLabel");
    return label && label->isVisible() ? label->text() : QString();
}

QString CounterFixture::resultStatus(const char* id)
{
    auto* form = qobject_cast<ui::AepsFormPage*>(page(id));
    return form->resultPage().isVisible() ? child<QLabel>(page(id), "statusLabel")->text() : QString();
}

QString CounterFixture::resultMessage(const char* id)
{
    // The result page's message, or the form's own line when Eko refused before anything was done.
    auto* form = qobject_cast<ui::AepsFormPage*>(page(id));
    return form->resultPage().isVisible() ? child<QLabel>(page(id), "messageLabel")->text() : formError(id);
}

QString CounterFixture::receiptText(const char* id)
{
    return child<QPlainTextEdit>(page(id), "receiptPlainTextEdit")->toPlainText();
}

int CounterFixture::journalRows()
{
    auto future = m_app->journal().history(journal::HistoryFilter(), 1000);
    future.waitForFinished(); // test code: the journal's worker answers in milliseconds
    return future.result().ok() ? int(future.result().value().rows.size()) : -1;
}

} // namespace saathi::test
