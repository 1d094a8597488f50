// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "device/DeviceTypes.h"

#include <QObject>
#include <QPointer>

namespace saathi::device {
class BiometricDevice;
class DeviceJob;
} // namespace saathi::device

namespace saathi::agent {

// One finger from the agent: find the device (the remembered one when it is there), capture with recovery, and
// refuse a capture whose quality is too low to send. finished() is emitted exactly once per start().
class FingerCapture : public QObject
{
    Q_OBJECT
public:
    explicit FingerCapture(device::BiometricDevice& device, QObject* parent = nullptr);
    ~FingerCapture() override;

    void start(const device::CaptureOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString& text);
    void finished(const saathi::device::CaptureResult& result);

private:
    void onDiscovered(const device::DiscoveryResult& result);
    void onCaptured(const device::CaptureResult& result);
    void finish(const device::CaptureResult& result);

    device::BiometricDevice& m_device;
    device::CaptureOptions m_options;
    QPointer<device::DeviceJob> m_job;
    bool m_running = false;
};

} // namespace saathi::agent
