// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-eko-sandbox --port N [--tls] [--print-public-key]: the Eko sandbox as a standalone server on 127.0.0.1.
#include "EkoSandbox.h"
#include "logging/Redactor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char* argv[])
{
    saathi::redact::installMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saathi-eko-sandbox"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fake of Eko's AePS API for training and tests."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("port on 127.0.0.1 (0 = any)"),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("serve HTTPS (trust resources/sandbox/tls/ca.pem)"));
    const QCommandLineOption lenient(QStringLiteral("lenient"),
                                     QStringLiteral("accept form-urlencoded bodies on JSON routes"));
    const QCommandLineOption allowReplay(QStringLiteral("allow-pid-replay"),
                                         QStringLiteral("do not reject a reused PID (UIDAI 563)"));
    const QCommandLineOption printKey(QStringLiteral("print-public-key"),
                                      QStringLiteral("print the PEM public key for `aadhar` and exit"));
    parser.addOptions({port, tls, lenient, allowReplay, printKey});
    parser.process(app);

    if (parser.isSet(printKey)) {
        const QByteArray pem = saathi::sandbox::EkoSandbox::aadhaarPublicKeyPem();
        std::fwrite(pem.constData(), 1, static_cast<size_t>(pem.size()), stdout);
        return pem.isEmpty() ? 1 : 0;
    }
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        std::fprintf(stderr, "--port must be a number from 0 to 65535\n");
        return 2;
    }
    saathi::sandbox::EkoSandboxConfig config;
    config.acceptFormOnJsonRoutes = parser.isSet(lenient);
    config.rejectReplayedPid = !parser.isSet(allowReplay);
    saathi::sandbox::EkoSandbox sandbox(config, nullptr);
    sandbox.setTlsEnabled(parser.isSet(tls));
    if (!sandbox.listen(static_cast<quint16>(portValue))) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    const QJsonObject out {
        {QStringLiteral("base_url"), sandbox.baseUrl().toString()},
        {QStringLiteral("control_url"), QString(sandbox.serverUrl().toString() + QStringLiteral("/sandbox/control"))},
        {QStringLiteral("port"), sandbox.port()},
        {QStringLiteral("tls"), sandbox.tlsEnabled()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return app.exec();
}
