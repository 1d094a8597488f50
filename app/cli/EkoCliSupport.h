// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "eko/EkoClient.h"
#include "eko/EkoResponse.h"

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
    // Adds --config, --catalogue, --timeout to a command's parser.
    static void addCommonOptions(QCommandLineParser& parser);
    // Builds the client from the parsed options. On failure prints the error and returns false.
    bool setUp(const QCommandLineParser& parser);

    eko::EkoClient& client() { return *m_client; }

    // Waits for the job (the CLI's main loop), prints {outcome, …, result} as JSON and maps the outcome to the
    // exit code: 0 success, 1 failed, 3 pending, 4 unknown (inquire with `saathi-cli tx inquiry`).
    int run(eko::EkoJob* job, const std::function<QJsonObject(const eko::EkoResponse&)>& describe = {});

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<eko::EkoClient> m_client;
};

QJsonObject describeTransaction(const eko::EkoResponse& response);
// Reads a PID XML file as the device wrote it (≤ 1 MiB).
bool readPidFile(const QString& path, SecureBytes* out, QString* error);

} // namespace saathi::cli
