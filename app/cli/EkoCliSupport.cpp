// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "app/cli/EkoCliSupport.h"

#include "app/cli/CliCommand.h"
#include "core/device/PidFile.h"
#include "core/eko/AepsTransaction.h"
#include "core/eko/AgentOperations.h"
#include "core/eko/TransportPolicy.h"
#include "core/journal/JournalEnvironment.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>

namespace saathi::cli {

namespace {
const QCommandLineOption kConfig(QStringLiteral("config"),
                                 QStringLiteral("Eko connection as JSON: base_url, developer_key, access_key, "
                                                "aadhaar_public_key_file, initiator_id, user_code, latlong, ca_file, "
                                                "environment, dmt_rail, pin_spki (see README)"),
                                 QStringLiteral("FILE"));
const QCommandLineOption kCatalogue(QStringLiteral("catalogue"),
                                    QStringLiteral("endpoint catalogue to use instead of the built-in one"),
                                    QStringLiteral("FILE"));
const QCommandLineOption
    kEnv(QStringLiteral("env"),
         QStringLiteral("without --config: uat or production, with the credentials saved in the keychain"),
         QStringLiteral("ENV"), QStringLiteral("uat"));
const QCommandLineOption kLatLong(QStringLiteral("latlong"),
                                  QStringLiteral("the shop's location, with --env (a --config file has \"latlong\")"),
                                  QStringLiteral("LAT,LONG"));
const QCommandLineOption kTimeout(QStringLiteral("timeout"), QStringLiteral("seconds to wait for Eko's answer"),
                                  QStringLiteral("S"), QStringLiteral("30"));
const QCommandLineOption kInsecureLoopback(QStringLiteral("insecure-loopback"),
                                           QStringLiteral("allow a plain http:// base_url on 127.0.0.1 (a sandbox; "
                                                          "never for uat or production)"));

// "production" → Production, etc.; nullopt when the config names no (or an unknown) environment.
std::optional<EkoEnvironment> namedEnvironment(const QJsonObject& config)
{
    EkoEnvironment env;
    if (parseEnvironment(config.value(QStringLiteral("environment")).toString(), &env)) {
        return env;
    }
    return std::nullopt;
}
} // namespace

QList<QCommandLineOption> EkoCli::commonOptions()
{
    return {kConfig, kEnv, kLatLong, kCatalogue, kTimeout, kInsecureLoopback};
}

const QList<QCommandLineOption>& globalOptions()
{
    static const QList<QCommandLineOption> options = EkoCli::commonOptions();
    return options;
}

eko::PlainHttp EkoCli::plainHttp(const QCommandLineParser& parser)
{
    return parser.isSet(kInsecureLoopback) ? eko::PlainHttp::Loopback : eko::PlainHttp::Refused;
}

bool EkoCli::configFromFile(const QCommandLineParser& parser, eko::EkoConfig* out)
{
    const int seconds = parser.value(kTimeout).toInt();
    return loadConfigFile(parser.value(kConfig), seconds > 0 ? seconds * 1000 : 30000, out, plainHttp(parser),
                          m_userCode);
}

bool EkoCli::loadConfigFile(const QString& path, int timeoutMs, eko::EkoConfig* out, eko::PlainHttp plain,
                            UserCode userCode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()), ExitUsage);
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject c = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        fail(QStringLiteral("%1 is not valid JSON: %2").arg(file.fileName(), parseError.errorString()), ExitUsage);
        return false;
    }
    const auto text = [&c](const char* key) { return c.value(QLatin1String(key)).toString(); };
    eko::EkoConfig config;
    config.baseUrl = QUrl(text("base_url"));
    config.credentials = {text("developer_key"), text("access_key"), text("initiator_id"), text("user_code")};
    config.latLong = text("latlong");
    config.timeoutMs = timeoutMs;
    for (const char* required : {"base_url", "developer_key", "access_key", "initiator_id", "user_code"}) {
        if (text(required).isEmpty() && !(userCode == UserCode::Optional && qstrcmp(required, "user_code") == 0)) {
            fail(QStringLiteral("%1 has no \"%2\"").arg(file.fileName(), QLatin1String(required)), ExitUsage);
            return false;
        }
    }
    // Plain HTTP only to a sandbox on this machine, on request, and never for a config that names UAT or production.
    const std::optional<EkoEnvironment> named = namedEnvironment(c);
    const bool live = named && *named != EkoEnvironment::Training;
    if (const Error e = eko::checkTransport(config.baseUrl, live ? eko::PlainHttp::Refused : plain); !e.isNull()) {
        const bool plainHttp = e.code == QLatin1String("eko.plain_http");
        fail(plainHttp && live ? QStringLiteral("%1: base_url %2 is not https://; %3 always needs https://")
                                     .arg(file.fileName(), text("base_url"), environmentName(*named))
                 : plainHttp ? QStringLiteral("%1: base_url %2 is not https://; Eko needs https:// (only a sandbox "
                                              "on 127.0.0.1 may use plain http://, with --insecure-loopback)")
                                   .arg(file.fileName(), text("base_url"))
                             : QStringLiteral("%1: base_url %2 is not a valid URL, e.g. "
                                              "https://staging.eko.in/ekoapi")
                                   .arg(file.fileName(), text("base_url")),
             ExitUsage);
        return false;
    }
    if (!text("aadhaar_public_key_file").isEmpty()) {
        auto cipher = AadhaarCipher::fromPublicKeyFile(text("aadhaar_public_key_file"));
        if (!cipher) {
            fail(cipher.error().userMessage + QStringLiteral(" (") + cipher.error().detail + QLatin1Char(')'));
            return false;
        }
        config.aadhaarCipher = cipher.value();
    }
    if (!text("ca_file").isEmpty()) {
        config.extraCaCertificates = QSslCertificate::fromPath(text("ca_file"));
        if (config.extraCaCertificates.isEmpty()) {
            fail(QStringLiteral("no certificate could be read from %1").arg(text("ca_file")), ExitUsage);
            return false;
        }
    }
    *out = config;
    return true;
}

bool EkoCli::finishConfig(const QCommandLineParser& parser, eko::EkoConfig config)
{
    const auto catalogue = parser.isSet(kCatalogue) ? eko::EndpointCatalogue::fromFile(parser.value(kCatalogue))
                                                    : eko::EndpointCatalogue::builtIn();
    if (!catalogue) {
        fail(catalogue.error().userMessage);
        return false;
    }
    // "pin_spki": true in --config: SPKI pinning with the catalogue's pins for the config's environment (T2).
    if (parser.isSet(kConfig)) {
        QFile file(parser.value(kConfig));
        const QJsonObject c
            = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.read(1024 * 1024)).object() : QJsonObject();
        if (c.value(QStringLiteral("pin_spki")).toBool()) {
            QString why;
            const std::optional<EkoEnvironment> env = journalEnvironment(parser, &why);
            config.spkiPins = env ? catalogue.value().spkiPins(*env) : QList<QByteArray>();
            if (config.spkiPins.size() < 2) {
                fail(QStringLiteral("\"pin_spki\" is on but the endpoint catalogue lists fewer than two spki_pins for "
                                    "%1")
                         .arg(env ? environmentName(*env) : why),
                     ExitUsage);
                return false;
            }
        }
    }
    m_client = std::make_unique<eko::EkoClient>(&m_network, catalogue.value(), config, SystemClock::instance());
    return true;
}

int EkoCli::exec(const QCommandLineParser& parser, const MakeJob& makeJob, const Describe& describe)
{
    int exitCode = ExitUsage;
    eko::EkoClient* client = makeClient(parser, &exitCode);
    return client ? runJob(makeJob(*client), describe) : exitCode;
}

EkoEnvironment EkoCli::environment(const QCommandLineParser& parser)
{
    QString name = parser.value(kEnv);
    if (parser.isSet(kConfig)) {
        QFile file(parser.value(kConfig));
        name = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.read(1024 * 1024))
                                                    .object()
                                                    .value(QStringLiteral("environment"))
                                                    .toString(QStringLiteral("uat"))
                                              : QStringLiteral("uat");
    }
    EkoEnvironment env = EkoEnvironment::Uat;
    parseEnvironment(name, &env);
    return env;
}

std::optional<EkoEnvironment> EkoCli::journalEnvironment(const QCommandLineParser& parser, QString* error)
{
    EkoEnvironment env;
    if (!parser.isSet(kConfig)) {
        if (parseEnvironment(parser.value(kEnv), &env) && env != EkoEnvironment::Training) {
            return env;
        }
        *error = QStringLiteral("--env is uat or production (or give --config FILE)");
        return std::nullopt;
    }
    QFile file(parser.value(kConfig));
    const QJsonObject c
        = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.read(1024 * 1024)).object() : QJsonObject();
    const QString named = c.value(QStringLiteral("environment")).toString();
    if (!named.isEmpty()) {
        if (parseEnvironment(named, &env)) {
            return env;
        }
        *error = QStringLiteral("%1: \"environment\" is training, uat or production").arg(file.fileName());
        return std::nullopt;
    }
    const QString host = journal::ekoHost(QUrl(c.value(QStringLiteral("base_url")).toString()));
    if (const auto derived = journal::environmentForHost(host)) {
        return derived;
    }
    *error = QStringLiteral("%1 does not say which Eko environment %2 is: add \"environment\": \"uat\" (or "
                            "\"production\", \"training\") to it, or give --db PATH")
                 .arg(file.fileName(), host.isEmpty() ? QStringLiteral("its base_url") : host);
    return std::nullopt;
}

eko::EkoClient* EkoCli::makeClient(const QCommandLineParser& parser, int* exitCodeOut)
{
    if (parser.isSet(kConfig)) {
        eko::EkoConfig config;
        if (!configFromFile(parser, &config) || !finishConfig(parser, config)) {
            *exitCodeOut = ExitUsage;
            return nullptr;
        }
        return m_client.get();
    }
    EkoEnvironment env;
    if (!parseEnvironment(parser.value(kEnv), &env) || env == EkoEnvironment::Training) {
        *exitCodeOut = fail(QStringLiteral("--env is uat or production (or give --config FILE)"), ExitUsage);
        return nullptr;
    }
    // Credentials the app saved in the keychain; the answer arrives in the main loop.
    KeychainSecretStore keychain;
    EkoCredentialStore credentials(keychain);
    int exitCode = ExitUsage;
    QObject context;
    credentials.load(env, &context, [&](Result<EkoCredentials> loaded, bool found) {
        if (!loaded || !found) {
            exitCode = fail(loaded ? QStringLiteral("no Eko credentials for %1 in the keychain: save them with "
                                                    "`saathi-cli credentials set --env %1` or in the app's Settings")
                                         .arg(environmentName(env))
                                   : loaded.error().userMessage,
                            ExitUsage);
            QCoreApplication::quit();
            return;
        }
        const auto catalogue = eko::EndpointCatalogue::builtIn();
        eko::EkoConfig config;
        config.baseUrl = catalogue ? catalogue.value().baseUrl(env) : QUrl();
        config.credentials = loaded.value();
        config.latLong = parser.value(kLatLong);
        config.timeoutMs = parser.value(kTimeout).toInt() > 0 ? parser.value(kTimeout).toInt() * 1000 : 30000;
        config.aadhaarCipher = AadhaarCipher::fromPublicKey(publishedAadhaarKey(env)).value();
        if (!finishConfig(parser, config)) {
            QCoreApplication::quit();
            return;
        }
        exitCode = -1; // the job decides
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    if (exitCode != -1) {
        *exitCodeOut = exitCode;
        return nullptr;
    }
    return m_client.get();
}

bool EkoCli::preflight(const eko::EkoClient& client, const QString& operation, bool carriesAadhaar, int* exitCode)
{
    if (const Error e = client.checkEndpoint(operation); !e.isNull()) {
        *exitCode
            = fail(QStringLiteral("%1 (%2); nothing was journaled or sent").arg(e.userMessage, e.detail), ExitUsage);
        return false;
    }
    if (carriesAadhaar && !client.config().aadhaarCipher.isValid()) {
        *exitCode = fail(QStringLiteral("no Aadhaar public key: give \"aadhaar_public_key_file\" in the --config "
                                        "file; nothing was journaled or sent"),
                         ExitUsage);
        return false;
    }
    return true;
}

bool EkoCli::checkBankListed(eko::EkoClient& client, const QString& code, int* exitCode)
{
    eko::EkoJob* job = eko::AgentOperations(client).banks();
    QList<eko::Bank> banks;
    Error error;
    QObject::connect(job, &eko::EkoJob::finished, job, [&](const eko::EkoResponse& r) {
        if (r.outcome == eko::Outcome::Success) {
            banks = eko::AgentOperations::parseBanks(r.envelope);
        }
        error = r.error;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    if (banks.isEmpty()) {
        *exitCode = fail(QStringLiteral("--bank could not be checked against Eko's bank list: %1; nothing was "
                                        "journaled or sent")
                             .arg(error.isNull() ? QStringLiteral("Eko sent no banks") : error.userMessage));
        return false;
    }
    for (const eko::Bank& bank : banks) {
        if (bank.code.compare(code, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    *exitCode = fail(QStringLiteral("--bank %1 is not in Eko's bank list (saathi-cli agent banks shows it)").arg(code),
                     ExitUsage);
    return false;
}

int EkoCli::runJob(eko::EkoJob* job, const Describe& describe)
{
    int exitCode = ExitFailed;
    QObject::connect(job, &eko::EkoJob::finished, job, [&exitCode, &describe](const eko::EkoResponse& r) {
        QJsonObject out;
        out[QStringLiteral("operation")] = r.operation;
        out[QStringLiteral("outcome")] = eko::outcomeName(r.outcome);
        out[QStringLiteral("http_status")] = r.httpStatus;
        if (r.hasEnvelope) {
            out[QStringLiteral("status")] = r.envelope.status;
            out[QStringLiteral("response_type_id")] = r.envelope.responseTypeId;
            out[QStringLiteral("message")] = r.envelope.message;
        }
        if (!r.clientRefId.isEmpty()) {
            out[QStringLiteral("client_ref_id")] = r.clientRefId;
        }
        if (!r.error.isNull()) {
            out[QStringLiteral("error")] = QJsonObject {{QStringLiteral("code"), r.error.code},
                                                        {QStringLiteral("message"), r.error.userMessage},
                                                        {QStringLiteral("detail"), r.error.detail}};
        }
        out[QStringLiteral("result")] = describe ? describe(r) : r.envelope.data;
        printJson(out);
        switch (r.outcome) {
        case eko::Outcome::Success:
            exitCode = ExitOk;
            break;
        case eko::Outcome::Failed:
            exitCode = ExitFailed;
            break;
        case eko::Outcome::Pending:
            exitCode = ExitPending;
            break;
        case eko::Outcome::Unknown:
            exitCode = ExitUnknown;
            break;
        }
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return exitCode;
}

QJsonObject describeTransaction(const eko::EkoResponse& response)
{
    const eko::AepsTransaction t = eko::AepsTransaction::fromEnvelope(response.envelope);
    QJsonObject o {{QStringLiteral("tx_status"), t.txStatus},
                   {QStringLiteral("tid"), t.tid},
                   {QStringLiteral("rrn"), t.rrn},
                   {QStringLiteral("stan"), t.stan},
                   {QStringLiteral("bank"), t.bankName},
                   {QStringLiteral("aadhaar"), t.maskedAadhaar},
                   {QStringLiteral("amount"), t.amount.toWireString()},
                   {QStringLiteral("agent_balance"), t.agentBalance.toWireString()},
                   {QStringLiteral("commission"), t.commission.toWireString()},
                   {QStringLiteral("fee"), t.fee.toWireString()},
                   {QStringLiteral("reason"), t.reason}};
    if (t.hasCustomerBalance) {
        o[QStringLiteral("customer_balance")] = t.customerBalance.toWireString();
    }
    if (!t.miniStatement.isEmpty()) {
        QJsonArray rows;
        for (const auto& e : t.miniStatement) {
            rows.append(QJsonObject {{QStringLiteral("date"), e.date},
                                     {QStringLiteral("amount"), e.amount.toWireString()},
                                     {QStringLiteral("type"), e.credit ? QStringLiteral("Cr") : QStringLiteral("Dr")},
                                     {QStringLiteral("narration"), e.narration}});
        }
        o[QStringLiteral("mini_statement")] = rows;
    }
    return o;
}

bool readPidFile(const QString& path, SecureBytes* out, QString* error)
{
    Result<device::PidData> pid = device::pidfile::readPidFile(path);
    if (!pid) {
        *error = QStringLiteral("--pid-file %1: %2 (%3)").arg(path, pid.error().userMessage, pid.error().detail);
        return false;
    }
    *out = std::move(pid.value().pidXml);
    return true;
}

} // namespace saathi::cli
