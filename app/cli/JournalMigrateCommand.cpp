// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// journal migrate: the shared pre-v5 journal's rows go to the journal of the environment that sent them, on evidence
// only (issue #12); rows whose origin cannot be shown stay, and the open ones are listed to be settled by hand.
#include "app/cli/CliCommand.h"
#include "app/cli/JournalCli.h"
#include "core/journal/JournalDatabase.h"
#include "core/journal/JournalEnvironment.h"
#include "core/journal/JournalJson.h"
#include "core/journal/JournalPaths.h"
#include "core/journal/LegacyJournalMigration.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/Clock.h"
#include "sandbox/eko/SandboxTypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>

#include <memory>

namespace saathi::cli {

namespace {

using namespace saathi::journal;

const QCommandLineOption kLegacyDb(QStringLiteral("db"),
                                   QStringLiteral("the legacy shared journal (default: the app's journal.sqlite)"),
                                   QStringLiteral("PATH"));
const QCommandLineOption kUserCode(QStringLiteral("user-code"),
                                   QStringLiteral("evidence: this agent user_code belongs to ENV (repeatable)"),
                                   QStringLiteral("ENV=CODE"));
const QCommandLineOption kNoKeychain(QStringLiteral("no-keychain"),
                                     QStringLiteral("do not read the keychain's uat and production user codes"));

// The user_code in the credentials the app saved for `env`, or empty.
QString keychainUserCode(EkoCredentialStore& store, EkoEnvironment env, QStringList* notes)
{
    QString code;
    QObject context;
    store.load(env, &context, [&](Result<EkoCredentials> loaded, bool found) {
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

namespace {

int runJournalMigrate(const QCommandLineParser& parser)
{
    const QCommandLineOption& db = kLegacyDb;
    const QCommandLineOption& userCode = kUserCode;
    const QCommandLineOption& noKeychain = kNoKeychain;
    LegacyMigrationRequest request;
    request.legacyPath = parser.isSet(db) ? parser.value(db) : JournalDatabase::defaultPath();
    QHash<EkoEnvironment, QSet<QString>>& codes = request.userCodesByEnvironment;
    codes[EkoEnvironment::Training].insert(sandbox::EkoSandboxConfig().defaultUserCode);
    for (const QString& given : parser.values(userCode)) {
        EkoEnvironment env;
        const QString code = given.section(QLatin1Char('='), 1).trimmed();
        if (!parseEnvironment(given.section(QLatin1Char('='), 0, 0), &env) || code.isEmpty()) {
            return usageError(QStringLiteral("--user-code takes ENV=CODE, e.g. production=20123456"));
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

} // namespace

CommandSpec journalMigrateCommand()
{
    return CommandSpec {
        QStringLiteral("migrate"),
        QStringLiteral("move the shared pre-v5 journal's rows into each environment's journal, on evidence"),
        QStringLiteral(
            "Moves each row of the journal Saathi shared between environments before v5 (default: the app's\n"
            "journal.sqlite) into journal-<env>.sqlite next to it, on evidence only: the row's environment column, or\n"
            "its agent user_code configured for exactly one environment (the keychain's uat and production\n"
            "credentials, training's built-in agent, and any --user-code given). Rows whose origin cannot be shown\n"
            "stay; the open ones are listed under to_settle_by_hand. Safe to run again (more evidence moves more "
            "rows)."),
        {},
        {kLegacyDb, kUserCode, kNoKeychain},
        {},
        runJournalMigrate};
}

} // namespace saathi::cli
