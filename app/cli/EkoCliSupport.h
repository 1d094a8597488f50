// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/EkoClient.h"
#include "core/eko/EkoResponse.h"
#include "core/eko/TransportPolicy.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace saathi::cli {

// Everything an Eko command needs: options common to all of them, the client built from --config, and a way to
// run one job to its end and print the result.
class EkoCli
{
public:
    using Describe = std::function<QJsonObject(const eko::EkoResponse&)>;
    using MakeJob = std::function<eko::EkoJob*(eko::EkoClient&)>;

    // --config, --env, --latlong, --catalogue, --timeout, --insecure-loopback: every Eko command's options (and
    // saathi-cli's global ones, accepted before the command too).
    static QList<QCommandLineOption> commonOptions();

    // Builds the client — from --config FILE, or from the keychain entry the app saved for --env (uat or
    // production) — then runs the job made by `makeJob` in the CLI's main loop, prints {outcome, …, result} as JSON
    // and maps the outcome to the exit code: 0 success, 1 failed, 2 usage/config, 3 pending, 4 unknown.
    int exec(const QCommandLineParser& parser, const MakeJob& makeJob, const Describe& describe = {});
    // Builds the client as exec() does and returns it (owned by this object), for commands that run several steps;
    // null after printing why, with *exitCode set.
    eko::EkoClient* makeClient(const QCommandLineParser& parser, int* exitCode);
    // Runs a job made with makeClient()'s client to its end, as exec() does (prints the JSON, maps the exit code).
    int run(eko::EkoJob* job, const Describe& describe = {}) { return runJob(job, describe); }
    // Every check a request must pass before it is journaled (issue #13): `operation` is in the catalogue with a
    // usable, allowed address and, when the request carries an Aadhaar number, the Aadhaar key is loaded. Prints
    // why and returns false (with *exitCode) otherwise.
    static bool preflight(const eko::EkoClient& client, const QString& operation, bool carriesAadhaar, int* exitCode);
    // Eko's bank list (tools.banks, what the counter's bank picker shows) holds `code`. Asks Eko, runs the main loop
    // until it answers; prints why and returns false (with *exitCode) when the code is not listed or the list
    // cannot be had.
    bool checkBankListed(eko::EkoClient& client, const QString& code, int* exitCode);
    // The environment the command talks to: --config's "environment" key (default uat), else --env.
    static EkoEnvironment environment(const QCommandLineParser& parser);
    // The environment a customer transaction is journaled for (issue #12): --env when the credentials come from the
    // keychain, else --config's "environment" key, else what its base_url host shows (staging.eko.in → uat,
    // api.eko.in → production, loopback → training). Empty, with *error saying what to add, when nothing does.
    static std::optional<EkoEnvironment> journalEnvironment(const QCommandLineParser& parser, QString* error);

    // Reads a --config file (see README); on failure prints why and returns false. A base_url that is not https://
    // is refused unless `plain` allows a loopback sandbox and the file does not name uat or production. "user_code"
    // is required unless `userCode` is Optional (onboarding, which creates it).
    enum class UserCode { Required, Optional };
    static bool loadConfigFile(const QString& path, int timeoutMs, eko::EkoConfig* config,
                               eko::PlainHttp plain = eko::PlainHttp::Refused, UserCode userCode = UserCode::Required);
    // For agent onboard: a --config file without "user_code" is accepted (Eko creates the agent's code).
    void setUserCodeOptional() { m_userCode = UserCode::Optional; }
    // --insecure-loopback: plain http:// to 127.0.0.1 (a sandbox) is allowed for a config that is not uat/production.
    static eko::PlainHttp plainHttp(const QCommandLineParser& parser);

private:
    bool configFromFile(const QCommandLineParser& parser, eko::EkoConfig* config);
    bool finishConfig(const QCommandLineParser& parser, eko::EkoConfig config);
    int runJob(eko::EkoJob* job, const Describe& describe);

    QNetworkAccessManager m_network;
    std::unique_ptr<eko::EkoClient> m_client;
    UserCode m_userCode = UserCode::Required;
};

QJsonObject describeTransaction(const eko::EkoResponse& response);
// Reads a PID XML file like a capture (device::pidfile: ≤ 64 KiB, safe XML, errCode 0, complete record); on
// failure *error says why, and nothing may be journaled or sent.
bool readPidFile(const QString& path, SecureBytes* out, QString* error);

} // namespace saathi::cli
