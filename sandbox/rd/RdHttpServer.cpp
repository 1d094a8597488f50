// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "RdHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace saathi::sandbox::rd {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    default:
        return "Status";
    }
}

const char kBufferProperty[] = "saathiRdBuffer";

} // namespace

HttpExchange::HttpExchange(QTcpSocket* socket, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
{
    setObjectName(QStringLiteral("rdHttpExchange"));
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_timer.stop();
        Q_EMIT closed();
        if (m_socket) {
            m_socket->deleteLater();
        }
        deleteLater();
    });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_socket || m_pending.isEmpty()) {
            m_timer.stop();
            closeAfterWrite();
            return;
        }
        m_socket->write(m_pending.left(1));
        m_pending.remove(0, 1);
    });
}

HttpExchange::~HttpExchange() = default;

bool HttpExchange::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray HttpExchange::head(int status, const QByteArray& contentType, qint64 length,
                              const QMap<QByteArray, QByteArray>& extraHeaders)
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!contentType.isEmpty()) {
        h += "Content-Type: " + contentType + "\r\n";
    }
    h += "Content-Length: " + QByteArray::number(length) + "\r\n";
    for (auto it = extraHeaders.cbegin(); it != extraHeaders.cend(); ++it) {
        h += it.key() + ": " + it.value() + "\r\n";
    }
    h += "Connection: close\r\n\r\n";
    return h;
}

void HttpExchange::closeAfterWrite()
{
    if (m_socket) {
        m_socket->disconnectFromHost(); // flushes what is buffered first
    }
}

void HttpExchange::respond(int status, const QByteArray& contentType, const QByteArray& body,
                           const QMap<QByteArray, QByteArray>& extraHeaders)
{
    if (!isOpen()) {
        return;
    }
    m_socket->write(head(status, contentType, body.size(), extraHeaders));
    m_socket->write(body);
    closeAfterWrite();
}

void HttpExchange::respondTrickled(int status, const QByteArray& contentType, const QByteArray& body, int intervalMs)
{
    if (!isOpen()) {
        return;
    }
    m_pending = head(status, contentType, body.size(), {}) + body;
    m_timer.start(qMax(1, intervalMs));
}

void HttpExchange::respondThenReset(int status, const QByteArray& contentType, const QByteArray& body)
{
    if (!isOpen()) {
        return;
    }
    m_socket->write(head(status, contentType, body.size(), {}));
    m_socket->write(body.left(body.size() / 2));
    m_socket->flush();
#ifdef Q_OS_UNIX
    // SO_LINGER 0: close() sends RST instead of FIN, as a crashing driver does.
    const struct linger hard
    {
        1, 0
    };
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    m_socket->abort();
}

void HttpExchange::respondLater(int delayMs, int status, const QByteArray& contentType, const QByteArray& body)
{
    QTimer::singleShot(qMax(0, delayMs), this,
                       [this, status, contentType, body] { respond(status, contentType, body); });
}

RdHttpServer::RdHttpServer(QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("rdHttpServer"));
    m_server.setObjectName(QStringLiteral("rdTcpServer"));
    connect(&m_server, &QTcpServer::newConnection, this, &RdHttpServer::onNewConnection);
}

RdHttpServer::~RdHttpServer()
{
    close();
}

bool RdHttpServer::listen(quint16 port)
{
    close();
    return m_server.listen(QHostAddress::LocalHost, port);
}

void RdHttpServer::close()
{
    m_server.close();
    const auto sockets = m_server.findChildren<QTcpSocket*>();
    for (auto* s : sockets) {
        s->abort();
        s->deleteLater();
    }
}

void RdHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        QObject* object = socket;
        connect(socket, &QTcpSocket::disconnected, socket, [object] {
            if (object->property(kBufferProperty).isValid()) { // still reading: nobody else owns it
                object->deleteLater();
            }
        });
        socket->setProperty(kBufferProperty, QByteArray());
    }
}

void RdHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    auto reject = [socket](int status) {
        socket->disconnect();
        socket->setProperty(kBufferProperty, QVariant());
        auto* exchange = new HttpExchange(socket, socket);
        exchange->respond(status, "text/plain", reason(status));
    };
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > kMaxHeadBytes) {
            reject(431);
        } else {
            socket->setProperty(kBufferProperty, buffer);
        }
        return;
    }
    if (headEnd > kMaxHeadBytes) {
        reject(431);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        reject(400);
        return;
    }
    HttpRequest request;
    request.method = requestLine[0];
    request.path = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
    }
    if (request.headers.contains("transfer-encoding")) {
        reject(501);
        return;
    }
    bool ok = true;
    const QByteArray lengthText = request.headers.value("content-length", "0");
    const qint64 length = lengthText.toLongLong(&ok);
    if (!ok || length < 0) {
        reject(400);
        return;
    }
    if (length > kMaxBodyBytes) {
        reject(413);
        return;
    }
    const qsizetype bodyStart = headEnd + 4;
    if (buffer.size() - bodyStart < length) {
        socket->setProperty(kBufferProperty, buffer);
        return;
    }
    request.body = buffer.mid(bodyStart, length);
    socket->disconnect(this);
    socket->setProperty(kBufferProperty, QVariant());
    auto* exchange = new HttpExchange(socket, socket);
    Q_EMIT requestReceived(exchange, request);
}

} // namespace saathi::sandbox::rd
