// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli: the counter's core without a screen, for support engineers, integrators and scripts.
#include "app/cli/CliCommand.h"
#include "core/logging/Redactor.h"
#include "core/platform/ProcessHardening.h"
#include "core/support/LogFile.h"
#include "saathi/Version.h"

#include <QCoreApplication>

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

    return saathi::cli::dispatch(registry, QCoreApplication::arguments().mid(1));
}
