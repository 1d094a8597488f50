// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/settings/AppSettings.h"

#include "core/settings/PinHash.h"
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>
#include <QSettings>

namespace saathi {

namespace {
const QString kEnvironment = QStringLiteral("eko/environment");
const QString kLatLong = QStringLiteral("eko/latlong");
const QString kLanguage = QStringLiteral("ui/language");
const QString kKioskEnabled = QStringLiteral("kiosk/enabled");
const QString kKioskIdle = QStringLiteral("kiosk/idle_lock_minutes");
const QString kPinHash = QStringLiteral("kiosk/pin_hash");
const QString kSupervisorHash = QStringLiteral("kiosk/supervisor_pin_hash");
const QString kFailed = QStringLiteral("kiosk/failed_pin_attempts");
const QString kLockedUntil = QStringLiteral("kiosk/pin_locked_until_ms");
const QString kSupervisorFailed = QStringLiteral("kiosk/supervisor_failed_pin_attempts");
const QString kSupervisorLockedUntil = QStringLiteral("kiosk/supervisor_pin_locked_until_ms");
const QString kOnboarded = QStringLiteral("agent/onboarding_done");

Error settingsError(const char* code, const char* text)
{
    return Error {QString::fromLatin1(code), QCoreApplication::translate("Settings", text), {}};
}
} // namespace

AppSettings::AppSettings(QSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
}

EkoEnvironment AppSettings::environment() const
{
    EkoEnvironment env = EkoEnvironment::Training;
    if (!parseEnvironment(m_settings.value(kEnvironment).toString(), &env)) {
        return EkoEnvironment::Training;
    }
    return env;
}

void AppSettings::setEnvironment(EkoEnvironment env)
{
    if (env == environment() && m_settings.contains(kEnvironment)) {
        return;
    }
    m_settings.setValue(kEnvironment, environmentName(env));
    Q_EMIT environmentChanged(env);
}

QString AppSettings::latLong() const
{
    const QString stored = m_settings.value(kLatLong).toString();
    const ValidationResult v = validate::latLong(stored);
    return v.valid ? v.normalized : QString();
}

Error AppSettings::setLatLong(const QString& input)
{
    const ValidationResult v = validate::latLong(input);
    if (!v.valid) {
        return Error {QStringLiteral("settings.bad_latlong"), v.message, {}};
    }
    m_settings.setValue(kLatLong, v.normalized);
    return {};
}

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("hi")};
}

QString AppSettings::language() const
{
    const QString code = m_settings.value(kLanguage).toString();
    return supportedLanguages().contains(code) ? code : QStringLiteral("en");
}

Error AppSettings::setLanguage(const QString& code)
{
    if (!supportedLanguages().contains(code)) {
        return settingsError("settings.bad_language", QT_TRANSLATE_NOOP("Settings", "Choose English or Hindi."));
    }
    const bool changed = code != language();
    m_settings.setValue(kLanguage, code);
    if (changed) {
        Q_EMIT languageChanged(code);
    }
    return {};
}

PrinterSettings AppSettings::printer() const
{
    return printer_settings::read(m_settings);
}

Error AppSettings::setPrinter(const PrinterSettings& p)
{
    const PrinterSettings before = printer();
    if (const QList<PrinterFieldError> errors = printer_settings::check(p); !errors.isEmpty()) {
        return errors.first().error;
    }
    bool changed = !m_settings.contains(QStringLiteral("printer/kind"));
    printer_settings::write(m_settings, p);
    changed = changed || printer() != before;
    if (changed) {
        Q_EMIT printerChanged();
    }
    return {};
}

KioskSettings AppSettings::kiosk() const
{
    KioskSettings k;
    k.enabled = m_settings.value(kKioskEnabled, false).toBool();
    const int minutes = m_settings.value(kKioskIdle, kDefaultIdleMinutes).toInt();
    k.idleLockMinutes = minutes >= kMinIdleMinutes && minutes <= kMaxIdleMinutes ? minutes : kDefaultIdleMinutes;
    return k;
}

Error AppSettings::setKiosk(const KioskSettings& k)
{
    if (k.idleLockMinutes < kMinIdleMinutes || k.idleLockMinutes > kMaxIdleMinutes) {
        return settingsError("settings.bad_idle_minutes",
                             QT_TRANSLATE_NOOP("Settings", "The idle lock must be between 1 and 15 minutes."));
    }
    if (k.enabled && !hasPin()) {
        return settingsError("settings.kiosk_needs_pin",
                             QT_TRANSLATE_NOOP("Settings", "Set the agent's PIN before turning on kiosk mode."));
    }
    m_settings.setValue(kKioskEnabled, k.enabled);
    m_settings.setValue(kKioskIdle, k.idleLockMinutes);
    Q_EMIT kioskChanged();
    return {};
}

bool AppSettings::hasPin() const
{
    return !m_settings.value(kPinHash).toString().isEmpty();
}

Error AppSettings::setPin(const QString& pin)
{
    if (Error e = pin::check(pin); !e.isNull()) {
        return e;
    }
    m_settings.setValue(kPinHash, pin::hash(pin));
    setPinLockout(0, 0);
    return {};
}

bool AppSettings::verifyPin(const QString& pin) const
{
    return pin::verify(pin, m_settings.value(kPinHash).toString());
}

bool AppSettings::hasSupervisorPin() const
{
    return !m_settings.value(kSupervisorHash).toString().isEmpty();
}

Error AppSettings::setSupervisorPin(const QString& pin)
{
    if (Error e = pin::check(pin); !e.isNull()) {
        return e;
    }
    m_settings.setValue(kSupervisorHash, pin::hash(pin));
    setPinLockout(0, 0, PinKind::Supervisor);
    return {};
}

bool AppSettings::verifySupervisorPin(const QString& pin) const
{
    return pin::verify(pin, m_settings.value(kSupervisorHash).toString());
}

QString AppSettings::pinHash(PinKind kind) const
{
    return m_settings.value(kind == PinKind::Agent ? kPinHash : kSupervisorHash).toString();
}

void AppSettings::setPinHash(PinKind kind, const QString& hash)
{
    m_settings.setValue(kind == PinKind::Agent ? kPinHash : kSupervisorHash, hash);
    setPinLockout(0, 0, kind);
}

int AppSettings::failedPinAttempts(PinKind kind) const
{
    return qMax(0, m_settings.value(kind == PinKind::Agent ? kFailed : kSupervisorFailed, 0).toInt());
}

qint64 AppSettings::pinLockedUntilMs(PinKind kind) const
{
    return m_settings.value(kind == PinKind::Agent ? kLockedUntil : kSupervisorLockedUntil, 0).toLongLong();
}

void AppSettings::setPinLockout(int failedAttempts, qint64 lockedUntilMs, PinKind kind)
{
    m_settings.setValue(kind == PinKind::Agent ? kFailed : kSupervisorFailed, failedAttempts);
    m_settings.setValue(kind == PinKind::Agent ? kLockedUntil : kSupervisorLockedUntil, lockedUntilMs);
}

bool AppSettings::onboardingDone() const
{
    return m_settings.value(kOnboarded, false).toBool();
}

void AppSettings::setOnboardingDone(bool done)
{
    m_settings.setValue(kOnboarded, done);
}

void AppSettings::sync()
{
    m_settings.sync();
}

void AppSettings::migrateLegacyKeys()
{
    // Before each environment had its own, the counter could only ever use training's simulated device, so the
    // one remembered device was training's.
    const QString legacyDevice = QStringLiteral("device/choice");
    const QString trainingDevice = QStringLiteral("device/training/choice");
    if (m_settings.contains(legacyDevice)) {
        if (!m_settings.contains(trainingDevice)) {
            m_settings.setValue(trainingDevice, m_settings.value(legacyDevice));
        }
        m_settings.remove(legacyDevice);
    }
}

} // namespace saathi
