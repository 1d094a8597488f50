// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "app/cli/CliCapture.h"

#include "core/device/QualityGate.h"
#include "rd_service/RdServiceDevice.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace saathi::cli {

device::QualityGate appQualityGate()
{
    const QString file = qEnvironmentVariable("SAATHI_SETTINGS_PATH");
    const auto settings = file.isEmpty()
        ? std::make_unique<QSettings>(QStringLiteral("Saathi"), QStringLiteral("saathi"))
        : std::make_unique<QSettings>(file, QSettings::IniFormat);
    QStringList problems;
    device::QualityGate gate = device::QualityGate::fromSettings(*settings, &problems);
    for (const QString& problem : problems) {
        std::fputs(qPrintable(QStringLiteral("saathi-cli: settings: %1\n").arg(problem)), stderr);
    }
    return gate;
}

bool captureFromDevice(const QString& wadh, quint16 port, SecureBytes* pid, QString* error)
{
    QNetworkAccessManager network;
    device::RdSettings settings;
    if (port != 0) {
        settings.firstPort = port;
        settings.lastPort = port;
    }
    rd::RdServiceDevice device(&network, settings);
    device.setQualityGate(appQualityGate());
    bool ok = false;
    QObject::connect(
        device.discover(), &device::DiscoveryJob::finished, &device, [&](const device::DiscoveryResult& found) {
            const device::RdServiceInfo* chosen = found.preferred();
            if (!chosen) {
                *error = QStringLiteral("no ready fingerprint device found on 127.0.0.1 (see saathi-cli rd discover)");
                QCoreApplication::quit();
                return;
            }
            std::fputs("Place the finger on the scanner…\n", stderr);
            device::CaptureOptions options;
            options.wadh = wadh;
            QObject::connect(
                device.capture(*chosen, options), &device::CaptureJob::finished, &device,
                [&, service = *chosen](const device::CaptureResult& result) {
                    // The app's quality gate: a weak capture is dropped here and never sent.
                    const device::QualityRefusal refusal = result.ok()
                        ? device.qualityGate().check(result.pid, service.device, service.info)
                        : device::QualityRefusal {};
                    if (!refusal.isNull()) {
                        *error = device::QualityGate::refusalError(refusal, 1, device::Finger::Unknown).userMessage;
                    } else if (result.ok()) {
                        *pid = result.pid.pidXml;
                        ok = true;
                    } else {
                        *error = result.error.userMessage;
                    }
                    QCoreApplication::quit();
                });
        });
    QCoreApplication::exec();
    return ok;
}

} // namespace saathi::cli
