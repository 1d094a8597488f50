// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/settings/PrinterSettings.h"
#include "core/util/Error.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace saathi {

// Whose PIN: the agent's unlock PIN, or the supervisor's (closing the app in kiosk mode, overriding a refusal).
enum class PinKind { Agent, Supervisor };

struct KioskSettings
{
    bool enabled = false;
    int idleLockMinutes = 5; // 1–15 (security.md K-1)
};

// Typed access to the app's settings over an injected QSettings (the app passes its INI file, tests a temporary
// one). Setters validate and return an Error meant for the field; nothing invalid is stored. Credentials are NOT
// here: they go to the keychain through EkoCredentialStore. The PIN is stored only as a salted PBKDF2 hash.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    explicit AppSettings(QSettings& settings, QObject* parent = nullptr);

    EkoEnvironment environment() const; // Training unless the agent chose otherwise
    void setEnvironment(EkoEnvironment env);

    QString latLong() const; // normalized, empty until set
    Error setLatLong(const QString& input);

    QString language() const; // "en" (default) or "hi"
    Error setLanguage(const QString& code);
    static QStringList supportedLanguages();

    PrinterSettings printer() const;
    // Saves `printer` when printer_settings::check() finds nothing (else returns its first error, nothing saved);
    // printerChanged() follows a change.
    Error setPrinter(const PrinterSettings& printer);

    KioskSettings kiosk() const;
    Error setKiosk(const KioskSettings& kiosk);
    static constexpr int kMinIdleMinutes = 1;
    static constexpr int kMaxIdleMinutes = 15;
    static constexpr int kDefaultIdleMinutes = 5;

    // The agent's unlock PIN and the supervisor's PIN (closing the app in kiosk mode).
    bool hasPin() const;
    Error setPin(const QString& pin);
    bool verifyPin(const QString& pin) const;
    bool hasSupervisorPin() const;
    Error setSupervisorPin(const QString& pin);
    bool verifySupervisorPin(const QString& pin) const;
    // The stored hash (empty when none is set), and storing one made off the UI thread by pin::hash(); storing
    // resets that PIN's lockout.
    QString pinHash(PinKind kind) const;
    void setPinHash(PinKind kind, const QString& hash);

    // Wrong-PIN state survives a restart, so quitting the app does not reset the lockout. Each PIN has its own.
    int failedPinAttempts(PinKind kind = PinKind::Agent) const;
    qint64 pinLockedUntilMs(PinKind kind = PinKind::Agent) const;
    void setPinLockout(int failedAttempts, qint64 lockedUntilMs, PinKind kind = PinKind::Agent);

    bool onboardingDone() const;
    void setOnboardingDone(bool done);

    void sync();

    // Moves keys of earlier versions to where this one reads them (README "Settings file"); idempotent.
    void migrateLegacyKeys();

Q_SIGNALS:
    void environmentChanged(saathi::EkoEnvironment env);
    void languageChanged(const QString& code);
    void kioskChanged();
    void printerChanged();

private:
    QSettings& m_settings;
};

} // namespace saathi
