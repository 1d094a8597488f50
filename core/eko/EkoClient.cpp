// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/EkoClient.h"

#include "core/crypto/EkoSigner.h"
#include "core/eko/EkoEnvelope.h"
#include "core/eko/OneShotBody.h"
#include "core/eko/SpkiPins.h"
#include "core/eko/TransportPolicy.h"
#include "core/eko/WireBody.h"
#include "core/eko/WireFields.h"
#include "core/logging/LogCategories.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <memory>

namespace saathi::eko {

namespace {

// A request_hash field: a hash-only value (e.g. the plain Aadhaar number) or the field as it will be sent.
QString fieldText(const EkoRequest& request, const QJsonObject& sentFields, const QString& name)
{
    if (request.hashValues.contains(name)) {
        return request.hashValues.value(name);
    }
    return EkoEnvelope::textOf(sentFields, name);
}

} // namespace

EkoClient::EkoClient(QNetworkAccessManager* network, EndpointCatalogue catalogue, EkoConfig config, const Clock& clock,
                     QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_catalogue(std::move(catalogue))
    , m_config(std::move(config))
    , m_clock(clock)
{
}

QUrl EkoConfig::baseUrlFor(const QString& operation) const
{
    return familyBaseUrls.value(EndpointCatalogue::familyOf(operation), baseUrl);
}

void EkoClient::setConfig(EkoConfig config)
{
    m_config = std::move(config);
    if (m_network) {
        m_network->clearConnectionCache();
    }
}

void EkoClient::setEnvironment(EkoConfig config, EndpointCatalogue catalogue)
{
    m_catalogue = std::move(catalogue);
    setConfig(std::move(config));
}

Result<QString> EkoClient::encryptAadhaar(const SecureBytes& aadhaarDigits) const
{
    const auto encrypted = m_config.aadhaarCipher.encrypt(aadhaarDigits);
    if (!encrypted) {
        return encrypted.error();
    }
    return QString::fromLatin1(encrypted.value());
}

EkoJob* EkoClient::call(EkoRequest request)
{
    const Endpoint* endpoint = m_catalogue.find(request.operation);
    EkoJob::Settings settings;
    settings.operation = request.operation;
    settings.clientRefId = request.clientRefId;
    settings.timeoutMs = m_config.timeoutMs;
    settings.maxResponseBytes = m_config.maxResponseBytes;
    settings.retries = m_config.getRetries;
    settings.retryBaseDelayMs = m_config.retryBaseDelayMs;
    if (endpoint) {
        settings.moneyMoving = endpoint->moneyMoving;
        settings.retryable = endpoint->method == "GET";
    }
    const bool pidAsText = hasPidText(request);
    // The request is shared by every attempt (each re-signed), and dies with the job.
    auto shared = std::make_shared<EkoRequest>(std::move(request));
    const Endpoint endpointCopy = endpoint ? *endpoint : Endpoint {};
    auto* job = new EkoJob(
        settings, [this, shared, endpointCopy] { return watchPins(send(endpointCopy, *shared)); }, m_clock, this);
    connect(job, &EkoJob::finished, this, [this](const EkoResponse& r) {
        if (qAbs(r.clockSkewMs) > 60000) {
            Q_EMIT clockSkewDetected(r.clockSkewMs);
        }
    });
    if (pidAsText) {
        job->failBeforeSending(Error {QStringLiteral("eko.pid_as_text"),
                                      QCoreApplication::translate("Eko", "The request could not be prepared."),
                                      QStringLiteral("PID text in a field: it goes in EkoRequest::pid")});
        return job;
    }
    if (!endpoint) {
        job->failBeforeSending(Error {QStringLiteral("eko.unknown_operation"),
                                      QCoreApplication::translate("Eko",
                                                                  "This operation is not in the endpoint "
                                                                  "catalogue. Call support."),
                                      shared->operation});
        return job;
    }
    const auto url = EndpointCatalogue::resolve(*endpoint, m_config.baseUrlFor(endpoint->name), shared->pathParams);
    if (!url) {
        job->failBeforeSending(url.error());
        return job;
    }
    // The last guard, whatever the configuration layers allowed: never plain HTTP beyond this machine.
    if (Error e = checkTransport(url.value(), PlainHttp::Loopback); !e.isNull()) {
        job->failBeforeSending(e);
        return job;
    }
    if (!m_config.spkiPins.isEmpty() && url.value().scheme() != QLatin1String("https")) {
        job->failBeforeSending(pinMismatchError(url.value().host())); // pins promise TLS: plain HTTP has no key
        return job;
    }
    // Built once (one encryption), sent by every attempt.
    auto fields = wireFields(*endpoint, *shared, m_config.credentials.initiatorId, m_config.credentials.userCode,
                             [this](const SecureBytes& digits) { return encryptAadhaar(digits); });
    if (!fields) {
        job->failBeforeSending(fields.error());
        return job;
    }
    shared->fields = fields.value();
    if (!sendsPid(*endpoint, *shared)) {
        shared->pid.clear();
    }
    shared->prepared = true;
    job->start();
    return job;
}

Error EkoClient::checkEndpoint(const QString& operation) const
{
    const Endpoint* endpoint = m_catalogue.find(operation);
    if (!endpoint) {
        return Error {
            QStringLiteral("eko.unknown_operation"),
            QCoreApplication::translate("Eko", "This operation is not in the endpoint catalogue. Call support."),
            operation};
    }
    const QUrl base = m_config.baseUrlFor(operation);
    if (!base.isValid() || base.scheme().isEmpty() || base.host().isEmpty()) {
        return Error {QStringLiteral("eko.no_base_url"),
                      QCoreApplication::translate("Eko",
                                                  "No Eko server address is set for this environment. Choose "
                                                  "the environment in Settings."),
                      base.toString()};
    }
    return checkTransport(base, PlainHttp::Loopback);
}

QNetworkReply* EkoClient::watchPins(QNetworkReply* reply) const
{
    if (!reply || m_config.spkiPins.isEmpty()) {
        return reply;
    }
    // encrypted() comes after the handshake and before any request byte is written (Qt delivers it with a
    // blocking queued connection from the HTTP thread), so an abort here sends nothing.
    connect(reply, &QNetworkReply::encrypted, reply, [reply, pins = m_config.spkiPins] {
        if (!chainMatchesPins(reply->sslConfiguration().peerCertificateChain(), pins)) {
            reply->setProperty(kPinMismatchProperty, true);
            reply->abort();
        }
    });
    return reply;
}

EkoJob* EkoClient::failBeforeSending(const QString& operation, const Error& error)
{
    EkoJob::Settings settings;
    settings.operation = operation;
    auto* job = new EkoJob(
        settings, [] { return nullptr; }, m_clock, this);
    job->failBeforeSending(error);
    return job;
}

QNetworkReply* EkoClient::sendBody(QNetworkRequest& request, const Endpoint& endpoint, QByteArray body, bool withPid)
{
    if (!endpoint.moneyMoving && !withPid) {
        return m_network->sendCustomRequest(request, endpoint.method, body);
    }
    // Money moves at most once, and a PID is used for one request only (security.md A5): a body QNAM cannot rewind
    // stops its silent re-send on a closed connection. It also wipes the body once it has been read.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    auto* device = new OneShotBody(std::move(body));
    QNetworkReply* reply = m_network->sendCustomRequest(request, endpoint.method, device);
    device->setParent(reply);
    return reply;
}

QNetworkReply* EkoClient::send(const Endpoint& endpoint, const EkoRequest& request)
{
    if (!request.prepared) {
        return nullptr;
    }
    const QJsonObject& fields = request.fields;
    const bool hasBody = endpoint.body != BodyEncoding::None;
    const auto url = EndpointCatalogue::resolve(endpoint, m_config.baseUrlFor(endpoint.name), request.pathParams,
                                                hasBody ? QString() : QString::fromLatin1(formBody(fields)));
    if (!url || !checkTransport(url.value(), PlainHttp::Loopback).isNull()) {
        return nullptr;
    }
    QNetworkRequest req(url.value());
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setMaximumRedirectsAllowed(0);
    if (url.value().scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_config.extraCaCertificates.isEmpty()) {
            tls.addCaCertificates(m_config.extraCaCertificates);
        }
        req.setSslConfiguration(tls);
    }
    // A fresh signature for every attempt; request_hash shares its timestamp.
    const qint64 ts = m_clock.nowMs();
    req.setRawHeader("developer_key", m_config.credentials.developerKey.toUtf8());
    req.setRawHeader("secret-key", EkoSigner::secretKey(m_config.credentials.accessKey, ts));
    req.setRawHeader("secret-key-timestamp", QByteArray::number(ts));
    req.setRawHeader("Accept", "application/json");
    if (!endpoint.requestHashFields.isEmpty()) {
        QStringList values;
        for (const QString& name : endpoint.requestHashFields) {
            values << fieldText(request, fields, name);
        }
        req.setRawHeader("request_hash", EkoSigner::requestHash(m_config.credentials.accessKey, ts, values));
        for (QString& v : values) {
            secureWipe(v);
        }
    }
    switch (endpoint.body) {
    case BodyEncoding::None:
        return m_network->sendCustomRequest(req, endpoint.method);
    case BodyEncoding::Json:
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return sendBody(req, endpoint, jsonBody(fields, request.pid), !request.pid.isEmpty());
    case BodyEncoding::Form:
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        return sendBody(req, endpoint, formBody(fields, request.pid), !request.pid.isEmpty());
    case BodyEncoding::Multipart: {
        // Eko's AePS activation: ONE text part literally named "form-data" with the JSON of every non-file field.
        auto* multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart json;
        json.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"form-data\""));
        json.setBody(jsonBody(fields, request.pid));
        multi->append(json);
        for (const FilePart& file : request.files) {
            QHttpPart part;
            part.setHeader(
                QNetworkRequest::ContentDispositionHeader,
                QStringLiteral("form-data; name=\"%1\"; filename=\"%2\"").arg(file.fieldName, file.fileName));
            part.setHeader(QNetworkRequest::ContentTypeHeader, file.contentType);
            part.setBody(file.content);
            multi->append(part);
        }
        QNetworkReply* reply = m_network->sendCustomRequest(req, endpoint.method, multi);
        multi->setParent(reply);
        return reply;
    }
    }
    return nullptr;
}

} // namespace saathi::eko
