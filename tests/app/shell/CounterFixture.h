// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// The whole counter (CounterApp) offscreen for the shell tests: a temporary journal and settings file, a
// ManualClock shared by the app, the sandbox and the RD simulator, and an in-memory keychain. Helpers drive the
// real widgets with QTest keys and clicks, as an agent would.
#include "MemorySecretStore.h"
#include "app/CounterApp.h"
#include "core/util/Clock.h"
#include "ui/MainWindow.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace saathi::sandbox {
class EkoSandbox;
}

namespace saathi::test {

qint64 istMs(int day, int hour, int minute); // November 2026, IST

class CounterFixture
{
public:
    explicit CounterFixture(bool keychain = true);
    // A real counter as a shop runs it: the settings file a distributor provisioned (`settingsIni`), the OS
    // keychain (the test's own D-Bus session, tests/support/with-keyring.sh) and the system clock.
    struct Live
    {
        QString settingsIni;
    };
    explicit CounterFixture(const Live& live);
    ~CounterFixture();

    // Starts the app, shows and activates its window, waits for the journal. False (with a warning) on failure.
    bool start();
    // Closes the app and starts it again over the same settings, keychain and journal files.
    bool restart();
    CounterApp& app() { return *m_app; }
    ui::MainWindow& window() { return m_app->window(); }
    sandbox::EkoSandbox& sandbox();
    ManualClock& clock() { return m_clock; }
    QSettings& settings() { return m_settings; }
    SecretStore& secrets() { return m_secrets; }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QWidget* page(const char* id) { return window().page(QString::fromLatin1(id)); }

    // The fingerprint device wizard (opened from the header unless it is showing already): the environment's
    // device is found, its details read, a test capture taken with its quality shown, and the choice saved under
    // the environment's key.
    bool chooseDevice();
    // eKYC (OTP 123456, finger) and today's daily login through the real pages; ends on the home page.
    bool loginAgent();
    bool dailyLogin();
    // Opens Cash withdrawal with F1 and types the whole form with the keyboard, consent with Space.
    bool typeWithdrawal(const QString& mobile, const QString& amount);
    // Waits until the AePS page `id` shows its result page, or an error line on its form.
    bool waitForResult(const char* id, int timeoutMs = 30000);
    QString resultStatus(const char* id);
    QString resultMessage(const char* id);
    QString formError(const char* id);
    QString receiptText(const char* id);
    int journalRows();

private:
    void makeApp();

    QTemporaryDir m_dir;
    QSettings m_settings;
    ManualClock m_clock;
    MemorySecretStore m_secrets;
    bool m_live = false;
    std::unique_ptr<CounterApp> m_app;
};

} // namespace saathi::test
