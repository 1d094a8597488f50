// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// rd discover | info | capture: the fingerprint RD service from the command line, for support and integrators.
#include "app/cli/CliCommand.h"
#include "core/device/DeviceErrors.h"
#include "rd_service/RdServiceDevice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace saathi::cli {

namespace {

using namespace saathi::device;

const QCommandLineOption kPorts(QStringLiteral("ports"),
                                QStringLiteral("port range on 127.0.0.1 to probe, at most 200 ports (default: "
                                               "11100-11120)"),
                                QStringLiteral("FIRST-LAST"));
const QCommandLineOption kPort(QStringLiteral("port"), QStringLiteral("use only the service on this port"),
                               QStringLiteral("P"));
const QCommandLineOption kTimeout(QStringLiteral("timeout"),
                                  QStringLiteral("capture: the device's timeout in ms, 1000-120000 (default: 10000)"),
                                  QStringLiteral("MS"));
const QCommandLineOption kWadh(QStringLiteral("wadh"), QStringLiteral("capture: the wadh for an eKYC capture"),
                               QStringLiteral("W"));
const QCommandLineOption kOut(QStringLiteral("out"), QStringLiteral("capture: write the PidData XML here (mode 0600)"),
                              QStringLiteral("FILE"));

struct RdArgs
{
    QString action;
    device::RdSettings settings;
    quint16 port = 0;
    QString wadh;
    QString out;
    int captureTimeoutMs = 10000;
};

bool parsePort(const QString& text, quint16* out)
{
    bool ok = false;
    const uint v = text.toUInt(&ok);
    if (!ok || v == 0 || v > 65535) {
        return false;
    }
    *out = quint16(v);
    return true;
}

int parseArgs(const QString& action, const QCommandLineParser& p, RdArgs* a)
{
    const bool capture = action == QLatin1String("capture");
    const QCommandLineOption& ports = kPorts;
    const QCommandLineOption& port = kPort;
    a->action = action;
    if (p.isSet(ports)) {
        const QStringList range = p.value(ports).split(QLatin1Char('-'));
        if (range.size() != 2 || !parsePort(range[0], &a->settings.firstPort)
            || !parsePort(range[1], &a->settings.lastPort) || a->settings.lastPort < a->settings.firstPort
            || a->settings.lastPort - a->settings.firstPort > 200) {
            return usageError(QStringLiteral("--ports is FIRST-LAST, at most 200 ports"));
        }
    }
    if (p.isSet(port) && !parsePort(p.value(port), &a->port)) {
        return usageError(QStringLiteral("--port must be 1–65535"));
    }
    if (a->port != 0) {
        a->settings.firstPort = a->settings.lastPort = a->port;
    }
    if (capture && p.isSet(kTimeout)) {
        bool ok = false;
        a->captureTimeoutMs = p.value(kTimeout).toInt(&ok);
        if (!ok || a->captureTimeoutMs < 1000 || a->captureTimeoutMs > 120000) {
            return usageError(QStringLiteral("--timeout is 1000–120000 ms"));
        }
    }
    if (capture) {
        a->wadh = p.value(kWadh);
        a->out = p.value(kOut);
    }
    return ExitOk;
}

QString describe(const Error& e)
{
    return e.userMessage + QStringLiteral(" (") + e.code + QStringLiteral(": ") + e.detail + QLatin1Char(')');
}

QJsonObject discoveryJson(const DiscoveryResult& r)
{
    QJsonArray services;
    for (const auto& s : r.services) {
        services.append(s.toJson());
    }
    QJsonArray failures;
    for (const auto& [port, error] : r.failures) {
        failures.append(QJsonObject {{QStringLiteral("port"), int(port)},
                                     {QStringLiteral("code"), error.code},
                                     {QStringLiteral("detail"), error.detail}});
    }
    return QJsonObject {{QStringLiteral("services"), services},
                        {QStringLiteral("badAnswers"), failures},
                        {QStringLiteral("probedPorts"), r.probedPorts},
                        {QStringLiteral("ms"), double(r.elapsedMs)}};
}

bool writePid(const QString& path, const SecureBytes& pid, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(pid.constData(), pid.size()) != pid.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// After discovery: print (discover) or go on with the preferred service (info, capture). Ends the event loop.
void onDiscovered(rd::RdServiceDevice* device, const RdArgs& a, const DiscoveryResult& found)
{
    if (a.action == QLatin1String("discover")) {
        printJson(discoveryJson(found));
        QCoreApplication::exit(found.ok() ? ExitOk : fail(describe(found.error)));
        return;
    }
    const RdServiceInfo* service = found.preferred();
    if (!service) {
        QCoreApplication::exit(fail(describe(found.error)));
        return;
    }
    const RdServiceInfo chosen = *service;
    if (a.action == QLatin1String("info")) {
        QObject::connect(device->deviceInfo(chosen), &DeviceInfoJob::finished, device,
                         [chosen](const DeviceInfoResult& r) {
                             if (!r.ok()) {
                                 QCoreApplication::exit(fail(describe(r.error)));
                                 return;
                             }
                             QJsonObject out = chosen.toJson();
                             out[QStringLiteral("device")] = r.info.toJson();
                             printJson(out);
                             QCoreApplication::exit(ExitOk);
                         });
        return;
    }
    CaptureOptions options;
    options.wadh = a.wadh;
    options.timeoutMs = a.captureTimeoutMs;
    QObject::connect(device->capture(chosen, options), &CaptureJob::finished, device,
                     [chosen, a](const CaptureResult& r) {
                         if (!r.ok()) {
                             QCoreApplication::exit(fail(describe(r.error)));
                             return;
                         }
                         QString error;
                         if (!a.out.isEmpty() && !writePid(a.out, r.pid.pidXml, &error)) {
                             QCoreApplication::exit(fail(QStringLiteral("cannot write %1: %2").arg(a.out, error)));
                             return;
                         }
                         QJsonObject out {{QStringLiteral("port"), int(chosen.port)},
                                          {QStringLiteral("errCode"), r.pid.errCode},
                                          {QStringLiteral("qScore"), r.pid.qScore()},
                                          {QStringLiteral("nmPoints"), r.pid.nmPoints()},
                                          {QStringLiteral("fType"), r.pid.fType},
                                          {QStringLiteral("wadh"), !a.wadh.isEmpty()},
                                          {QStringLiteral("bytes"), int(r.pid.pidXml.size())},
                                          {QStringLiteral("ms"), double(r.elapsedMs)},
                                          {QStringLiteral("device"), r.pid.device.toJson()}};
                         if (!a.out.isEmpty()) {
                             out[QStringLiteral("out")] = a.out;
                         }
                         if (const Error advice = qualityAdvice(r.pid.qScore()); !advice.isNull()) {
                             out[QStringLiteral("quality")] = advice.code;
                             out[QStringLiteral("advice")] = advice.userMessage;
                         }
                         printJson(out);
                         QCoreApplication::exit(ExitOk);
                     });
}

int runRd(const QString& action, const QCommandLineParser& p)
{
    RdArgs a;
    if (const int code = parseArgs(action, p, &a); code != ExitOk) {
        return code;
    }
    QNetworkAccessManager nam;
    rd::RdServiceDevice device(&nam, a.settings);
    // saathi-cli's main loop is this command's: run it until the job chain calls exit().
    QObject::connect(device.discover(), &DiscoveryJob::finished, &device,
                     [&device, &a](const DiscoveryResult& found) { onDiscovered(&device, a, found); });
    return QCoreApplication::exec();
}

CommandSpec action(const char* name, const char* summary, QList<QCommandLineOption> options)
{
    const QString word = QString::fromLatin1(name);
    return CommandSpec {word,
                        QString::fromUtf8(summary),
                        {},
                        {},
                        QList<QCommandLineOption> {kPorts, kPort} + options,
                        {},
                        [word](const QCommandLineParser& p) { return runRd(word, p); }};
}

void registerRdCommands(Registry& registry)
{
    registry.add({QStringLiteral("rd"),
                  QStringLiteral("fingerprint RD service: discover, info, capture"),
                  QStringLiteral("The RD service on 127.0.0.1 (11100-11120 by default), as the counter finds it."),
                  {},
                  {},
                  {action("discover", "probe the ports and list the RD services found", {}),
                   action("info", "the preferred service's device information", {}),
                   action("capture", "capture one finger from the preferred service", {kTimeout, kWadh, kOut})},
                  {}});
}

} // namespace

SAATHI_CLI_COMMANDS(registerRdCommands)

} // namespace saathi::cli
