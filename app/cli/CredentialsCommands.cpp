// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// credentials set | show | delete: the agent's Eko credentials in the OS keychain, as the app keeps them.
#include "app/cli/CliCommand.h"
#include "core/crypto/SecureBytes.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace saathi::cli {

namespace {

const QCommandLineOption kEnv(QStringLiteral("env"), QStringLiteral("uat or production (required)"),
                              QStringLiteral("ENV"));
const QCommandLineOption kDevKey(QStringLiteral("developer-key"), QStringLiteral("Eko's developer_key (required)"),
                                 QStringLiteral("K"));
const QCommandLineOption kInitiator(QStringLiteral("initiator-id"),
                                    QStringLiteral("Eko's initiator_id: the partner's registered mobile (required)"),
                                    QStringLiteral("M"));
const QCommandLineOption kUserCode(QStringLiteral("user-code"), QStringLiteral("the agent's user_code"),
                                   QStringLiteral("U"));

QString masked(const QString& secret)
{
    return secret.size() <= 4 ? QStringLiteral("****") : QStringLiteral("****") + secret.right(4);
}

int runCredentials(const QString& sub, const QCommandLineParser& p)
{
    const QCommandLineOption& env = kEnv;
    EkoEnvironment environment;
    if (!parseEnvironment(p.value(env), &environment) || environment == EkoEnvironment::Training) {
        return usageError(QStringLiteral("--env is uat or production"));
    }
    KeychainSecretStore keychain;
    EkoCredentialStore store(keychain);
    QObject context;
    int exitCode = ExitFailed;
    const auto done = [&exitCode](const Error& error, const QJsonObject& out) {
        if (error.isNull()) {
            printJson(out);
            exitCode = ExitOk;
        } else {
            exitCode
                = fail(error.userMessage
                       + (error.detail.isEmpty() ? QString() : QStringLiteral(" (") + error.detail + QLatin1Char(')')));
        }
        QCoreApplication::quit();
    };
    if (sub == QLatin1String("set")) {
        QTextStream in(stdin);
        QString accessKey = in.readLine().trimmed();
        const EkoCredentials credentials {p.value(kDevKey), accessKey, p.value(kInitiator), p.value(kUserCode)};
        secureWipe(accessKey);
        store.save(environment, credentials, &context, [&, environment](const Error& e) {
            done(e,
                 QJsonObject {{QStringLiteral("saved"), true}, {QStringLiteral("env"), environmentName(environment)}});
        });
    } else if (sub == QLatin1String("show")) {
        store.load(environment, &context, [&](Result<EkoCredentials> loaded, bool found) {
            if (!loaded) {
                done(loaded.error(), {});
                return;
            }
            const auto& c = loaded.value();
            done({},
                 QJsonObject {{QStringLiteral("found"), found},
                              {QStringLiteral("developer_key"), found ? masked(c.developerKey) : QString()},
                              {QStringLiteral("access_key"), found ? QStringLiteral("(set)") : QString()},
                              {QStringLiteral("initiator_id"), c.initiatorId},
                              {QStringLiteral("user_code"), c.userCode}});
        });
    } else {
        store.remove(environment, &context, [&](const Error& e) {
            done(e, QJsonObject {{QStringLiteral("deleted"), true}});
        });
    }
    QCoreApplication::exec();
    return exitCode;
}

CommandSpec sub(const char* name, const char* summary, QList<QCommandLineOption> options, const char* description)
{
    const QString word = QString::fromLatin1(name);
    return CommandSpec {word,
                        QString::fromUtf8(summary),
                        QString::fromUtf8(description),
                        {},
                        std::move(options),
                        {},
                        [word](const QCommandLineParser& p) { return runCredentials(word, p); }};
}

void registerCredentialsCommands(Registry& registry)
{
    registry.add({QStringLiteral("credentials"),
                  QStringLiteral("Eko credentials in the OS keychain, as the app keeps them"),
                  {},
                  {},
                  {kEnv},
                  {sub("set", "save an environment's credentials; the access key is read from stdin",
                       {kDevKey, kInitiator, kUserCode},
                       "The access key is one line on stdin (never on the command line): "
                       "saathi-cli credentials set --env uat --developer-key K --initiator-id M --user-code U "
                       "< access-key.txt"),
                   sub("show", "what is saved for an environment (secrets masked)", {}, ""),
                   sub("delete", "remove an environment's credentials", {}, "")},
                  {}});
}

} // namespace

SAATHI_CLI_COMMANDS(registerCredentialsCommands)

} // namespace saathi::cli
