// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/BiometricDevice.h"
#include "core/device/RdSettings.h"

class QNetworkAccessManager;

namespace saathi::rd {

// core's BiometricDevice over the UIDAI RD service protocol on 127.0.0.1 (rd-service.md §2–§4). Give it its own
// QNetworkAccessManager: the constructor sets NoProxy on it so system or environment proxies never see loopback.
class RdServiceDevice : public device::BiometricDevice
{
    Q_OBJECT
public:
    explicit RdServiceDevice(QNetworkAccessManager* nam, QObject* parent = nullptr);
    RdServiceDevice(QNetworkAccessManager* nam, device::RdSettings settings, QObject* parent = nullptr);

    const device::RdSettings& settings() const { return m_settings; }
    void setSettings(const device::RdSettings& settings) { m_settings = settings; }

    device::DiscoveryJob* discover() override;
    device::DeviceInfoJob* deviceInfo(const device::RdServiceInfo& service) override;
    device::CaptureJob* capture(const device::RdServiceInfo& service, const device::CaptureOptions& options) override;

private:
    QNetworkAccessManager* m_nam;
    device::RdSettings m_settings;
};

} // namespace saathi::rd
