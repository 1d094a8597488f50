// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// journal migrate: the shared pre-v5 journal's rows go to the journal of the environment that sent them, on evidence
// only (issue #12); rows whose origin cannot be shown stay, and the open ones are listed to be settled by hand.
#include "SandboxTypes.h"
#include "cli/CliCommand.h"
#include "cli/JournalCli.h"
#include "journal/JournalDatabase.h"
#include "journal/JournalEnvironment.h"
#include "journal/JournalJson.h"
#include "journal/JournalPaths.h"
#include "journal/LegacyJournalMigration.h"
#include "secrets/EkoCredentialStore.h"
#include "secrets/KeychainSecretStore.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace saathi::cli {

namespace {

using namespace saathi::journal;

const QString kMigrateUsage = QStringLiteral(
    "journal migrate [--db LEGACY] [--user-code ENV=CODE ...] [--no-keychain]\n"
    "  Moves each row of the journal Saathi shared between environments before v5 (default: the app's\n"
    "  journal.sqlite) into journal-<env>.sqlite next to it, on evidence only: the row's environment column, or its\n"
    "  agent user_code configured for exactly one environment (the keychain's uat and production credentials,\n"
    "  training's built-in agent, and any --user-code given). Rows whose origin cannot be shown stay; the open ones\n"
    "  are listed under to_settle_by_hand. Safe to run again (more evidence moves more rows).");

// The user_code in the credentials the app saved for `env`, or empty.
QString keychainUserCode(EkoCredentialStore& store, EkoEnvironment env, QStringList* notes)
{
    QString code;
    QObject context;
    store.load(env, &context, [&](Result<eko::EkoCredentials> loaded, bool found) {
        if (!loaded) {
            *notes << QStringLiteral("%1: keychain not readable (%2)").arg(wireName(env), loaded.error().detail);
        } else if (found) {
            code = loaded.value().userCode.trimmed();
        }
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return code;
}

QJsonObject reportJson(const QString& legacy, const LegacyMigrationReport& r, const QStringList& notes)
{
    QJsonObject moved;
    for (EkoEnvironment env : {EkoEnvironment::Training, EkoEnvironment::Uat, EkoEnvironment::Production}) {
        moved[wireName(env)] = r.moved.value(env);
    }
    QJsonArray settle;
    for (const TransactionRecord& row : r.toSettleByHand) {
        settle.append(json::record(row));
    }
    QJsonObject out;
    out[QStringLiteral("legacy")] = legacy;
    out[QStringLiteral("legacy_found")] = r.legacyFound;
    out[QStringLiteral("moved")] = moved;
    out[QStringLiteral("moved_before")] = r.movedBefore;
    out[QStringLiteral("left")] = r.left;
    out[QStringLiteral("to_settle_by_hand")] = settle;
    out[QStringLiteral("problems")] = QJsonArray::fromStringList(r.problems);
    out[QStringLiteral("evidence_notes")] = QJsonArray::fromStringList(notes);
    return out;
}

} // namespace

EkoEnvironment appSettingsEnvironment()
{
    const QString file = qEnvironmentVariable("SAATHI_SETTINGS_PATH");
    const auto settings = file.isEmpty()
        ? std::make_unique<QSettings>(QStringLiteral("Saathi"), QStringLiteral("saathi"))
        : std::make_unique<QSettings>(file, QSettings::IniFormat);
    EkoEnvironment env = EkoEnvironment::Training;
    return parseEnvironment(settings->value(QStringLiteral("eko/environment")).toString(), &env)
        ? env
        : EkoEnvironment::Training;
}

int runJournalMigrate(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("the legacy journal"), QStringLiteral("PATH"));
    const QCommandLineOption userCode(QStringLiteral("user-code"), QStringLiteral("evidence: ENV=CODE"),
                                      QStringLiteral("ENV=CODE"));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"), QStringLiteral("do not read the keychain"));
    const QCommandLineOption help({QStringLiteral("help"), QStringLiteral("h")}, QStringLiteral("this help"));
    parser.addOptions({db, userCode, noKeychain, help});
    if (!parser.parse(QStringList {QStringLiteral("migrate")} + args)) {
        return usageError(parser.errorText(), kMigrateUsage);
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(QStringLiteral("usage: saathi-cli ") + kMigrateUsage + QLatin1Char('\n')), stdout);
        return ExitOk;
    }
    LegacyMigrationRequest request;
    request.legacyPath = parser.isSet(db) ? parser.value(db) : JournalDatabase::defaultPath();
    QHash<EkoEnvironment, QSet<QString>>& codes = request.userCodesByEnvironment;
    codes[EkoEnvironment::Training].insert(sandbox::EkoSandboxConfig().defaultUserCode);
    for (const QString& given : parser.values(userCode)) {
        EkoEnvironment env;
        const QString code = given.section(QLatin1Char('='), 1).trimmed();
        if (!parseEnvironment(given.section(QLatin1Char('='), 0, 0), &env) || code.isEmpty()) {
            return usageError(QStringLiteral("--user-code takes ENV=CODE, e.g. production=20123456"), kMigrateUsage);
        }
        codes[env].insert(code);
    }
    QStringList notes;
    if (!parser.isSet(noKeychain)) {
        KeychainSecretStore keychain;
        EkoCredentialStore credentials(keychain);
        for (EkoEnvironment env : {EkoEnvironment::Uat, EkoEnvironment::Production}) {
            if (const QString code = keychainUserCode(credentials, env, &notes); !code.isEmpty()) {
                codes[env].insert(code);
            }
        }
    }
    auto report = LegacyJournalMigration::run(request, SystemClock::instance());
    if (!report) {
        return fail(report.error().userMessage + QStringLiteral(" (") + report.error().detail + QLatin1Char(')'));
    }
    printJson(reportJson(request.legacyPath, report.value(), notes));
    return report.value().problems.isEmpty() ? ExitOk : ExitFailed;
}

} // namespace saathi::cli
