// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "counter/CounterServices.h"
#include "util/Error.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QSettings;

namespace saathi {

class ClientRefIdGenerator;
class StartupCheck;
class TrainingEnvironment;
namespace agent {
class AgentSession;
}
namespace eko {
class EkoTransactionInquirer;
}
namespace journal {
class JournalService;
}
namespace ui {
class DailyLoginPage;
class EkycWizard;
class HomePage;
class MainWindow;
} // namespace ui

// The counter's composition (the GUI's composition root, used by main.cpp and the shell tests): training
// environment, journal (opened, reconciling from the start), the agent's session, CounterServices and the main
// window with its pages. Start-up routes the agent: eKYC first, then today's login, then the home tiles.
class CounterApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString journalPath; // empty: $SAATHI_JOURNAL_PATH, else JournalDatabase::defaultPath()
        const Clock* clock = nullptr; // null: the system clock (tests inject a ManualClock)
        QSettings* settings = nullptr; // null: the app's own QSettings
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
    void openJournal();
    void updateLock();

    Options m_options;
    QString m_journalPath;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings = nullptr;
    std::unique_ptr<TrainingEnvironment> m_training;
    std::unique_ptr<journal::JournalService> m_journal;
    std::unique_ptr<eko::EkoTransactionInquirer> m_inquirer;
    std::unique_ptr<ClientRefIdGenerator> m_refIds;
    std::unique_ptr<agent::AgentSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    CounterServices m_services;
    ui::HomePage* m_home = nullptr;
    ui::DailyLoginPage* m_dailyLogin = nullptr;
    ui::EkycWizard* m_ekyc = nullptr;
    QTimer m_dayTimer;
};

} // namespace saathi
