// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/crypto/EkoPublicKeys.h"
#include "core/journal/LegacyJournalMigration.h"
#include "core/journal/TransactionRecord.h"
#include "core/util/Error.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QSettings;

namespace saathi {

class AppSettings;
class ClientRefIdGenerator;
class CounterEnvironment;
class CounterRouter;
class CustomerTokenizer;
class EkoCredentialStore;
class SecretStore;
class TrainingEnvironment;
namespace agent {
class AgentSession;
class WalletService;
} // namespace agent
namespace claims {
class ClaimService;
}
namespace dmt {
class DmtService;
}
namespace reconcile {
class EkoTransactionInquirer;
}
namespace journal {
class JournalService;
} // namespace journal
namespace support {
class SupportFileWriter;
}
namespace till {
class Operators;
class TillService;
} // namespace till
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
class GoLiveWizard;
class OnboardingWizard;
class ReceiptOutput;
class SettingsPage;
class TillPage;
} // namespace ui

// The counter's composition (the GUI's composition root, used by main.cpp and the shell tests): the current
// environment (CounterEnvironment: training, UAT or production, exactly one at a time), its journal (opened,
// reconciling from the start), the agent's session, CounterServices and the main window with its pages (the four
// AePS screens, History, Settings, onboarding, eKYC and daily login), the kiosk controller with its lock screen, the
// language switcher and the customer-token key from the keychain. What shows when is CounterRouter's: set-up on a
// first run outside training, eKYC, then today's login, then the home tiles. Switching environment rebuilds the pages
// that hold the environment's client and device, and is refused while the current environment has unresolved money.
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
    CounterEnvironment& environment() { return *m_env; }
    // The training world while the counter is in it; null in UAT and production.
    TrainingEnvironment* training() const;
    CounterServices& services() { return m_services; }
    agent::AgentSession& session() { return *m_session; }
    journal::JournalService& journal() { return *m_journal; }
    AppSettings& appSettings() { return *m_appSettings; }
    ui::KioskController* kiosk() const { return m_kiosk.get(); }
    ui::LanguageSwitcher& language() { return *m_language; }
    // Where every Print button goes: the printer chosen in Settings (one for the app's life: its queue survives).
    ui::ReceiptOutput& receiptOutput() { return *m_receiptOutput; }
    CounterRouter& router() { return *m_router; }
    // The current environment's journal file.
    QString journalPath() const;
    // The journal base (--journal, $SAATHI_JOURNAL_PATH or the app's data folder); each environment's file is
    // derived from it (journal::JournalPaths::forEnvironment).
    static QString resolveJournalPath(const QString& option);

public Q_SLOTS:
    void refreshBalance();
    // A transaction ended: a practice scenario in progress (training) judges the journal's rows again.
    void judgePractice();
    // Re-reads the agent's standing (IST day, Eko's asks) and routes to eKYC/daily login when needed.
    void checkAgent();
    // Moves the counter to `env`. Waits for a money request in flight; refused (environmentSwitchRefused) while
    // the current environment has unresolved money rows, unless a supervisor overrode it — those rows are then
    // reconciled again the next time their environment is active.
    void requestEnvironment(saathi::EkoEnvironment env, bool supervisorOverride = false);

Q_SIGNALS:
    void journalReady(bool ok);
    // The environment is prepared (start-up or after a switch); `ready` false: `problem` says what is missing.
    void environmentReady(bool ready, const QString& problem);
    void environmentSwitched(saathi::EkoEnvironment env);
    void environmentSwitchRefused(saathi::EkoEnvironment wanted, const QList<saathi::journal::TransactionRecord>& rows);

private:
    void buildWindow();
    // The pages that hold the environment's client or device: built at start and again after a switch.
    void buildEnvironmentPages();
    void buildAgentPages();
    void buildAepsPages();
    void buildSetupPages();
    void buildOnboardingPage();
    void buildMoneyTransferPage();
    void buildDevicePage();
    void buildTill(); // the operators and the till's service (CounterAppTill.cpp)
    void buildTillPage();
    void useEnvironment(); // CounterServices, header, banner, session and wallet follow m_env
    void openJournal();
    void openJournalFile(const QString& path, const std::optional<journal::LegacyMigrationRequest>& migration);
    void loadCustomerTokenKey();
    void onEnvironmentPrepared(bool ready);
    void beginSwitch(EkoEnvironment env);
    void finishSwitch();
    void retryDeferredSwitch();
    void setUserCode(const QString& userCode);
    void onGoLiveReady(EkoEnvironment env);

    Options m_options;
    QString m_journalBase;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings = nullptr;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore* m_secrets = nullptr;
    std::unique_ptr<EkoCredentialStore> m_credentials;
    std::unique_ptr<CustomerTokenizer> m_customerTokens;
    std::unique_ptr<ui::LanguageSwitcher> m_language;
    std::unique_ptr<ui::ReceiptOutput> m_receiptOutput;
    std::unique_ptr<support::SupportFileWriter> m_supportFile; // outlives the window: Settings holds it
    std::unique_ptr<CounterEnvironment> m_env;
    std::unique_ptr<CounterEnvironment> m_nextEnv; // being prepared for a switch
    std::optional<EkoEnvironment> m_deferredEnv; // asked for while a money request was in flight
    std::unique_ptr<journal::JournalService> m_journal;
    std::unique_ptr<dayclose::DayCloseService> m_dayClose; // issue #19: the day close, on m_journal's worker
    std::unique_ptr<claims::ClaimService> m_claims; // issue #19: reads through m_journal
    std::unique_ptr<reconcile::EkoTransactionInquirer> m_inquirer;
    std::unique_ptr<ClientRefIdGenerator> m_refIds;
    std::unique_ptr<agent::AgentSession> m_session;
    std::unique_ptr<agent::WalletService> m_wallet;
    std::unique_ptr<till::Operators> m_operators;
    std::unique_ptr<till::TillService> m_till; // on m_journal: reset before it
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::KioskController> m_kiosk;
    std::unique_ptr<CounterRouter> m_router; // after the window: it routes between the window's pages
    CounterServices m_services;
    ui::HomePage* m_home = nullptr;
    ui::SettingsPage* m_settingsPage = nullptr;
    ui::TillPage* m_tillPage = nullptr;
    ui::GoLiveWizard* m_goLive = nullptr;
    QNetworkAccessManager m_setupNetwork; // going live checks keys before any environment uses them
    QList<ui::AepsFormPage*> m_aepsPages;
    std::unique_ptr<dmt::DmtService> m_dmt;
    ui::MoneyTransferPage* m_moneyTransfer = nullptr;
    QTimer m_dayTimer;
};

} // namespace saathi
