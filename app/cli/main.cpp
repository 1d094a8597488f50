// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-cli: the counter's core without a screen, for support engineers, integrators and scripts.
#include "app/cli/CliCommand.h"
#include "core/logging/Redactor.h"
#include "core/platform/ProcessHardening.h"
#include "core/support/LogFile.h"
#include "saathi/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// `receipt print` and `receipt png` draw the receipt (Devanagari through the system's fonts): they need a
// QGuiApplication, on the display-free "offscreen" platform unless QT_QPA_PLATFORM says otherwise. Every other
// command keeps a plain QCoreApplication.
bool drawsReceipts(int argc, char* argv[])
{
    if (argc <= 2 || std::strcmp(argv[1], "receipt") != 0
        || (std::strcmp(argv[2], "print") != 0 && std::strcmp(argv[2], "png") != 0)) {
        return false;
    }
    // Help draws nothing: it stays as quiet as every other command's (no platform plugin messages on stderr).
    for (int i = 3; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    saathi::platform::hardenProcess();
    saathi::redact::installMessageHandler();
    std::unique_ptr<QCoreApplication> application;
    if (drawsReceipts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("saathi"));
    QCoreApplication::setOrganizationName(QStringLiteral("Saathi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAATHI_VERSION));
    saathi::support::LogFile::installForProcess(QStringLiteral("saathi-cli.log"));

    saathi::cli::Registry registry;
    saathi::cli::applyRegistrars(registry);

    return saathi::cli::dispatch(registry, QCoreApplication::arguments().mid(1));
}
