// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// fuzz_settings: a settings file edited by hand (or damaged), read through QSettings' INI parser and every check
// the app makes before it uses a value (AppSettings, EnvironmentProfile).
#include "core/settings/AppSettings.h"
#include "core/settings/EnvironmentProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <cstddef>
#include <cstdint>

using namespace saathi;

namespace {
// Files the settings name are looked for in a private folder only: a fuzzed "/dev/stdin" must not block.
QString confine(const QString& dir, const QString& path)
{
    return path.isEmpty() ? path : dir + QLatin1Char('/') + QFileInfo(path).fileName();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString dir = [] {
        const QString d
            = QDir::tempPath() + QStringLiteral("/saathi-fuzz-settings-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(d);
        return d;
    }();
    const QString path = dir + QStringLiteral("/saathi.ini");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return 0;
        }
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    // Writing back (the setters' checks, the legacy-key migration) and loading the catalogue cost QSettings' lock
    // file and synced rewrite, about 40 ms an input: only inputs that start with an INI comment (';') take that
    // path, so most executions stay fast and the fuzzer still reaches it (seed full.ini starts with one).
    const bool writes = size > 0 && data[0] == ';';
    QSettings settings(path, QSettings::IniFormat);
    for (const EkoEnvironment env : {EkoEnvironment::Training, EkoEnvironment::Uat, EkoEnvironment::Production}) {
        EnvironmentProfile profile = EnvironmentProfile::fromSettings(settings, env);
        profile.caFile = confine(dir, profile.caFile);
        profile.aadhaarPublicKeyFile = confine(dir, profile.aadhaarPublicKeyFile);
        profile.catalogueFile = confine(dir, profile.catalogueFile);
        (void)profile.check();
        if (writes) {
            (void)profile.catalogue();
        }
    }
    AppSettings app(settings);
    (void)app.environment();
    (void)app.latLong();
    (void)app.language();
    (void)app.printer();
    (void)app.kiosk();
    (void)app.hasPin();
    (void)app.hasSupervisorPin();
    (void)app.failedPinAttempts();
    (void)app.pinLockedUntilMs();
    (void)app.onboardingDone();
    if (!writes) {
        return 0;
    }
    app.migrateLegacyKeys();
    (void)app.setLatLong(settings.value(QStringLiteral("eko/latlong")).toString());
    (void)app.setLanguage(settings.value(QStringLiteral("ui/language")).toString());
    (void)app.setKiosk(app.kiosk());
    (void)app.setPrinter(app.printer());
    return 0;
}
