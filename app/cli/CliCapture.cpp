// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "app/cli/CliCapture.h"

#include "rd_service/RdServiceDevice.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>

namespace saathi::cli {

bool captureFromDevice(const QString& wadh, quint16 port, SecureBytes* pid, QString* error)
{
    QNetworkAccessManager network;
    device::RdSettings settings;
    if (port != 0) {
        settings.firstPort = port;
        settings.lastPort = port;
    }
    rd::RdServiceDevice device(&network, settings);
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
            QObject::connect(device.capture(*chosen, options), &device::CaptureJob::finished, &device,
                             [&](const device::CaptureResult& result) {
                                 if (result.ok()) {
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
