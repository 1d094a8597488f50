// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/journal/TransactionRecord.h"
#include "core/util/Clock.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace saathi {
class AppSettings;
class EkoCredentialStore;
namespace journal {
class JournalService;
}
namespace support {
class SupportFileWriter;
}
namespace till {
class Operators;
}
} // namespace saathi

namespace saathi::ui {

class CredentialsWidget;
class LanguageSwitcher;
class PinWidget;
class PrinterSettingsBox;
class SwitchRefusedBox;

// First run and settings: the Eko environment (Training by default; UAT or production only once their
// credentials are in the keychain and the shop's location is set — the page says what is missing), the
// credentials, the shop's latlong, the language (applies at once to every window), the receipt printer, kiosk
// options and the PINs. Errors show at the field; nothing typed is lost.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(AppSettings& settings, EkoCredentialStore& credentials, LanguageSwitcher& language,
                 QWidget* parent = nullptr, const Clock& clock = SystemClock::instance());

    // Adds "Help from support" (save a support file) under the PINs; the app owns the writer.
    void addSupportFile(support::SupportFileWriter& writer);
    // Issue #18: "Customers' banks and fingers" with its "Clear" (the journal of the environment in use).
    void addCustomerMemory(journal::JournalService& journal);
    // Issue #19: "Operators at the till" (the shop's operators and their PINs).
    void addOperators(till::Operators& operators);

public Q_SLOTS:
    // The counter refused to leave its environment (money unresolved there): list the rows, offer the override.
    void showSwitchRefused(saathi::EkoEnvironment wanted, const QList<saathi::journal::TransactionRecord>& rows);
    // The environment in use changed (or did not): say so beside the choice.
    void showEnvironmentState();

Q_SIGNALS:
    // The agent chose `env` and its credentials and location are saved; the counter decides (it refuses while
    // money is unresolved, unless `supervisorOverride`).
    void environmentRequested(saathi::EkoEnvironment env, bool supervisorOverride);
    void languageChanged(const QString& code);
    void backRequested();
    // The agent asks to onboard with Eko (a new user code, AePS activation, the services' status).
    void onboardingRequested();
    // The agent asks to go live with UAT or production (credentials checked with Eko, onboarding, the shop).
    void goLiveRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildGeneral();
    QWidget* buildPrinterAndKiosk();
    void chooseEnvironment(int index);
    void credentialsKnown(EkoEnvironment env, bool complete);
    void tryApplyPending();
    void chooseLanguage(int index);
    void save();
    void retranslate();
    void orderTabs();

    AppSettings& m_settings;
    const Clock& m_clock;
    LanguageSwitcher& m_language;
    EkoEnvironment m_pending = EkoEnvironment::Training;
    bool m_credentialsComplete = false;

    QLabel* m_title = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_onboard = nullptr;
    QPushButton* m_goLive = nullptr;
    QGroupBox* m_envGroup = nullptr;
    QComboBox* m_environment = nullptr;
    QLabel* m_environmentMessage = nullptr;
    SwitchRefusedBox* m_refused = nullptr;
    CredentialsWidget* m_credentials = nullptr;
    QGroupBox* m_locationGroup = nullptr;
    QLineEdit* m_latLong = nullptr;
    QLabel* m_latLongError = nullptr;
    QGroupBox* m_languageGroup = nullptr;
    QComboBox* m_languageBox = nullptr;
    PrinterSettingsBox* m_printer = nullptr;
    QGroupBox* m_kioskGroup = nullptr;
    QCheckBox* m_kiosk = nullptr;
    QLabel* m_idleLabel = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    QLabel* m_kioskError = nullptr;
    QGroupBox* m_pinGroup = nullptr;
    QGroupBox* m_supervisorGroup = nullptr;
    QVBoxLayout* m_secondColumn = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_saved = nullptr;
};

} // namespace saathi::ui
