// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "CannedHttpServer.h"

#include <QTcpSocket>

namespace saathi::test {

CannedHttpServer::CannedHttpServer(QObject* parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &CannedHttpServer::onNewConnection);
}

CannedHttpServer::~CannedHttpServer()
{
    // Sockets are children of m_server, which outlives m_buffers: cut them loose before members die.
    m_server.close();
    const auto sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

QByteArray CannedHttpServer::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(port()) + "/ekoapi";
}

void CannedHttpServer::enqueueJson(const QByteArray& json, int status)
{
    Reply r;
    r.status = status;
    r.body = json;
    enqueue(r);
}

void CannedHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { tryHandle(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
    }
}

void CannedHttpServer::tryHandle(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    Received req;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    req.method = requestLine.value(0);
    req.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = req.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length) {
        return;
    }
    req.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    m_received.append(req);

    Reply fallback;
    fallback.status = 404;
    fallback.contentType = "text/plain";
    fallback.body = "no canned reply";
    const Reply reply = m_replies.isEmpty() ? fallback : m_replies.takeFirst();
    if (reply.hang) {
        return;
    }
    if (reply.closeSilently) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: " + reply.contentType
        + "\r\nContent-Length: "
        + QByteArray::number(reply.declaredLength >= 0 ? reply.declaredLength : reply.body.size()) + "\r\n";
    for (auto it = reply.headers.begin(); it != reply.headers.end(); ++it) {
        out += it.key() + ": " + it.value() + "\r\n";
    }
    out += "Connection: close\r\n\r\n";
    if (reply.closeEarly) {
        socket->write(out + reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(out + reply.body);
    socket->disconnectFromHost();
}

} // namespace saathi::test
