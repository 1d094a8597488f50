// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

namespace saathi::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QStringList& args, const QByteArray& input, int timeoutMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("SAATHI_CLI"), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return CliRun {-3, p.readAllStandardOutput(), "timed out"};
    }
    return CliRun {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                   p.readAllStandardError()};
}

} // namespace saathi::test
