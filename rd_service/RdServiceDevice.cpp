// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RdServiceDevice.h"

#include "core/device/DeviceErrors.h"
#include "core/device/RdXml.h"
#include "rd_service/RdJobs.h"
#include "rd_service/RdLog.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRd, "saathi.rd", QtInfoMsg)

namespace saathi::rd {

using namespace saathi::device;

RdServiceDevice::RdServiceDevice(QNetworkAccessManager* nam, QObject* parent)
    : RdServiceDevice(nam, device::RdSettings {}, parent)
{
}

RdServiceDevice::RdServiceDevice(QNetworkAccessManager* nam, device::RdSettings settings, QObject* parent)
    : BiometricDevice(parent)
    , m_nam(nam)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("rdServiceDevice"));
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

DiscoveryJob* RdServiceDevice::discover()
{
    auto* job = new RdDiscoveryJob(m_nam, m_settings, chosenDevice(), this);
    QTimer::singleShot(0, job, &RdDiscoveryJob::start);
    return job;
}

DeviceInfoJob* RdServiceDevice::deviceInfo(const RdServiceInfo& service)
{
    RdHttpCall::Request req;
    req.verb = QByteArrayLiteral("DEVICEINFO");
    req.port = service.port;
    req.path = service.deviceInfoPath.isEmpty() ? QStringLiteral("/rd/info") : service.deviceInfoPath;
    req.timeoutMs = m_settings.deviceInfoTimeoutMs;
    req.maxBytes = m_settings.maxServiceBytes;
    auto* job = new RdDeviceInfoJob(m_nam, req, this);
    QTimer::singleShot(0, job, &RdDeviceInfoJob::start);
    return job;
}

CaptureJob* RdServiceDevice::capture(const RdServiceInfo& service, const CaptureOptions& options)
{
    RdHttpCall::Request req;
    req.verb = QByteArrayLiteral("CAPTURE");
    req.port = service.port;
    req.path = service.capturePath;
    req.body = rdxml::buildPidOptions(options);
    req.timeoutMs = qMax(1000, options.timeoutMs) + m_settings.captureGraceMs;
    req.maxBytes = m_settings.maxPidBytes;
    auto* job = new RdCaptureJob(m_nam, req, options.fingerType, this);
    if (!service.isUsable()) {
        job->failNow(makeError(codes::kUnusable,
                               QStringLiteral("service on port %1 advertises no CAPTURE path").arg(service.port)));
    } else {
        QTimer::singleShot(0, job, &RdCaptureJob::start);
    }
    return job;
}

} // namespace saathi::rd
