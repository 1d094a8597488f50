// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/FingerCapture.h"

#include "core/device/BiometricDevice.h"
#include "core/device/DeviceErrors.h"
#include "core/device/Finger.h"
#include "core/device/QualityGate.h"
#include "core/device/RecoveringCaptureJob.h"

#include <QCoreApplication>

namespace saathi::device {

FingerCapture::FingerCapture(BiometricDevice& device, QObject* parent)
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

void FingerCapture::start(const CaptureOptions& options)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_options = options;
    if (hasDevice()) {
        startCapture();
        return;
    }
    Q_EMIT progress(QCoreApplication::translate("Agent", "Looking for the fingerprint device…"));
    auto* job = m_device.discover();
    m_job = job;
    connect(job, &DiscoveryJob::finished, this, &FingerCapture::onDiscovered);
}

void FingerCapture::cancel()
{
    if (m_job) {
        m_job->cancel(); // finishes with rd.cancelled, which reaches finish()
    }
}

void FingerCapture::onDiscovered(const DiscoveryResult& result)
{
    const RdServiceInfo* service = result.preferred();
    if (!result.ok() || !service) {
        CaptureResult failed;
        failed.error = result.error.isNull() ? makeError(codes::kNoService, QString()) : result.error;
        finish(failed);
        return;
    }
    m_service = *service;
    if (m_keepDevice && m_device.chosenDevice().isNull()) {
        m_device.setChosenDevice(DeviceChoice::fromService(*service));
    }
    startCapture();
}

void FingerCapture::startCapture()
{
    Q_EMIT capturing();
    Q_EMIT progress(QCoreApplication::translate("Agent", "Place your finger on the device."));
    RecoveringCaptureJob* job = m_device.captureWithRecovery(m_service, m_options);
    m_job = job;
    connect(job, &CaptureJob::finished, this,
            [this, job](const CaptureResult& result) { onCaptured(result, job->service()); });
}

void FingerCapture::onCaptured(const CaptureResult& result, const RdServiceInfo& service)
{
    if (service.isUsable()) {
        m_service = service; // where the capture was finally taken (the port may have moved)
    }
    if (result.ok()) {
        const QualityRefusal refusal = m_device.qualityGate().check(result.pid, m_service.device, m_service.info);
        if (!refusal.isNull()) {
            ++m_refusals;
            CaptureResult poor;
            poor.quality = refusal;
            // Another finger than the one just tried, when the flow named it (posh).
            poor.error
                = QualityGate::refusalError(refusal, m_refusals, nextSuggestion({fingerFromPosh(m_options.posh)}));
            poor.pid.qScoreText = result.pid.qScoreText; // the figures stay for the screen; the PID is dropped
            poor.pid.nmPointsText = result.pid.nmPointsText;
            poor.pid.device = result.pid.device;
            poor.elapsedMs = result.elapsedMs;
            finish(poor);
            return;
        }
        m_refusals = 0;
    }
    finish(result);
}

void FingerCapture::finish(const CaptureResult& result)
{
    m_job = nullptr;
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace saathi::device
