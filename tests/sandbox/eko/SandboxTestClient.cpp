// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SandboxTestClient.h"

#include "core/crypto/AadhaarCipher.h"
#include "core/crypto/EkoSigner.h"
#include "core/util/Clock.h"
#include "sandbox/common/SimulatedPid.h"
#include "sandbox/eko/EkoSandbox.h"

#include <QBuffer>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace saathi::test {

SandboxTestClient::SandboxTestClient(const QUrl& baseUrl, const Clock& clock)
    : m_base(baseUrl)
    , m_clock(clock)
{
}

QUrl SandboxTestClient::url(const QString& path) const
{
    QUrl u = m_base;
    u.setPath(m_base.path() + path);
    return u;
}

QNetworkRequest SandboxTestClient::prepare(const QUrl& url, const QByteArray& contentType) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (!trustedCas.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(trustedCas);
        request.setSslConfiguration(ssl);
    }
    if (sign) {
        const qint64 ts = m_clock.nowMs() + timestampOffsetMs;
        request.setRawHeader("developer_key", developerKey.toLatin1());
        request.setRawHeader("secret-key", EkoSigner::secretKey(accessKey, ts));
        request.setRawHeader("secret-key-timestamp", QByteArray::number(ts));
    }
    for (const auto& [name, value] : extraHeaders) {
        request.setRawHeader(name, value);
    }
    return request;
}

HttpResult SandboxTestClient::wait(QNetworkReply* reply) const
{
    QSignalSpy spy(reply, &QNetworkReply::finished);
    HttpResult result;
    result.finished = spy.count() > 0 || spy.wait(timeoutMs + 2000);
    result.error = reply->error();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.dateHeader = reply->rawHeader("Date");
    result.json = QJsonDocument::fromJson(result.body).object();
    if (!result.finished) {
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

HttpResult SandboxTestClient::raw(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                  const QByteArray& contentType)
{
    auto* buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply* reply = m_nam.sendCustomRequest(prepare(url, contentType), method, buffer);
    buffer->setParent(reply);
    return wait(reply);
}

HttpResult SandboxTestClient::multipart(const QByteArray& method, const QUrl& url, QHttpMultiPart* parts)
{
    QNetworkReply* reply = m_nam.sendCustomRequest(prepare(url, QByteArray()), method, parts);
    parts->setParent(reply);
    return wait(reply);
}

HttpResult SandboxTestClient::json(const QByteArray& method, const QString& path, QJsonObject body, bool addIds)
{
    if (addIds) {
        if (!body.contains(QStringLiteral("initiator_id"))) {
            body[QStringLiteral("initiator_id")] = initiatorId;
        }
        if (!body.contains(QStringLiteral("user_code"))) {
            body[QStringLiteral("user_code")] = userCode;
        }
    }
    return raw(method, url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

HttpResult SandboxTestClient::get(const QString& path, QList<QPair<QString, QString>> query, bool addIds)
{
    QUrlQuery q;
    if (addIds) {
        q.addQueryItem(QStringLiteral("initiator_id"), initiatorId);
        q.addQueryItem(QStringLiteral("user_code"), userCode);
    }
    for (const auto& [k, v] : query) {
        q.addQueryItem(k, v);
    }
    QUrl u = url(path);
    u.setQuery(q);
    return raw("GET", u, QByteArray(), QByteArray());
}

QString SandboxTestClient::encryptAadhaar(const QString& digits) const
{
    const auto cipher = AadhaarCipher::fromPublicKey(sandbox::EkoSandbox::aadhaarPublicKeyPem());
    if (!cipher) {
        return QString();
    }
    const auto encrypted = cipher.value().encrypt(SecureBytes::fromString(digits));
    return encrypted ? QString::fromLatin1(encrypted.value()) : QString();
}

QString SandboxTestClient::pid(bool withWadh, const QString& errCode, bool withMc, int fType)
{
    sandbox::SimulatedPidPayload payload;
    payload.timestamp = QDateTime::currentDateTimeUtc();
    payload.wadh = withWadh ? QStringLiteral("E0jzJ/P8UopUHAieZn8CKqS4WPMi5ZSYXgfnlfkWjrc=") : QString();
    payload.fType = fType;
    QByteArray nonce(16, '\0');
    for (char& c : nonce) {
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    payload.nonce = nonce.toHex();
    const QString mc = withMc ? QStringLiteral(" mc=\"MIIBsimulated\"") : QString();
    return QStringLiteral("<?xml version=\"1.0\"?><PidData><Resp errCode=\"%1\" errInfo=\"\" fCount=\"1\" fType=\"%2\" "
                          "nmPoints=\"38\" qScore=\"80\"/><DeviceInfo dpId=\"SAATHI.SIM\" rdsId=\"SAATHI.SIM.001\" "
                          "rdsVer=\"1.0\" mi=\"SIM100\"%3 dc=\"sim-dc\"/><Skey ci=\"20250929\">c2tleQ==</Skey>"
                          "<Hmac>aG1hYw==</Hmac><Data type=\"X\">%4</Data></PidData>")
        .arg(errCode)
        .arg(fType)
        .arg(mc, QString::fromLatin1(sandbox::encodeSimulatedPidData(payload)));
}

} // namespace saathi::test
