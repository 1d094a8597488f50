// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/RecoveringCaptureJob.h"

#include "core/device/DeviceErrors.h"
#include "core/logging/LogCategories.h"

#include <QTimer>

namespace saathi::device {

RecoveringCaptureJob::RecoveringCaptureJob(BiometricDevice* device, const RdServiceInfo& service,
                                           const CaptureOptions& options)
    : CaptureJob(device)
    , m_device(device)
    , m_service(service)
    , m_options(options)
{
    setObjectName(QStringLiteral("recoveringCaptureJob"));
    QTimer::singleShot(0, this, &RecoveringCaptureJob::startCapture);
}

bool RecoveringCaptureJob::worthRediscovering(const Error& error)
{
    if (error.code == QLatin1String(codes::kConnection)) {
        return true;
    }
    return error.code.startsWith(QLatin1String("rd.")) && suggestsRediscovery(error.code.mid(3));
}

void RecoveringCaptureJob::startCapture()
{
    if (isFinished() || !m_device) {
        return;
    }
    CaptureJob* job = m_device->capture(m_service, m_options);
    m_inner = job;
    connect(job, &CaptureJob::finished, this, &RecoveringCaptureJob::onCaptured);
}

void RecoveringCaptureJob::onCaptured(const CaptureResult& result)
{
    m_inner = nullptr;
    if (isFinished()) {
        return;
    }
    if (result.ok() || m_rediscovered || !worthRediscovering(result.error) || !m_device) {
        finish(result);
        return;
    }
    qCInfo(lcDevice) << "capture failed with" << result.error.code << "on port" << m_service.port
                     << "- searching again";
    m_rediscovered = true;
    Q_EMIT rediscovering();
    DiscoveryJob* job = m_device->discover();
    m_inner = job;
    connect(job, &DiscoveryJob::finished, this, &RecoveringCaptureJob::onDiscovered);
}

void RecoveringCaptureJob::onDiscovered(const DiscoveryResult& result)
{
    m_inner = nullptr;
    if (isFinished()) {
        return;
    }
    const RdServiceInfo* next = result.preferred();
    if (!next) {
        CaptureResult failed;
        failed.error = result.error.isNull() ? makeError(codes::kNoService, QStringLiteral("rediscovery found none"))
                                             : result.error;
        finish(failed);
        return;
    }
    m_service = *next;
    startCapture();
}

void RecoveringCaptureJob::abortWork()
{
    if (m_inner) {
        m_inner->disconnect(this);
        m_inner->cancel();
    }
}

} // namespace saathi::device
