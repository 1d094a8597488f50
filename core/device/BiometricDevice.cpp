// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/BiometricDevice.h"

#include "core/device/DeviceErrors.h"
#include "core/device/RecoveringCaptureJob.h"

namespace saathi::device {

DeviceJob::DeviceJob(QObject* parent)
    : QObject(parent)
{
}

void DeviceJob::cancel()
{
    if (m_finished) {
        return;
    }
    abortWork();
    emitCancelled();
}

bool DeviceJob::markFinished()
{
    if (m_finished) {
        return false;
    }
    m_finished = true;
    deleteLater();
    return true;
}

void DiscoveryJob::finish(const DiscoveryResult& result)
{
    if (markFinished()) {
        Q_EMIT finished(result);
    }
}

void DiscoveryJob::emitCancelled()
{
    DiscoveryResult r;
    r.error = makeError(codes::kCancelled, QStringLiteral("discovery cancelled"));
    finish(r);
}

void DeviceInfoJob::finish(const DeviceInfoResult& result)
{
    if (markFinished()) {
        Q_EMIT finished(result);
    }
}

void DeviceInfoJob::emitCancelled()
{
    DeviceInfoResult r;
    r.error = makeError(codes::kCancelled, QStringLiteral("device info cancelled"));
    finish(r);
}

void CaptureJob::finish(CaptureResult result)
{
    if (!result.ok() || !result.pid.isSuccess()) {
        result.pid.pidXml.clear();
    }
    if (markFinished()) {
        Q_EMIT finished(result);
    }
}

void CaptureJob::emitCancelled()
{
    CaptureResult r;
    r.error = makeError(codes::kCancelled, QStringLiteral("capture cancelled"));
    finish(r);
}

RecoveringCaptureJob* BiometricDevice::captureWithRecovery(const RdServiceInfo& service, const CaptureOptions& options)
{
    return new RecoveringCaptureJob(this, service, options);
}

} // namespace saathi::device
