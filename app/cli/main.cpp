// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli: the counter's core without a screen, for support engineers, integrators and scripts.
#include "cli/CliCommand.h"
#include "logging/Redactor.h"
#include "platform/ProcessHardening.h"
#include "support/LogFile.h"
#include "saathi/Version.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void printHelp(const saathi::cli::Registry& registry)
{
    QString text = QStringLiteral("Saathi %1 — command line\n\nusage: saathi-cli COMMAND [ARGS]\n\ncommands:\n")
                       .arg(QStringLiteral(SAATHI_VERSION));
    for (const auto& c : registry.commands()) {
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(18), c.summary);
    }
    text += QStringLiteral("\nResults are JSON on stdout; errors go to stderr with a non-zero exit code.\n");
    const QByteArray utf8 = text.toUtf8();
    fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    saathi::platform::hardenProcess();
    saathi::redact::installMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saathi"));
    QCoreApplication::setOrganizationName(QStringLiteral("Saathi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAATHI_VERSION));
    saathi::support::LogFile::installForProcess(QStringLiteral("saathi-cli.log"));

    saathi::cli::Registry registry;
    saathi::cli::applyRegistrars(registry);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        printHelp(registry);
        return args.isEmpty() ? saathi::cli::ExitUsage : saathi::cli::ExitOk;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        fprintf(stdout, "saathi-cli %s\n", SAATHI_VERSION);
        return saathi::cli::ExitOk;
    }
    const QString name = args.takeFirst();
    const auto* command = registry.find(name);
    if (!command) {
        return saathi::cli::fail(QStringLiteral("unknown command '%1' (see saathi-cli --help)").arg(name),
                                 saathi::cli::ExitUsage);
    }
    return command->run(args);
}
