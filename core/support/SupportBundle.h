// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/util/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

class QSettings;

namespace saathi::support {

// What a shop sends its support engineer after a bad day, as one JSON document: versions, the settings minus
// anything secret, each environment's journal summarised (counts and the open rows' references — no customer
// mobile, no raw bodies), and the tail of every log file. Everything that came from outside (settings values, log
// lines) goes through the redactor again, so an Aadhaar number, PID block or key cannot ride along; credentials
// live in the keychain and are never read here.
struct SupportBundleInputs
{
    // The app's settings as key/value text, read on the settings' own thread (QSettings is not shared across threads).
    QList<std::pair<QString, QString>> settings;
    QString logDirectory; // LogFile::defaultDirectory() in the app and saathi-cli
    struct Journal
    {
        EkoEnvironment environment = EkoEnvironment::Training;
        QString path;
    };
    QList<Journal> journals;
    qint64 logTailBytes = 256 * 1024; // per log file: the newest part, where the bad day is
    int openRowsLimit = 200;
};

QList<std::pair<QString, QString>> snapshotSettings(QSettings& settings);
QJsonObject buildSupportBundle(const SupportBundleInputs& inputs);
// Builds the bundle and writes it to `path` through QSaveFile (all or nothing). Disk work: not on the UI thread.
Error writeSupportBundle(const SupportBundleInputs& inputs, const QString& path, qint64* bytesWritten = nullptr);

// True for a settings key whose value must not leave the machine (PIN hashes, anything named secret, key, token,
// password or OTP). File paths (keys ending in "_file") are kept: they say which file, not what is in it.
bool isSecretSettingsKey(const QString& key);

} // namespace saathi::support
