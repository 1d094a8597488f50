// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RdJobs.h"

#include "core/crypto/SecureBytes.h"
#include "core/device/DeviceErrors.h"
#include "core/device/RdXml.h"
#include "rd_service/RdLog.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace saathi::rd {

using namespace saathi::device;

namespace {
// The least time a worker gets to parse an answer that arrived just before the deadline.
constexpr qint64 kMinParseMs = 250;
} // namespace

RdDiscoveryJob::RdDiscoveryJob(QNetworkAccessManager* nam, const device::RdSettings& settings,
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
    , m_deadlineMs(request.timeoutMs)
    , m_call(new RdHttpCall(nam, std::move(request), this))
    , m_expectedFType(expectedFType)
{
    setObjectName(QStringLiteral("rdCaptureJob"));
    connect(m_call, &RdHttpCall::done, this, &RdCaptureJob::onDone);
    m_parseDeadline.setSingleShot(true);
    connect(&m_parseDeadline, &QTimer::timeout, this, [this] {
        CaptureResult result;
        result.error = makeError(codes::kTimeout, QStringLiteral("the answer could not be read within the deadline"));
        finish(std::move(result)); // the worker's late result is dropped in onParsed()
    });
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
    if (!response.error.isNull()) {
        CaptureResult result;
        result.elapsedMs = response.elapsedMs;
        result.error = response.error;
        finish(std::move(result));
        return;
    }
    // A hostile RD service can make parsing cost CPU (issue #13): it runs on a worker, never on the thread that
    // draws the screen, and the request's deadline still holds (RdXml's pre-scan keeps it linear besides).
    const qint64 elapsedMs = response.elapsedMs;
    m_bytesParsedOffThread += response.body.size();
    auto* watcher = new QFutureWatcher<Result<PidData>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, elapsedMs] {
        watcher->deleteLater();
        onParsed(watcher->result(), elapsedMs);
    });
    watcher->setFuture(QtConcurrent::run([body = std::move(response.body)]() mutable {
        Result<PidData> parsed = rdxml::parsePidData(body);
        secureWipe(body);
        return parsed;
    }));
    m_parseDeadline.start(int(qMax<qint64>(kMinParseMs, m_deadlineMs - elapsedMs)));
}

void RdCaptureJob::onParsed(Result<PidData> parsed, qint64 elapsedMs)
{
    m_parseDeadline.stop();
    if (isFinished()) {
        return; // cancelled, or the deadline passed while the worker parsed
    }
    CaptureResult result;
    result.elapsedMs = elapsedMs;
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
