// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/device/DeviceTypes.h"
#include "core/device/QualityGate.h"

#include <QObject>

namespace saathi::device {

class RecoveringCaptureJob;

// One device operation in flight (ownCloud's job idea). Each job emits its finished(result) exactly once — also
// when cancelled — and deletes itself on the next event-loop turn after that. Connect before returning to the loop.
class DeviceJob : public QObject
{
    Q_OBJECT
public:
    ~DeviceJob() override = default;
    bool isFinished() const { return m_finished; }
    // Stops the work and finishes with a "cancelled" error (rd.cancelled). No-op once finished.
    void cancel();

protected:
    explicit DeviceJob(QObject* parent);
    virtual void abortWork() = 0; // stop network work without emitting anything
    virtual void emitCancelled() = 0; // finish with the cancelled error
    // Marks the job finished; false when it already was (the caller must not emit again).
    bool markFinished();

private:
    bool m_finished = false;
};

class DiscoveryJob : public DeviceJob
{
    Q_OBJECT
Q_SIGNALS:
    void finished(const saathi::device::DiscoveryResult& result);
    // Each service as soon as it answers, before finished(); for a live list in the UI.
    void serviceFound(const saathi::device::RdServiceInfo& service);
    // After each port's probe has ended (answered, refused, timed out or unusable): `probed` of `total` ports so
    // far, for a progress bar. Emitted before finished(); implementations that cannot tell may never emit it.
    void portProbed(quint16 port, int probed, int total);

protected:
    using DeviceJob::DeviceJob;
    void finish(const DiscoveryResult& result);
    void emitCancelled() override;
};

class DeviceInfoJob : public DeviceJob
{
    Q_OBJECT
Q_SIGNALS:
    void finished(const saathi::device::DeviceInfoResult& result);

protected:
    using DeviceJob::DeviceJob;
    void finish(const DeviceInfoResult& result);
    void emitCancelled() override;
};

class CaptureJob : public DeviceJob
{
    Q_OBJECT
Q_SIGNALS:
    void finished(const saathi::device::CaptureResult& result);

protected:
    using DeviceJob::DeviceJob;
    // Drops the PID bytes whenever the result is not a success: a failed capture is never passed on.
    void finish(CaptureResult result);
    void emitCancelled() override;
};

// The fingerprint device as the UI and flows see it. rd_service/ implements it over the UIDAI RD service protocol;
// training mode runs the same implementation against the in-process simulator. Jobs are children of the device.
class BiometricDevice : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~BiometricDevice() override = default;

    // Finds every RD service, reads each one's DeviceInfo, ranks them and locates the remembered device.
    virtual DiscoveryJob* discover() = 0;
    virtual DeviceInfoJob* deviceInfo(const RdServiceInfo& service) = 0;
    virtual CaptureJob* capture(const RdServiceInfo& service, const CaptureOptions& options) = 0;
    // capture(), but when the service has gone (refused, 720, 740, -1307) it rediscovers once and retries on the
    // remembered device's new port (or the best ready service). What flows should normally call.
    RecoveringCaptureJob* captureWithRecovery(const RdServiceInfo& service, const CaptureOptions& options);

    // The agent's chosen device (kept in settings by the caller as DeviceChoice::toJson()).
    void setChosenDevice(const DeviceChoice& choice) { m_choice = choice; }
    const DeviceChoice& chosenDevice() const { return m_choice; }

    // The quality gate every capture on this device passes before it is used (FingerCapture); the composition root
    // sets it from the settings (QualityGate::fromSettings), else the built-in default applies.
    void setQualityGate(const QualityGate& gate) { m_gate = gate; }
    const QualityGate& qualityGate() const { return m_gate; }

private:
    DeviceChoice m_choice;
    QualityGate m_gate;
};

} // namespace saathi::device
