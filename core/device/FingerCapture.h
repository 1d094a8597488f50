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
// there), capture with recovery, and refuse a capture the device's QualityGate refuses (its PID is dropped; the
// result carries the typed refusal and an error whose coach text grows with each refusal in a row). finished() is
// emitted exactly once per start(); a failed capture never carries PID bytes.
//
// A flow that captures again and again (the counter's customer flows) calls keepDevice(): the device found first is
// used straight away by the next captures (a capture whose service has gone rediscovers once, see
// RecoveringCaptureJob), and it becomes the agent's chosen device when none is chosen yet.
class FingerCapture : public QObject
{
    Q_OBJECT
public:
    explicit FingerCapture(BiometricDevice& device, QObject* parent = nullptr);
    ~FingerCapture() override;

    void keepDevice() { m_keepDevice = true; }
    // Whether the next start() goes straight to capturing (a kept device is known).
    bool hasDevice() const { return m_keepDevice && m_service.isUsable(); }

    void start(const CaptureOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }
    // Captures the quality gate refused in a row (0 after a capture that passed); the coach's text follows it.
    int qualityRefusals() const { return m_refusals; }
    void resetQualityRefusals() { m_refusals = 0; }

Q_SIGNALS:
    void progress(const QString& text);
    // The device is found (or was kept): the finger is being captured now.
    void capturing();
    void finished(const saathi::device::CaptureResult& result);

private:
    void startCapture();
    void onDiscovered(const DiscoveryResult& result);
    void onCaptured(const CaptureResult& result, const RdServiceInfo& service);
    void finish(const CaptureResult& result);

    BiometricDevice& m_device;
    CaptureOptions m_options;
    RdServiceInfo m_service;
    QPointer<DeviceJob> m_job;
    bool m_keepDevice = false;
    bool m_running = false;
    int m_refusals = 0;
};

} // namespace saathi::device
