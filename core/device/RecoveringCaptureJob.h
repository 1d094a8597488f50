// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/BiometricDevice.h"

#include <QPointer>

namespace saathi::device {

// A capture that survives a driver restart (rd-service.md §2.4 step 5, §11 cases 10 and 28): when the service
// refuses the connection or answers 720/740/-1307, it rediscovers once, picks the remembered device (wherever its
// port is now, else the best ready one) and captures again. Finishes exactly once, like every job; the result's
// service() says where the capture was finally taken.
class RecoveringCaptureJob : public CaptureJob
{
    Q_OBJECT
public:
    RecoveringCaptureJob(BiometricDevice* device, const RdServiceInfo& service, const CaptureOptions& options);
    const RdServiceInfo& service() const { return m_service; }
    bool rediscovered() const { return m_rediscovered; }

Q_SIGNALS:
    // Emitted when the first attempt failed and the device is being searched for again (for a status line).
    void rediscovering();

private:
    void startCapture();
    void onCaptured(const CaptureResult& result);
    void onDiscovered(const DiscoveryResult& result);
    void abortWork() override;
    static bool worthRediscovering(const Error& error);

    QPointer<BiometricDevice> m_device;
    RdServiceInfo m_service;
    CaptureOptions m_options;
    QPointer<DeviceJob> m_inner;
    bool m_rediscovered = false;
};

} // namespace saathi::device
