// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// support bundle: one file a shop sends its support engineer — logs, journal summaries, versions, settings minus
// secrets (core/support/SupportBundle).
#include "cli/CliCommand.h"
#include "journal/JournalDatabase.h"
#include "journal/JournalPaths.h"
#include "support/LogFile.h"
#include "support/SupportBundle.h"

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

const QString kUsage = QStringLiteral(
    "support bundle [--output FILE | --output -] [--journal BASE] [--settings FILE] [--log-dir DIR]\n"
    "  Writes one JSON file for the shop's support engineer: versions, the settings minus secrets (PIN hashes, keys\n"
    "  and tokens are removed; credentials stay in the keychain), each environment's journal summarised (counts, open\n"
    "  rows' references, no customer data) and the newest part of every log file, all redacted again.\n"
    "  --output   where to write (default: saathi-support-YYYYMMDD-HHMMSS.json in the current folder; - = stdout)\n"
    "  --journal  the journal base path the app uses (default: $SAATHI_JOURNAL_PATH or the app's data folder)\n"
    "  --settings the app's settings file, INI (default: $SAATHI_SETTINGS_PATH or the app's own settings)\n"
    "  --log-dir  the log folder (default: $SAATHI_LOG_DIR or the app's data folder/logs)\n"
    "  Prints {\"path\", \"bytes\"} when written to a file.");

int runBundle(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("output"), QStringLiteral("o")}, QStringLiteral("file"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption journal(QStringLiteral("journal"), QStringLiteral("journal base"), QStringLiteral("BASE"));
    const QCommandLineOption settingsFile(QStringLiteral("settings"), QStringLiteral("settings"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption logDir(QStringLiteral("log-dir"), QStringLiteral("log folder"), QStringLiteral("DIR"));
    const QCommandLineOption help({QStringLiteral("help"), QStringLiteral("h")}, QStringLiteral("this help"));
    parser.addOptions({output, journal, settingsFile, logDir, help});
    if (!parser.parse(QStringList {QStringLiteral("bundle")} + args)) {
        return usageError(parser.errorText(), kUsage);
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(QStringLiteral("usage: saathi-cli ") + kUsage + QLatin1Char('\n')), stdout);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()), kUsage);
    }

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

int runSupport(const QStringList& args)
{
    const QString usage = QStringLiteral("support bundle ...  (saathi-cli support bundle --help)");
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        if (args.isEmpty()) {
            return usageError(QStringLiteral("support needs a subcommand"), kUsage);
        }
        std::fputs(qPrintable(QStringLiteral("usage: saathi-cli ") + kUsage + QLatin1Char('\n')), stdout);
        return ExitOk;
    }
    if (args.first() == QLatin1String("bundle")) {
        return runBundle(args.mid(1));
    }
    return usageError(QStringLiteral("unknown support subcommand '%1'").arg(args.first()), usage);
}

void registerSupportCommands(Registry& registry)
{
    registry.add({QStringLiteral("support"),
                  QStringLiteral("support bundle: logs, journal summary, versions, settings minus secrets"),
                  runSupport});
}

} // namespace

SAATHI_CLI_COMMANDS(registerSupportCommands)

} // namespace saathi::cli
