// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

namespace saathi::test {

// A loopback HTTP/1.1 server that answers each request with the next canned reply and records what it received:
// for client unit tests that need exact bytes on the wire or hostile answers (hangs, huge or truncated bodies).
class CannedHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QMap<QByteArray, QByteArray> headers;
        bool hang = false; // accept, read, never answer
        bool closeEarly = false; // send headers and half the body, then close
        bool closeSilently = false; // read the request, close without a byte of answer
        qint64 declaredLength = -1; // Content-Length to announce (default: body size)
    };
    struct Received
    {
        QByteArray method;
        QByteArray target; // path + query, as sent
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit CannedHttpServer(QObject* parent = nullptr);
    ~CannedHttpServer() override;
    quint16 port() const { return m_server.serverPort(); }
    QByteArray baseUrl() const;

    void enqueue(Reply reply) { m_replies.append(std::move(reply)); }
    void enqueueJson(const QByteArray& json, int status = 200);
    const QList<Received>& received() const { return m_received; }

private:
    void onNewConnection();
    void tryHandle(QTcpSocket* socket);

    QTcpServer m_server;
    QList<Reply> m_replies;
    QList<Received> m_received;
    QMap<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace saathi::test
