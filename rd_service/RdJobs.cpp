// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RdJobs.h"

#include "RdLog.h"
#include "crypto/SecureBytes.h"
#include "device/DeviceErrors.h"
#include "device/RdXml.h"

#include <QTimer>

namespace saathi::rd {

using namespace saathi::device;

RdDiscoveryJob::RdDiscoveryJob(QNetworkAccessManager* nam, const RdServiceDevice::Settings& settings,
                               const DeviceChoice& choice, QObject* parent)
    : DiscoveryJob(parent)
    , m_nam(nam)
    , m_settings(settings)
    , m_choice(choice)
{
    setObjectName(QStringLiteral("rdDiscoveryJob"));
}

void RdDiscoveryJob::start()
{
    if (isFinished()) {
        return;
    }
    m_elapsed.start();
    const int first = m_settings.firstPort;
    const int last = m_settings.lastPort;
    m_result.probedPorts = last >= first ? last - first + 1 : 0;
    for (int port = first; port <= last; ++port) {
        RdHttpCall::Request req;
        req.verb = QByteArrayLiteral("RDSERVICE");
        req.port = quint16(port);
        req.timeoutMs = m_settings.probeTimeoutMs;
        req.maxBytes = m_settings.maxServiceBytes;
        auto* call = new RdHttpCall(m_nam, req, this);
        connect(call, &RdHttpCall::done, this, [this, call, p = quint16(port)](const RdHttpCall::Response& r) {
            onProbeDone(p, r);
            if (!isFinished()) {
                Q_EMIT portProbed(p, ++m_probed, m_result.probedPorts);
            }
            callEnded(call);
        });
        m_calls.append(call);
        ++m_pending;
        call->start();
    }
    if (m_pending == 0) {
        complete();
    }
}

void RdDiscoveryJob::abortWork()
{
    for (const auto& call : std::as_const(m_calls)) {
        if (call) {
            call->abort();
            call->deleteLater();
        }
    }
    m_calls.clear();
    m_pending = 0;
}

void RdDiscoveryJob::onProbeDone(quint16 port, const RdHttpCall::Response& response)
{
    if (isFinished() || response.refused) {
        return;
    }
    if (!response.error.isNull()) {
        m_result.failures.append({port, response.error});
        return;
    }
    auto parsed = rdxml::parseRdService(response.body);
    if (!parsed) {
        qCInfo(lcRd) << "port" << port << "answered RDSERVICE with something unusable:" << parsed.error().detail;
        m_result.failures.append({port, parsed.error()});
        return;
    }
    RdServiceInfo service = parsed.value();
    service.port = port;
    service.elapsedMs = m_elapsed.elapsed();
    qCDebug(lcRd) << "RD service on port" << port << statusName(service.status) << service.info;
    m_result.services.append(service);
    const int index = int(m_result.services.size()) - 1;
    if (m_settings.readDeviceInfoOnDiscovery && !service.deviceInfoPath.isEmpty()) {
        RdHttpCall::Request req;
        req.verb = QByteArrayLiteral("DEVICEINFO");
        req.port = port;
        req.path = service.deviceInfoPath;
        req.timeoutMs = m_settings.deviceInfoTimeoutMs;
        req.maxBytes = m_settings.maxServiceBytes;
        auto* call = new RdHttpCall(m_nam, req, this);
        connect(call, &RdHttpCall::done, this, [this, call, index](const RdHttpCall::Response& r) {
            onInfoDone(index, r);
            callEnded(call);
        });
        m_calls.append(call);
        ++m_pending;
        call->start();
    }
    Q_EMIT serviceFound(service);
}

void RdDiscoveryJob::onInfoDone(int index, const RdHttpCall::Response& response)
{
    if (isFinished() || index >= m_result.services.size()) {
        return;
    }
    if (!response.error.isNull()) {
        qCInfo(lcRd) << "DEVICEINFO failed on port" << m_result.services[index].port << response.error.detail;
        return;
    }
    auto info = rdxml::parseDeviceInfo(response.body);
    if (info) {
        m_result.services[index].device = info.value();
    } else {
        qCInfo(lcRd) << "unusable DeviceInfo on port" << m_result.services[index].port << info.error().detail;
    }
}

void RdDiscoveryJob::callEnded(RdHttpCall* call)
{
    m_calls.removeAll(call);
    call->deleteLater();
    if (isFinished()) {
        return;
    }
    if (--m_pending == 0) {
        complete();
    }
}

void RdDiscoveryJob::complete()
{
    m_result.services = rankServices(m_result.services, m_choice);
    m_result.chosenIndex = findChosen(m_result.services, m_choice);
    m_result.elapsedMs = m_elapsed.elapsed();
    if (!m_result.preferred()) {
        QStringList notes;
        for (const auto& f : std::as_const(m_result.failures)) {
            notes << QStringLiteral("port %1: %2").arg(f.first).arg(f.second.detail);
        }
        const bool anyNotReady = std::any_of(m_result.services.cbegin(), m_result.services.cend(),
                                             [](const RdServiceInfo& s) { return s.status == RdStatus::NotReady; });
        const QString detail = QStringLiteral("%1 ports probed in %2 ms, %3 services; %4")
                                   .arg(m_result.probedPorts)
                                   .arg(m_result.elapsedMs)
                                   .arg(m_result.services.size())
                                   .arg(notes.join(QStringLiteral("; ")));
        m_result.error = makeError(anyNotReady ? codes::kNotReady : codes::kNoService, detail);
    }
    qCDebug(lcRd) << "discovery:" << m_result.services.size() << "services," << m_result.failures.size()
                  << "bad answers," << m_result.elapsedMs << "ms";
    finish(m_result);
}

RdDeviceInfoJob::RdDeviceInfoJob(QNetworkAccessManager* nam, RdHttpCall::Request request, QObject* parent)
    : DeviceInfoJob(parent)
    , m_call(new RdHttpCall(nam, std::move(request), this))
{
    setObjectName(QStringLiteral("rdDeviceInfoJob"));
    connect(m_call, &RdHttpCall::done, this, &RdDeviceInfoJob::onDone);
}

void RdDeviceInfoJob::start()
{
    if (!isFinished()) {
        m_call->start();
    }
}

void RdDeviceInfoJob::abortWork()
{
    m_call->abort();
}

void RdDeviceInfoJob::onDone(const RdHttpCall::Response& response)
{
    DeviceInfoResult result;
    if (!response.error.isNull()) {
        result.error = response.error;
    } else if (auto info = rdxml::parseDeviceInfo(response.body)) {
        result.info = info.value();
    } else {
        result.error = info.error();
    }
    finish(result);
}

RdCaptureJob::RdCaptureJob(QNetworkAccessManager* nam, RdHttpCall::Request request, int expectedFType, QObject* parent)
    : CaptureJob(parent)
    , m_call(new RdHttpCall(nam, std::move(request), this))
    , m_expectedFType(expectedFType)
{
    setObjectName(QStringLiteral("rdCaptureJob"));
    connect(m_call, &RdHttpCall::done, this, &RdCaptureJob::onDone);
}

void RdCaptureJob::start()
{
    if (!isFinished()) {
        m_call->start();
    }
}

void RdCaptureJob::failNow(const Error& error)
{
    QTimer::singleShot(0, this, [this, error] {
        CaptureResult result;
        result.error = error;
        finish(result);
    });
}

void RdCaptureJob::abortWork()
{
    m_call->abort();
}

void RdCaptureJob::onDone(RdHttpCall::Response response)
{
    CaptureResult result;
    result.elapsedMs = response.elapsedMs;
    if (!response.error.isNull()) {
        result.error = response.error;
        finish(std::move(result));
        return;
    }
    auto parsed = rdxml::parsePidData(response.body);
    secureWipe(response.body);
    if (!parsed) {
        result.error = parsed.error();
    } else {
        result.pid = std::move(parsed.value());
        if (!result.pid.isSuccess()) {
            result.error = errorForRdCode(result.pid.errCode, result.pid.errInfo);
        } else if (result.pid.fType >= 0 && result.pid.fType != m_expectedFType) {
            // e.g. fType="0" when 2 was asked: Eko/NPCI would refuse it (rd-service.md §11 case 21)
            result.error = makeError(
                codes::kWrongFType,
                QStringLiteral("asked fType %1, device answered %2").arg(m_expectedFType).arg(result.pid.fType));
        }
    }
    qCDebug(lcRd) << "capture:" << (result.error.isNull() ? QStringLiteral("ok") : result.error.code) << "qScore"
                  << result.pid.qScoreText << "nmPoints" << result.pid.nmPointsText << "fType" << result.pid.fType
                  << result.elapsedMs << "ms";
    finish(std::move(result));
}

} // namespace saathi::rd
