// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// sandbox: runs the Eko sandbox on 127.0.0.1 until killed, for integrators trying the CLI or another client
// against a local fake of Eko (sandbox/eko/README.md).
#include "app/cli/CliCommand.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace saathi::cli {

namespace {

const QCommandLineOption kPort(QStringLiteral("port"), QStringLiteral("port on 127.0.0.1 (0 = any free port)"),
                               QStringLiteral("N"), QStringLiteral("0"));
const QCommandLineOption kTls(QStringLiteral("tls"), QStringLiteral("serve HTTPS with the sandbox certificate"));
const QCommandLineOption kLenient(QStringLiteral("lenient"),
                                  QStringLiteral("accept form-urlencoded bodies on JSON routes (the default since "
                                                 "reference §17.1; kept for scripts)"));
const QCommandLineOption kStrict(QStringLiteral("strict-content-type"),
                                 QStringLiteral("JSON routes take JSON only: form bodies get HTTP 415"));
const QCommandLineOption kSandboxCatalogue(QStringLiteral("sandbox-catalogue"),
                                           QStringLiteral("apply the per-operation facts of this endpoint catalogue "
                                                          "(encodings, required fields, Aadhaar form) instead of the "
                                                          "built-in one"),
                                           QStringLiteral("FILE"));
const QCommandLineOption kAllowReplay(QStringLiteral("allow-pid-replay"),
                                      QStringLiteral("accept a reused PID (for --pid-file replays)"));

int runSandbox(const QCommandLineParser& p)
{
    const QCommandLineOption& port = kPort;
    const QCommandLineOption& tls = kTls;
    const QCommandLineOption& lenient = kLenient;
    const QCommandLineOption& allowReplay = kAllowReplay;
    bool ok = false;
    const uint portValue = p.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        return usageError(QStringLiteral("--port must be a number from 0 to 65535"));
    }
    sandbox::EkoSandboxConfig config;
    // --lenient: form bodies on JSON routes, now the default (reference §17.1); kept for scripts that pass it.
    Q_UNUSED(p.isSet(lenient));
    config.acceptFormOnJsonRoutes = !p.isSet(kStrict);
    config.catalogueFile = p.value(kSandboxCatalogue);
    config.rejectReplayedPid = !p.isSet(allowReplay);
    sandbox::EkoSandbox server(config, nullptr);
    server.setTlsEnabled(p.isSet(tls));
    if (!server.listen(static_cast<quint16>(portValue))) {
        return fail(server.errorString());
    }
    QJsonObject out;
    out[QStringLiteral("base_url")] = server.baseUrl().toString();
    out[QStringLiteral("control_url")] = QString(server.serverUrl().toString() + QStringLiteral("/sandbox/control"));
    out[QStringLiteral("port")] = server.port();
    out[QStringLiteral("tls")] = server.tlsEnabled();
    out[QStringLiteral("developer_key")] = server.config().partner.developerKey;
    out[QStringLiteral("initiator_id")] = server.config().partner.initiatorId;
    out[QStringLiteral("user_code")] = server.config().defaultUserCode;
    printJson(out);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

void registerSandboxCommands(Registry& registry)
{
    registry.add({QStringLiteral("sandbox"),
                  QStringLiteral("run the Eko sandbox on 127.0.0.1 until killed"),
                  QStringLiteral("Prints {base_url, control_url, port, tls, developer_key, initiator_id, user_code} "
                                 "once it listens (sandbox/eko/README.md)."),
                  {},
                  {kPort, kTls, kLenient, kStrict, kSandboxCatalogue, kAllowReplay},
                  {},
                  runSandbox});
}

} // namespace

SAATHI_CLI_COMMANDS(registerSandboxCommands)

} // namespace saathi::cli
