// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// support bundle: one file a shop sends its support engineer — logs, journal summaries, versions, settings minus
// secrets (core/support/SupportBundle).
#include "app/cli/CliCommand.h"
#include "core/journal/JournalDatabase.h"
#include "core/journal/JournalPaths.h"
#include "core/support/LogFile.h"
#include "core/support/SupportBundle.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace saathi::cli {

namespace {

const QCommandLineOption
    kOutput({QStringLiteral("output"), QStringLiteral("o")},
            QStringLiteral("where to write; - = stdout (default: saathi-support-YYYYMMDD-HHMMSS.json "
                           "in the current folder)"),
            QStringLiteral("FILE"));
const QCommandLineOption kJournal(QStringLiteral("journal"),
                                  QStringLiteral("the journal base path the app uses (default: $SAATHI_JOURNAL_PATH or "
                                                 "the app's data folder)"),
                                  QStringLiteral("BASE"));
const QCommandLineOption kSettings(QStringLiteral("settings"),
                                   QStringLiteral("the app's settings file, INI (default: $SAATHI_SETTINGS_PATH or the "
                                                  "app's own settings)"),
                                   QStringLiteral("FILE"));
const QCommandLineOption kLogDir(QStringLiteral("log-dir"),
                                 QStringLiteral("the log folder (default: $SAATHI_LOG_DIR or the app's data "
                                                "folder/logs)"),
                                 QStringLiteral("DIR"));

int runBundle(const QCommandLineParser& parser)
{
    const QCommandLineOption& output = kOutput;
    const QCommandLineOption& journal = kJournal;
    const QCommandLineOption& settingsFile = kSettings;
    const QCommandLineOption& logDir = kLogDir;
    QString settingsPath = parser.value(settingsFile);
    if (settingsPath.isEmpty()) {
        settingsPath = qEnvironmentVariable("SAATHI_SETTINGS_PATH");
    }
    const auto settings = settingsPath.isEmpty()
        ? std::make_unique<QSettings>(QStringLiteral("Saathi"), QStringLiteral("saathi"))
        : std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
    QString base = parser.value(journal);
    if (base.isEmpty()) {
        base = qEnvironmentVariable("SAATHI_JOURNAL_PATH");
    }
    if (base.isEmpty()) {
        base = journal::JournalDatabase::defaultPath();
    }
    support::SupportBundleInputs inputs;
    inputs.settings = support::snapshotSettings(*settings);
    inputs.logDirectory = parser.isSet(logDir) ? parser.value(logDir) : support::LogFile::defaultDirectory();
    for (EkoEnvironment env : {EkoEnvironment::Training, EkoEnvironment::Uat, EkoEnvironment::Production}) {
        inputs.journals.append({env, journal::JournalPaths::forEnvironment(base, env)});
    }
    const QString target = parser.isSet(output)
        ? parser.value(output)
        : QStringLiteral("saathi-support-%1.json")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (target == QLatin1String("-")) {
        const QByteArray bytes = QJsonDocument(support::buildSupportBundle(inputs)).toJson(QJsonDocument::Indented);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return ExitOk;
    }
    qint64 bytes = 0;
    if (const Error e = support::writeSupportBundle(inputs, target, &bytes); !e.isNull()) {
        return fail(QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(target), e.detail));
    }
    QJsonObject out;
    out[QStringLiteral("path")] = QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath());
    out[QStringLiteral("bytes")] = double(bytes);
    printJson(out);
    return ExitOk;
}

void registerSupportCommands(Registry& registry)
{
    registry.add(
        {QStringLiteral("support"),
         QStringLiteral("support bundle: logs, journal summary, versions, settings minus secrets"),
         {},
         {},
         {},
         {{QStringLiteral("bundle"),
           QStringLiteral("write one JSON file for the shop's support engineer"),
           QStringLiteral("Versions, the settings minus secrets (PIN hashes, keys and tokens are removed; credentials "
                          "stay in the keychain), each environment's journal summarised (counts, open rows' "
                          "references, no customer data) and the newest part of every log file, all redacted again. "
                          "Prints {\"path\", \"bytes\"} when written to a file."),
           {},
           {kOutput, kJournal, kSettings, kLogDir},
           {},
           runBundle}},
         {}});
}

} // namespace

SAATHI_CLI_COMMANDS(registerSupportCommands)

} // namespace saathi::cli
