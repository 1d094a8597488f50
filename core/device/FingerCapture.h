// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/DeviceTypes.h"

#include <QObject>
#include <QPointer>

namespace saathi::device {
class BiometricDevice;
class DeviceJob;

// The one fingerprint capture path of every flow (agent or customer): find the device (the remembered one when it is
// there), capture with recovery, and refuse a capture whose quality is too low to send. finished() is emitted exactly
// once per start().
class FingerCapture : public QObject
{
    Q_OBJECT
public:
    explicit FingerCapture(BiometricDevice& device, QObject* parent = nullptr);
    ~FingerCapture() override;

    void start(const CaptureOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString& text);
    void finished(const saathi::device::CaptureResult& result);

private:
    void onDiscovered(const DiscoveryResult& result);
    void onCaptured(const CaptureResult& result);
    void finish(const CaptureResult& result);

    BiometricDevice& m_device;
    CaptureOptions m_options;
    QPointer<DeviceJob> m_job;
    bool m_running = false;
};

} // namespace saathi::device
