// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// saathi-eko-sandbox --port N [--tls] [--print-public-key]: the Eko sandbox as a standalone server on 127.0.0.1.
// With --developer-key/--access-key/--initiator-id, --write-ca and --write-public-key it stands in for UAT with a
// partner of its own, so a going-live walk cannot pass on training's published keys.
#include "core/logging/Redactor.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (content.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

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
                                     QStringLiteral("accept form-urlencoded bodies on JSON routes (the default; kept "
                                                    "for scripts)"));
    const QCommandLineOption strict(QStringLiteral("strict-content-type"),
                                    QStringLiteral("JSON routes take JSON only: form bodies get 415"));
    const QCommandLineOption catalogue(QStringLiteral("catalogue"),
                                       QStringLiteral("apply the per-operation facts (encodings, required fields, "
                                                      "Aadhaar form) of this endpoint catalogue instead of the "
                                                      "built-in one"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption allowReplay(QStringLiteral("allow-pid-replay"),
                                         QStringLiteral("do not reject a reused PID (UIDAI 563)"));
    const QCommandLineOption printKey(QStringLiteral("print-public-key"),
                                      QStringLiteral("print the PEM public key for `aadhar` and exit"));
    const saathi::sandbox::EkoSandboxConfig defaults;
    const QCommandLineOption developerKey(QStringLiteral("developer-key"),
                                          QStringLiteral("the partner's developer_key it accepts (default: Eko's "
                                                         "published UAT one)"),
                                          QStringLiteral("K"), defaults.partner.developerKey);
    const QCommandLineOption accessKey(QStringLiteral("access-key"),
                                       QStringLiteral("the partner's access key signatures must use (default: Eko's "
                                                      "published UAT one)"),
                                       QStringLiteral("K"), defaults.partner.accessKey);
    const QCommandLineOption initiatorId(QStringLiteral("initiator-id"),
                                         QStringLiteral("the partner's initiator_id (registered mobile)"),
                                         QStringLiteral("M"), defaults.partner.initiatorId);
    const QCommandLineOption userCode(QStringLiteral("user-code"),
                                      QStringLiteral("the default agent's user_code (onboarding hands out others)"),
                                      QStringLiteral("CODE"), defaults.defaultUserCode);
    const QCommandLineOption agentMobile(QStringLiteral("agent-mobile"), QStringLiteral("the default agent's mobile"),
                                         QStringLiteral("M"), defaults.defaultAgentMobile);
    const QCommandLineOption activationDelay(
        QStringLiteral("activation-delay-ms"),
        QStringLiteral("how long a requested service stays PENDING before it is ACTIVATED"), QStringLiteral("N"),
        QString::number(defaults.activationDelayMs));
    const QCommandLineOption writeCa(QStringLiteral("write-ca"),
                                     QStringLiteral("write the CA certificate (PEM) clients trust for --tls to FILE, "
                                                    "e.g. for eko/uat/ca_file"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption writeKey(QStringLiteral("write-public-key"),
                                      QStringLiteral("write the PEM public key for `aadhar` to FILE, e.g. for "
                                                     "eko/uat/aadhaar_public_key_file"),
                                      QStringLiteral("FILE"));
    parser.addOptions({port, tls, lenient, strict, catalogue, allowReplay, printKey, developerKey, accessKey,
                       initiatorId, userCode, agentMobile, activationDelay, writeCa, writeKey});
    parser.process(app);

    if (parser.isSet(writeCa)
        && !writeFile(parser.value(writeCa), saathi::sandbox::EkoSandbox::caCertificate().toPem())) {
        return 1;
    }
    if (parser.isSet(writeKey)
        && !writeFile(parser.value(writeKey), saathi::sandbox::EkoSandbox::aadhaarPublicKeyPem())) {
        return 1;
    }

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
    const qint64 delayMs = parser.value(activationDelay).toLongLong(&ok);
    if (!ok || delayMs < 0) {
        std::fprintf(stderr, "--activation-delay-ms must be a number of milliseconds, 0 or more\n");
        return 2;
    }
    saathi::sandbox::EkoSandboxConfig config;
    config.acceptFormOnJsonRoutes = !parser.isSet(strict);
    config.catalogueFile = parser.value(catalogue);
    config.rejectReplayedPid = !parser.isSet(allowReplay);
    config.partner.developerKey = parser.value(developerKey).trimmed();
    config.partner.accessKey = parser.value(accessKey).trimmed();
    config.partner.initiatorId = parser.value(initiatorId).trimmed();
    config.defaultUserCode = parser.value(userCode).trimmed();
    config.defaultAgentMobile = parser.value(agentMobile).trimmed();
    config.activationDelayMs = delayMs;
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
