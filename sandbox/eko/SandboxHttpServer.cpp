// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SandboxHttpServer.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

namespace saathi::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(QObject* parent)
    : QAbstractHttpServer(parent)
{
}

QByteArray SandboxHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    default:
        return "Status";
    }
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    const SandboxReply reply = m_handler ? m_handler(r) : SandboxReply {404, "text/plain", "no handler"};
    switch (reply.delivery) {
    case SandboxReply::Delivery::Normal:
        write(socket, reply);
        break;
    case SandboxReply::Delivery::Delayed: {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(reply.delayMs, socket, [this, guarded, reply] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState) {
                write(guarded, reply);
            }
        });
        break;
    }
    case SandboxReply::Delivery::Never:
        break; // the connection stays open and silent until the client gives up
    case SandboxReply::Delivery::Close:
        socket->abort();
        break;
    }
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    write(socket, SandboxReply {404, "text/plain", "No mapping rule matched"});
}

void SandboxHttpServer::write(QTcpSocket* socket, const SandboxReply& reply) const
{
    const qint64 dateMs = m_date ? m_date() : QDateTime::currentMSecsSinceEpoch();
    const QString date = QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(dateMs, QTimeZone::utc()),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(reply.httpStatus) + ' ' + reasonPhrase(reply.httpStatus) + "\r\n";
    if (!reply.contentType.isEmpty()) {
        head += "Content-Type: " + reply.contentType + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "Date: " + date.toLatin1() + "\r\n";
    head += "Server: saathi-eko-sandbox\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    socket->write(head);
    socket->write(reply.body);
}

} // namespace saathi::sandbox
