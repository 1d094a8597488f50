// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "counter/CounterServices.h"
#include "crypto/EkoPublicKeys.h"
#include "util/Error.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QSettings;

namespace saathi {

class AppSettings;
class ClientRefIdGenerator;
class CustomerTokenizer;
class EkoCredentialStore;
class EnvironmentSwitcher;
class SecretStore;
class StartupCheck;
class TrainingEnvironment;
namespace agent {
class AgentSession;
}
namespace dmt {
class DmtService;
}
namespace eko {
class EkoTransactionInquirer;
}
namespace journal {
class JournalService;
}
namespace ui {
class AepsFormPage;
class DailyLoginPage;
class EkycWizard;
class HomePage;
class KioskController;
class LanguageSwitcher;
class MainWindow;
class DeviceWizard;
class MoneyTransferPage;
class OnboardingWizard;
class SettingsPage;
} // namespace ui

// The counter's composition (the GUI's composition root, used by main.cpp and the shell tests): training
// environment, journal (opened, reconciling from the start), the agent's session, CounterServices and the main
// window with its pages (the four AePS screens, History, Settings, onboarding, eKYC and daily login), the kiosk
// controller with its lock screen, the language switcher and the customer-token key from the keychain. Start-up
// routes the agent: onboarding on a first run outside training, eKYC, then today's login, then the home tiles.
class CounterApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString journalPath; // empty: $SAATHI_JOURNAL_PATH, else JournalDatabase::defaultPath()
        const Clock* clock = nullptr; // null: the system clock (tests inject a ManualClock)
        QSettings* settings = nullptr; // null: $SAATHI_SETTINGS_PATH (INI) if set, else the app's own QSettings
        SecretStore* secrets = nullptr; // null: the OS keychain (tests inject an in-memory or a failing store)
        bool kiosk = false; // `saathi --kiosk`: kiosk mode for this run whatever the setting says
    };

    explicit CounterApp(Options options, QObject* parent = nullptr);
    ~CounterApp() override;

    // Starts the services and the journal, builds the window; the error says what could not start.
    Result<bool> start();

    ui::MainWindow& window() { return *m_window; }
    TrainingEnvironment& training() { return *m_training; }
    CounterServices& services() { return m_services; }
    agent::AgentSession& session() { return *m_session; }
    journal::JournalService& journal() { return *m_journal; }
    AppSettings& appSettings() { return *m_appSettings; }
    ui::KioskController* kiosk() const { return m_kiosk.get(); }
    ui::LanguageSwitcher& language() { return *m_language; }
    EnvironmentSwitcher* environment() const { return m_environment; }
    // True while a money request is between capture and Eko's answer (no environment switch then).
    bool moneyRequestInFlight() const;
    static inline const QString kSettingsPageId = QStringLiteral("settings");
    static inline const QString kOnboardingPageId = QStringLiteral("onboarding");
    QString journalPath() const { return m_journalPath; }
    static QString resolveJournalPath(const QString& option);

public Q_SLOTS:
    void refreshBalance();
    // Re-reads the agent's standing (IST day, Eko's asks) and routes to eKYC/daily login when needed.
    void checkAgent();

Q_SIGNALS:
    void journalReady(bool ok);

private:
    void buildWindow();
    void buildAepsPages();
    void buildSetupPages();
    void buildMoneyTransferPage(); // again after an environment switch: the rail may differ
    void buildDevicePage();
    void openJournal();
    void loadCustomerTokenKey();
    void updateLock();
    void noteAepsOutcome(ui::AepsFormPage* page);
    void onEnvironmentSwitched(EkoEnvironment env, const QString& userCode);
    void setUserCode(const QString& userCode);
    void showOnboarding();

    Options m_options;
    QString m_journalPath;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings = nullptr;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore* m_secrets = nullptr;
    std::unique_ptr<EkoCredentialStore> m_credentials;
    std::unique_ptr<CustomerTokenizer> m_customerTokens;
    std::unique_ptr<ui::LanguageSwitcher> m_language;
    std::unique_ptr<TrainingEnvironment> m_training;
    std::unique_ptr<journal::JournalService> m_journal;
    std::unique_ptr<eko::EkoTransactionInquirer> m_inquirer;
    std::unique_ptr<ClientRefIdGenerator> m_refIds;
    std::unique_ptr<agent::AgentSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::KioskController> m_kiosk;
    EnvironmentSwitcher* m_environment = nullptr;
    CounterServices m_services;
    ui::HomePage* m_home = nullptr;
    ui::DailyLoginPage* m_dailyLogin = nullptr;
    ui::EkycWizard* m_ekyc = nullptr;
    ui::SettingsPage* m_settingsPage = nullptr;
    ui::OnboardingWizard* m_onboarding = nullptr;
    QList<ui::AepsFormPage*> m_aepsPages;
    std::unique_ptr<dmt::DmtService> m_dmt;
    std::unique_ptr<dmt::DmtService> m_oldDmt; // the replaced page's, until that page is gone
    ui::MoneyTransferPage* m_moneyTransfer = nullptr;
    ui::DeviceWizard* m_deviceWizard = nullptr;
    bool m_onboardingClosed = true; // the wizard starts afresh next time (left half-way, it keeps what was typed)
    QTimer m_dayTimer;
};

} // namespace saathi
