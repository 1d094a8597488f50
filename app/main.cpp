// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "MainWindow.h"
#include "logging/LogCategories.h"
#include "logging/Redactor.h"
#include "platform/ProcessHardening.h"
#include "saathi/Version.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    // Before anything can hold a secret: no core dumps, and every log line goes through the redactor.
    const auto hardening = saathi::platform::hardenProcess();
    saathi::redact::installMessageHandler();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("saathi"));
    QApplication::setApplicationDisplayName(QStringLiteral(SAATHI_APP_NAME));
    QApplication::setOrganizationName(QStringLiteral("Saathi"));
    QApplication::setApplicationVersion(QStringLiteral(SAATHI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Saathi — AePS and money transfer counter"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
                                         QApplication::translate("main", "Full screen, keyboard-first kiosk mode."));
    parser.addOption(kioskOption);
    parser.process(app);

    qCInfo(lcApp) << "starting" << SAATHI_VERSION << "core dumps disabled:" << hardening.coreDumpsDisabled;
    saathi::ui::MainWindow window(/*trainingMode=*/true);
    if (parser.isSet(kioskOption)) {
        window.showFullScreen();
    } else {
        window.show();
    }
    return QApplication::exec();
}
