// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// credentials set | show | delete: the agent's Eko credentials in the OS keychain, as the app keeps them.
#include "cli/CliCommand.h"
#include "crypto/SecureBytes.h"
#include "secrets/EkoCredentialStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace saathi::cli {

namespace {

const QString kUsage = QStringLiteral("credentials set --env uat|production --developer-key K --initiator-id M "
                                      "--user-code U  (the access key is read from stdin) | show --env E | "
                                      "delete --env E");

QString masked(const QString& secret)
{
    return secret.size() <= 4 ? QStringLiteral("****") : QStringLiteral("****") + secret.right(4);
}

int runCredentials(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    const QCommandLineOption env(QStringLiteral("env"), QStringLiteral("uat or production"), QStringLiteral("ENV"));
    const QCommandLineOption devKey(QStringLiteral("developer-key"), QStringLiteral("developer_key"),
                                    QStringLiteral("K"));
    const QCommandLineOption initiator(QStringLiteral("initiator-id"), QStringLiteral("initiator_id"),
                                       QStringLiteral("M"));
    const QCommandLineOption userCode(QStringLiteral("user-code"), QStringLiteral("user_code"), QStringLiteral("U"));
    p.addOptions({env, devKey, initiator, userCode});
    if (!p.parse(QStringList {QStringLiteral("credentials")} + args)) {
        return usageError(p.errorText(), kUsage);
    }
    EkoEnvironment environment;
    if (!parseEnvironment(p.value(env), &environment) || environment == EkoEnvironment::Training) {
        return usageError(QStringLiteral("--env is uat or production"), kUsage);
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
        const eko::EkoCredentials credentials {p.value(devKey), accessKey, p.value(initiator), p.value(userCode)};
        secureWipe(accessKey);
        store.save(environment, credentials, &context, [&, environment](const Error& e) {
            done(e,
                 QJsonObject {{QStringLiteral("saved"), true}, {QStringLiteral("env"), environmentName(environment)}});
        });
    } else if (sub == QLatin1String("show")) {
        store.load(environment, &context, [&](Result<eko::EkoCredentials> loaded, bool found) {
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
    } else if (sub == QLatin1String("delete")) {
        store.remove(environment, &context, [&](const Error& e) {
            done(e, QJsonObject {{QStringLiteral("deleted"), true}});
        });
    } else {
        return usageError(QStringLiteral("unknown credentials sub-command '%1'").arg(sub), kUsage);
    }
    QCoreApplication::exec();
    return exitCode;
}

void registerCredentialsCommands(Registry& registry)
{
    registry.add({QStringLiteral("credentials"), QStringLiteral("Eko credentials in the OS keychain"), runCredentials});
}

} // namespace

SAATHI_CLI_COMMANDS(registerCredentialsCommands)

} // namespace saathi::cli
