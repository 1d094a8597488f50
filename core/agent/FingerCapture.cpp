// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "agent/FingerCapture.h"

#include "device/BiometricDevice.h"
#include "device/DeviceErrors.h"
#include "device/RecoveringCaptureJob.h"

#include <QCoreApplication>

namespace saathi::agent {

FingerCapture::FingerCapture(device::BiometricDevice& device, QObject* parent)
    : QObject(parent)
    , m_device(device)
{
}

FingerCapture::~FingerCapture()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void FingerCapture::start(const device::CaptureOptions& options)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_options = options;
    Q_EMIT progress(QCoreApplication::translate("Agent", "Looking for the fingerprint device…"));
    auto* job = m_device.discover();
    m_job = job;
    connect(job, &device::DiscoveryJob::finished, this, &FingerCapture::onDiscovered);
}

void FingerCapture::cancel()
{
    if (m_job) {
        m_job->cancel(); // finishes with rd.cancelled, which reaches finish()
    }
}

void FingerCapture::onDiscovered(const device::DiscoveryResult& result)
{
    const device::RdServiceInfo* service = result.preferred();
    if (!result.ok() || !service) {
        device::CaptureResult failed;
        failed.error = result.error.isNull() ? device::makeError(device::codes::kNoService, QString()) : result.error;
        finish(failed);
        return;
    }
    Q_EMIT progress(QCoreApplication::translate("Agent", "Place your finger on the device."));
    auto* job = m_device.captureWithRecovery(*service, m_options);
    m_job = job;
    connect(job, &device::CaptureJob::finished, this, &FingerCapture::onCaptured);
}

void FingerCapture::onCaptured(const device::CaptureResult& result)
{
    if (result.ok()) {
        const Error advice = device::qualityAdvice(result.pid.qScore());
        if (advice.code == QLatin1String(device::codes::kQualityTooLow)) {
            device::CaptureResult poor;
            poor.error = advice;
            poor.elapsedMs = result.elapsedMs;
            finish(poor);
            return;
        }
    }
    finish(result);
}

void FingerCapture::finish(const device::CaptureResult& result)
{
    m_job = nullptr;
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace saathi::agent
