// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "app/CounterApp.h"
#include "app/CounterEnvironment.h"
#include "app/StartupCheck.h"
#include "app/icon/AppIcon.h"
#include "core/logging/LogCategories.h"
#include "core/logging/Redactor.h"
#include "core/platform/ProcessHardening.h"
#include "core/settings/EnvironmentProfile.h"
#include "core/support/LogFile.h"
#include "saathi/Version.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>
#include <memory>

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
    QApplication::setWindowIcon(saathi::appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("in.saathi.Saathi")); // Wayland: the icon of the .desktop file
    // Named first: the log folder is in the app's data folder. Every line is redacted before it is written.
    saathi::support::LogFile::installForProcess(QStringLiteral("saathi.log"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Saathi — AePS and money transfer counter"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
                                         QApplication::translate("main", "Full screen, keyboard-first kiosk mode."));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QApplication::translate("main", "Start, check Eko and the fingerprint device, print the result and exit."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "With --self-test: save a PNG of the window when the check is done."),
        QStringLiteral("FILE"));
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        QApplication::translate("main",
                                "The transaction journal file (default: $SAATHI_JOURNAL_PATH or the app's data "
                                "folder)."),
        QStringLiteral("FILE"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QApplication::translate("main",
                                "The settings file, INI (default: $SAATHI_SETTINGS_PATH or the app's own settings)."),
        QStringLiteral("FILE"));
    parser.addOptions({kioskOption, selfTestOption, screenshotOption, journalOption, settingsOption});
    parser.process(app);
    qCInfo(lcApp) << "starting" << SAATHI_VERSION << "core dumps disabled:" << hardening.coreDumpsDisabled;

    saathi::CounterApp::Options options;
    options.journalPath = parser.value(journalOption);
    options.kiosk = parser.isSet(kioskOption);
    std::unique_ptr<QSettings> settingsFile;
    if (parser.isSet(settingsOption)) {
        settingsFile = std::make_unique<QSettings>(parser.value(settingsOption), QSettings::IniFormat);
        options.settings = settingsFile.get();
    }
    saathi::CounterApp counter(options);
    const auto started = counter.start();
    saathi::ui::MainWindow& window = counter.window();
    window.resize(1366, 768);
    const bool selfTest = parser.isSet(selfTestOption);
    const QString screenshot = parser.value(screenshotOption);
    const auto finishSelfTest = [&window, selfTest, screenshot](bool ok, const QString& summary) {
        if (!selfTest) {
            return;
        }
        if (!screenshot.isEmpty() && !window.grab().save(screenshot)) {
            std::fprintf(stderr, "saathi: cannot write %s\n", qPrintable(screenshot));
        }
        std::fprintf(ok ? stdout : stderr, "%s\n", summary.toUtf8().constData());
        QCoreApplication::exit(ok ? 0 : 1);
    };
    // The check runs on the environment the counter is in, each time it is ready (start-up and after a switch).
    std::unique_ptr<saathi::StartupCheck> check;
    QObject::connect(
        &counter, &saathi::CounterApp::environmentReady, &app,
        [&counter, &check, &window, finishSelfTest](bool ready, const QString& problem) {
            if (!ready) {
                finishSelfTest(
                    false,
                    QApplication::translate("main", "%1: %2")
                        .arg(saathi::EnvironmentProfile::displayName(counter.environment().kind()), problem));
                return;
            }
            check = std::make_unique<saathi::StartupCheck>(*counter.services().eko, *counter.services().device,
                                                           &counter.session());
            QObject::connect(check.get(), &saathi::StartupCheck::progress, &window,
                             qOverload<const QString&>(&saathi::ui::MainWindow::setServiceStatus));
            QObject::connect(check.get(), &saathi::StartupCheck::finished, &window, finishSelfTest);
            check->start();
        });
    if (!started) {
        if (selfTest) {
            std::fprintf(stderr, "saathi: %s (%s)\n", qPrintable(started.error().userMessage),
                         qPrintable(started.error().detail));
            return 1;
        }
    }
    window.show(); // full screen and frameless in kiosk mode: the kiosk controller set the flags
    return QApplication::exec();
}
