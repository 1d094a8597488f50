// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/BiometricDevice.h"

class QNetworkAccessManager;

namespace saathi::rd {

// core's BiometricDevice over the UIDAI RD service protocol on 127.0.0.1 (rd-service.md §2–§4). Give it its own
// QNetworkAccessManager: the constructor sets NoProxy on it so system or environment proxies never see loopback.
class RdServiceDevice : public device::BiometricDevice
{
    Q_OBJECT
public:
    struct Settings
    {
        quint16 firstPort = 11100;
        quint16 lastPort = 11120;
        int probeTimeoutMs = 2500; // per port: connect + complete RDService answer (refused ports cost nothing)
        int deviceInfoTimeoutMs = 2500;
        int captureGraceMs = 20000; // HTTP deadline = device timeout + this (finger placement, slow drivers)
        qint64 maxServiceBytes = 64 * 1024;
        qint64 maxPidBytes = 1024 * 1024;
        bool readDeviceInfoOnDiscovery = true; // needed to recognise the remembered device by serial
    };

    explicit RdServiceDevice(QNetworkAccessManager* nam, QObject* parent = nullptr);
    RdServiceDevice(QNetworkAccessManager* nam, Settings settings, QObject* parent = nullptr);

    const Settings& settings() const { return m_settings; }
    void setSettings(const Settings& settings) { m_settings = settings; }

    device::DiscoveryJob* discover() override;
    device::DeviceInfoJob* deviceInfo(const device::RdServiceInfo& service) override;
    device::CaptureJob* capture(const device::RdServiceInfo& service, const device::CaptureOptions& options) override;

private:
    QNetworkAccessManager* m_nam;
    Settings m_settings;
};

} // namespace saathi::rd
