// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RdHttpCall.h"

#include "core/crypto/SecureBytes.h"
#include "core/device/DeviceErrors.h"
#include "rd_service/RdLog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace saathi::rd {

using device::makeError;
namespace codes = device::codes;

RdHttpCall::RdHttpCall(QNetworkAccessManager* nam, Request request, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(std::move(request))
{
    setObjectName(QStringLiteral("rdHttpCall"));
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &RdHttpCall::onTimeout);
}

RdHttpCall::~RdHttpCall()
{
    dropReply();
    secureWipe(m_body);
}

void RdHttpCall::start()
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1")); // never "localhost": on Windows it may try ::1 first (§2.1)
    url.setPort(m_request.port);
    url.setPath(m_request.path);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setRawHeader("Accept", "text/xml");
    if (!m_request.body.isEmpty()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=utf-8"));
    }
    m_elapsed.start();
    m_deadline.start(m_request.timeoutMs);
    m_reply = m_nam->sendCustomRequest(req, m_request.verb, m_request.body);
    m_reply->setObjectName(QStringLiteral("rdReply"));
    connect(m_reply, &QNetworkReply::readyRead, this, &RdHttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RdHttpCall::onFinished);
}

void RdHttpCall::abort()
{
    m_done = true;
    m_deadline.stop();
    dropReply();
}

void RdHttpCall::dropReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void RdHttpCall::onReadyRead()
{
    if (!m_reply || m_done) {
        return;
    }
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (m_body.size() + m_reply->bytesAvailable() > m_request.maxBytes
        || (declared.isValid() && declared.toLongLong() > m_request.maxBytes)) {
        m_abortReason = codes::kTooLarge;
        m_reply->abort();
        return;
    }
    m_body.append(m_reply->readAll());
}

void RdHttpCall::onTimeout()
{
    if (m_reply && !m_done) {
        m_abortReason = codes::kTimeout;
        m_reply->abort();
    }
}

void RdHttpCall::onFinished()
{
    if (!m_reply || m_done) {
        return;
    }
    m_deadline.stop();
    Response r;
    r.elapsedMs = m_elapsed.elapsed();
    const QNetworkReply::NetworkError netError = m_reply->error();
    if (netError == QNetworkReply::NoError || netError >= QNetworkReply::ContentAccessDenied) {
        onReadyRead(); // anything left in the buffer
    }
    r.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = m_reply->rawHeader("Content-Type");
    const QString where = QStringLiteral("%1 127.0.0.1:%2%3")
                              .arg(QString::fromLatin1(m_request.verb))
                              .arg(m_request.port)
                              .arg(m_request.path);
    if (m_abortReason == codes::kTooLarge) {
        r.error = makeError(codes::kTooLarge, where + QStringLiteral(": answer over %1 bytes").arg(m_request.maxBytes));
    } else if (m_abortReason == codes::kTimeout) {
        r.error = makeError(codes::kTimeout,
                            where + QStringLiteral(": no complete answer within %1 ms").arg(m_request.timeoutMs));
    } else if (netError == QNetworkReply::ConnectionRefusedError) {
        r.refused = true;
        r.error = makeError(codes::kConnection, where + QStringLiteral(": connection refused"));
    } else if (r.httpStatus != 0 && r.httpStatus != 200) {
        r.error = makeError(codes::kHttp, where + QStringLiteral(": HTTP %1").arg(r.httpStatus));
    } else if (netError != QNetworkReply::NoError) {
        r.error = makeError(codes::kConnection, where + QStringLiteral(": ") + m_reply->errorString().left(160));
    } else if (r.httpStatus != 200) {
        r.error = makeError(codes::kHttp, where + QStringLiteral(": no HTTP status"));
    }
    if (r.error.isNull()) {
        r.body = m_body; // one copy handed over; ours is wiped below
    }
    secureWipe(m_body);
    qCDebug(lcRd) << "rd" << where << "status" << r.httpStatus << "bytes" << r.body.size() << "ms" << r.elapsedMs
                  << (r.error.isNull() ? QString() : r.error.code);
    finish(std::move(r));
}

void RdHttpCall::finish(Response response)
{
    if (m_done) {
        return;
    }
    m_done = true;
    dropReply();
    Q_EMIT done(response);
    secureWipe(response.body); // the last holder of a PID body wipes it (receivers wipe their copies too)
}

} // namespace saathi::rd
