// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace saathi::test {

// One saathi-cli run (the binary CTest names in SAATHI_CLI), with its exit code and both streams.
struct CliRun
{
    int exitCode = -1; // -2: crashed, -3: timed out (and killed)
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

CliRun runCli(const QStringList& args, const QByteArray& input = {}, int timeoutMs = 60000);

} // namespace saathi::test
