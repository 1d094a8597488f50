// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-rd-sandbox: a simulated UIDAI RD service on 127.0.0.1 for training, tests and integrators.
#include "core/logging/Redactor.h"
#include "sandbox/rd/RdSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using saathi::sandbox::rd::RdSimulator;

namespace {

int usage(const QString& message)
{
    fprintf(stderr, "saathi-rd-sandbox: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    saathi::redact::installMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saathi-rd-sandbox"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("A simulated UIDAI RD (fingerprint) service on 127.0.0.1."));
    p.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("port to listen on (0 = any free port)"),
                                  QStringLiteral("N"), QStringLiteral("11100"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QStringLiteral("vendor profile: %1").arg(saathi::sandbox::rd::profileNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("fault[:all|discovery|info|capture]: %1")
                                       .arg(RdSimulator::faultNames().join(QStringLiteral(", "))),
                                   QStringLiteral("NAME"));
    const QCommandLineOption delay(QStringLiteral("capture-delay"), QStringLiteral("finger placement time in ms"),
                                   QStringLiteral("MS"));
    p.addOptions({port, profile, fault, delay});
    p.process(app);

    RdSimulator simulator;
    if (p.isSet(profile) && !simulator.setProfile(p.value(profile))) {
        return usage(QStringLiteral("unknown profile '%1'").arg(p.value(profile)));
    }
    if (p.isSet(fault)) {
        const QString name = p.value(fault).section(QLatin1Char(':'), 0, 0);
        const QString where = p.value(fault).section(QLatin1Char(':'), 1);
        const auto f = RdSimulator::faultFromName(name);
        const auto t
            = where.isEmpty() ? std::optional(RdSimulator::FaultTarget::AllVerbs) : RdSimulator::targetFromName(where);
        if (!f || !t) {
            return usage(QStringLiteral("unknown fault '%1'").arg(p.value(fault)));
        }
        simulator.setFault(*f, *t);
    }
    if (p.isSet(delay)) {
        simulator.setCaptureDelayMs(p.value(delay).toInt());
    }
    bool ok = false;
    const uint portNumber = p.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        return usage(QStringLiteral("--port must be 0–65535"));
    }
    if (!simulator.listen(quint16(portNumber))) {
        return usage(QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(portNumber).arg(simulator.errorString()));
    }
    fprintf(stdout, "saathi-rd-sandbox: %s on 127.0.0.1:%u (fault: %s)\n", qPrintable(simulator.profile().label),
            unsigned(simulator.serverPort()), qPrintable(RdSimulator::faultName(simulator.fault())));
    fflush(stdout);
    return QCoreApplication::exec();
}
