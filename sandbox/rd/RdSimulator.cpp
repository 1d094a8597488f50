// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RdSimulator.h"

#include "core/device/RdXml.h"
#include "core/util/Clock.h"
#include "sandbox/rd/RdSimDocuments.h"

#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcSandboxRd, "saathi.sandbox.rd", QtInfoMsg)

namespace saathi::sandbox::rd {

namespace {

const QByteArray kXml = QByteArrayLiteral("text/xml; charset=utf-8");

QString errInfoFor(const QString& code)
{
    static const QMap<QString, QString> texts {
        {QStringLiteral("100"), QStringLiteral("PidOptions must follow the specification")},
        {QStringLiteral("110"), QStringLiteral("Invalid fType")},
        {QStringLiteral("120"), QStringLiteral("Invalid fCount")},
        {QStringLiteral("150"), QStringLiteral("Invalid pidVer")},
        {QStringLiteral("160"), QStringLiteral("Invalid timeout")},
        {QStringLiteral("180"), QStringLiteral("Face matching not supported")},
        {QStringLiteral("190"), QStringLiteral("Invalid format")},
        {QStringLiteral("210"), QStringLiteral("Protobuf format not supported")},
        {QStringLiteral("700"), QStringLiteral("Capture timed out")},
        {QStringLiteral("710"), QStringLiteral("Device is being used by another application")},
        {QStringLiteral("720"), QStringLiteral("Device not ready")},
        {QStringLiteral("730"), QStringLiteral("Capture failed")},
        {QStringLiteral("740"), QStringLiteral("Device needs to be re-initialized")},
        {QStringLiteral("-1509"), QStringLiteral("System still checking status")},
        {QStringLiteral("760"), QStringLiteral("Iris not supported")},
    };
    return texts.value(code, QStringLiteral("Error"));
}

bool isTransportFault(RdSimulator::Fault f)
{
    using F = RdSimulator::Fault;
    return f == F::Hang || f == F::Trickle || f == F::MalformedXml || f == F::BillionLaughs || f == F::QuadraticBlowup
        || f == F::HugeAnswer || f == F::WrongContentType || f == F::NotFound || f == F::ResetMidAnswer;
}

} // namespace

RdSimulator::RdSimulator(QObject* parent)
    : QObject(parent)
    , m_rng(QRandomGenerator::securelySeeded())
{
    setObjectName(QStringLiteral("rdSimulator"));
    if (!builtInProfiles().isEmpty()) {
        m_profile = builtInProfiles().constFirst();
    }
    connect(&m_server, &RdHttpServer::requestReceived, this, &RdSimulator::onRequest);
}

bool RdSimulator::listen(quint16 port)
{
    const bool ok = m_server.listen(port);
    qCInfo(lcSandboxRd) << "RD simulator" << m_profile.name << (ok ? "listening on" : "cannot listen on")
                        << "127.0.0.1:" << (ok ? serverPort() : port);
    return ok;
}

void RdSimulator::close()
{
    m_server.close();
}

bool RdSimulator::setProfile(const QString& name)
{
    const RdProfile* p = findProfile(name);
    if (p) {
        m_profile = *p;
    }
    return p != nullptr;
}

void RdSimulator::setFault(Fault fault, FaultTarget target)
{
    m_fault = fault;
    m_target = target;
    qCInfo(lcSandboxRd) << "fault" << faultName(fault);
}

QString RdSimulator::faultName(Fault fault)
{
    // CaptureTimeout → "capture-timeout"
    const QString key = QString::fromLatin1(QMetaEnum::fromType<Fault>().valueToKey(int(fault)));
    QString out;
    for (const QChar c : key) {
        if (c.isUpper() && !out.isEmpty()) {
            out += QLatin1Char('-');
        }
        out += c.toLower();
    }
    return out;
}

std::optional<RdSimulator::Fault> RdSimulator::faultFromName(const QString& name)
{
    const QMetaEnum e = QMetaEnum::fromType<Fault>();
    for (int i = 0; i < e.keyCount(); ++i) {
        const auto f = Fault(e.value(i));
        if (faultName(f) == name.trimmed().toLower()) {
            return f;
        }
    }
    return std::nullopt;
}

QStringList RdSimulator::faultNames()
{
    QStringList names;
    const QMetaEnum e = QMetaEnum::fromType<Fault>();
    for (int i = 0; i < e.keyCount(); ++i) {
        names << faultName(Fault(e.value(i)));
    }
    return names;
}

std::optional<RdSimulator::FaultTarget> RdSimulator::targetFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("all")) {
        return FaultTarget::AllVerbs;
    }
    if (n == QLatin1String("discovery") || n == QLatin1String("rdservice")) {
        return FaultTarget::Discovery;
    }
    if (n == QLatin1String("info") || n == QLatin1String("deviceinfo")) {
        return FaultTarget::DeviceInfo;
    }
    if (n == QLatin1String("capture")) {
        return FaultTarget::Capture;
    }
    return std::nullopt;
}

QDateTime RdSimulator::nowIst() const
{
    return m_clock ? m_clock->nowIst() : SystemClock::instance().nowIst();
}

bool RdSimulator::pathMatches(const QByteArray& requested, const QString& advertised) const
{
    const QString path = QString::fromLatin1(requested).section(QLatin1Char('?'), 0, 0);
    QString adv = advertised;
    adv.replace(QLatin1String("@port"), QString::number(serverPort()));
    const auto a = device::rdxml::sanitiseInterfacePath(adv);
    const auto r = device::rdxml::sanitiseInterfacePath(path);
    return a && r && *a == *r;
}

void RdSimulator::sendXml(HttpExchange* exchange, const QByteArray& verb, const QByteArray& root,
                          const QByteArray& body)
{
    if (!applyTransportFault(exchange, verb, root, body)) {
        exchange->respond(200, kXml, body);
        Q_EMIT requestHandled(verb, root, 200);
    }
}

bool RdSimulator::applyTransportFault(HttpExchange* exchange, const QByteArray& verb, const QByteArray& root,
                                      const QByteArray& normalBody)
{
    if (!isTransportFault(m_fault)) {
        return false;
    }
    const bool hit = m_target == FaultTarget::AllVerbs || (m_target == FaultTarget::Discovery && verb == "RDSERVICE")
        || (m_target == FaultTarget::DeviceInfo && verb == "DEVICEINFO")
        || (m_target == FaultTarget::Capture && verb == "CAPTURE");
    if (!hit || (m_fault == Fault::NotFound && verb == "RDSERVICE")) {
        return false;
    }
    qCDebug(lcSandboxRd) << "applying fault" << faultName(m_fault) << "to" << verb;
    switch (m_fault) {
    case Fault::Hang:
        exchange->hang();
        break;
    case Fault::Trickle:
        exchange->respondTrickled(200, kXml, normalBody, m_trickleIntervalMs);
        break;
    case Fault::MalformedXml:
        exchange->respond(200, kXml, docs::malformed(root));
        break;
    case Fault::BillionLaughs:
        exchange->respond(200, kXml, docs::billionLaughs(root));
        break;
    case Fault::QuadraticBlowup:
        exchange->respond(200, kXml, docs::quadraticBlowup(root));
        break;
    case Fault::HugeAnswer:
        exchange->respond(200, kXml, docs::huge(root, m_hugeBytes));
        break;
    case Fault::WrongContentType:
        exchange->respond(200, "text/html; charset=utf-8", normalBody);
        break;
    case Fault::NotFound:
        exchange->respond(404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>");
        break;
    case Fault::ResetMidAnswer:
        exchange->respondThenReset(200, kXml, normalBody);
        break;
    default:
        return false;
    }
    Q_EMIT requestHandled(verb, root, -1);
    return true;
}

void RdSimulator::onRequest(HttpExchange* exchange, const HttpRequest& request)
{
    const QByteArray verb = request.method;
    m_counts[verb] += 1;
    qCDebug(lcSandboxRd) << verb << request.path;
    if (verb == "OPTIONS") {
        exchange->respond(200, {}, {},
                          {{"Access-Control-Allow-Origin", "*"},
                           {"Access-Control-Allow-Methods", "RDSERVICE,DEVICEINFO,CAPTURE"},
                           {"Access-Control-Allow-Headers", "Content-Type"}});
    } else if (verb == "RDSERVICE") { // on any path, as clients send it to / or /rd/info
        const QString status = m_fault == Fault::NotReady ? QStringLiteral("NOTREADY")
            : (m_fault == Fault::Used || m_capturing)     ? QStringLiteral("USED")
                                                          : QStringLiteral("READY");
        sendXml(exchange, verb, "RDService", docs::rdService(m_profile, status, serverPort()));
    } else if (verb == "DEVICEINFO" && pathMatches(request.path, m_profile.deviceInfoPath)) {
        sendXml(exchange, verb, "DeviceInfo", docs::deviceInfo(m_profile, m_fault != Fault::NotReady, nowIst()));
    } else if (verb == "CAPTURE" && pathMatches(request.path, m_profile.capturePath)) {
        handleCapture(exchange, request);
    } else if (verb == "DEVICEINFO" || verb == "CAPTURE") {
        exchange->respond(404, "text/plain", "Not Found");
    } else {
        exchange->respond(m_profile.getAnswers405 ? 405 : 404, "text/plain", "Method Not Allowed");
    }
}

QString RdSimulator::validateOptions(const QMap<QString, QString>& o) const
{
    auto number = [&o](const char* key, bool* ok) { return o.value(QLatin1String(key)).trimmed().toInt(ok); };
    bool ok = false;
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("0")).trimmed();
    if (format != QLatin1String("0") && format != QLatin1String("1")) {
        return QStringLiteral("190");
    }
    if (format == QLatin1String("1")) {
        return QStringLiteral("210");
    }
    if (o.value(QStringLiteral("pidVer")).trimmed() != QLatin1String("2.0")) {
        return QStringLiteral("150");
    }
    const int fType = number("fType", &ok);
    if (!ok || fType < 0 || fType > m_profile.maxFType) {
        return QStringLiteral("110");
    }
    const int fCount = number("fCount", &ok);
    if (!ok || fCount < 1 || fCount > (fType == 0 ? 10 : 2)) {
        return QStringLiteral("120");
    }
    if (o.value(QStringLiteral("iCount"), QStringLiteral("0")).trimmed() != QLatin1String("0")) {
        return QStringLiteral("760");
    }
    if (o.value(QStringLiteral("pCount"), QStringLiteral("0")).trimmed() != QLatin1String("0")) {
        return QStringLiteral("180");
    }
    const int timeout = number("timeout", &ok);
    if (!ok || timeout <= 0) {
        return QStringLiteral("160");
    }
    const bool hasEnv = o.contains(QStringLiteral("env"));
    if ((!hasEnv && m_profile.envRequired)
        || (hasEnv && !m_profile.envAllowed.contains(o.value(QStringLiteral("env")).trimmed()))) {
        return QStringLiteral("100");
    }
    return {};
}

void RdSimulator::armNextCaptureQuality(int qScore, int nmPoints)
{
    m_nextQScore = qScore;
    m_nextNmPoints = nmPoints;
}

void RdSimulator::handleCapture(HttpExchange* exchange, const HttpRequest& request)
{
    docs::Capture c;
    c.nowIst = nowIst();
    c.qScore = m_fault == Fault::PoorQuality ? QStringLiteral("18") : m_profile.qScore;
    c.nmPoints = m_fault == Fault::PoorQuality ? QStringLiteral("11") : m_profile.nmPoints;
    if (m_fault == Fault::None && m_nextQScore >= 0) {
        c.qScore = QString::number(std::exchange(m_nextQScore, -1));
    }
    if (m_fault == Fault::None && m_nextNmPoints >= 0) {
        c.nmPoints = QString::number(std::exchange(m_nextNmPoints, -1));
    }
    c.errInfo = m_profile.successErrInfo;
    const auto opts = device::rdxml::parsePidOptions(request.body);
    int timeoutMs = 10000;
    if (!opts) {
        c.errCode = QStringLiteral("100");
    } else {
        m_lastOptions = opts.value();
        c.wadh = m_lastOptions.value(QStringLiteral("wadh"));
        c.fType = m_fault == Fault::FmrOnly ? 0 : m_lastOptions.value(QStringLiteral("fType")).toInt();
        c.fCount = m_lastOptions.value(QStringLiteral("fCount")).toInt();
        timeoutMs = qBound(1, m_lastOptions.value(QStringLiteral("timeout")).toInt(), 60000);
        if (m_fault == Fault::NotReady) {
            c.errCode = QStringLiteral("720");
        } else if (m_fault == Fault::Used || m_capturing) {
            c.errCode = QStringLiteral("710");
        } else if (m_fault == Fault::NeedsReinit) {
            c.errCode = QStringLiteral("740");
        } else if (m_fault == Fault::CaptureFailed) {
            c.errCode = QStringLiteral("730");
        } else if (m_fault == Fault::WarmingUp) {
            c.errCode = QStringLiteral("-1509");
        } else if (const QString bad = validateOptions(m_lastOptions); !bad.isEmpty()) {
            c.errCode = bad;
        }
    }
    if (c.errCode != QLatin1String("0")) {
        c.errInfo = errInfoFor(c.errCode);
        sendXml(exchange, "CAPTURE", "PidData", docs::pidData(m_profile, c, m_rng));
        return;
    }
    if (isTransportFault(m_fault)) {
        sendXml(exchange, "CAPTURE", "PidData", docs::pidData(m_profile, c, m_rng));
        return;
    }
    const bool timesOut = m_fault == Fault::CaptureTimeout;
    m_capturing = true;
    QPointer<HttpExchange> target(exchange);
    QTimer::singleShot(timesOut ? timeoutMs : m_captureDelayMs, this, [this, target, c, timesOut]() mutable {
        m_capturing = false;
        if (timesOut) {
            c.errCode = QStringLiteral("700");
            c.errInfo = errInfoFor(c.errCode);
        }
        if (target) {
            target->respond(200, kXml, docs::pidData(m_profile, c, m_rng));
            Q_EMIT requestHandled("CAPTURE", "PidData", 200);
        }
    });
}

} // namespace saathi::sandbox::rd
