// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QAbstractSocket;
class QTcpSocket;

namespace saathi::sandbox::rd {

struct HttpRequest
{
    QByteArray method; // verbatim: RDSERVICE, DEVICEINFO, CAPTURE, OPTIONS, GET…
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// One accepted connection; the handler answers through it in one of the ways real (and broken) drivers do.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    explicit HttpExchange(QTcpSocket* socket, QObject* parent = nullptr);
    ~HttpExchange() override;

    void respond(int status, const QByteArray& contentType, const QByteArray& body,
                 const QMap<QByteArray, QByteArray>& extraHeaders = {});
    void respondTrickled(int status, const QByteArray& contentType, const QByteArray& body, int intervalMs);
    void respondThenReset(int status, const QByteArray& contentType, const QByteArray& body); // half, then RST
    void respondLater(int delayMs, int status, const QByteArray& contentType, const QByteArray& body);
    void hang() { } // keep the connection open and never answer
    bool isOpen() const;

Q_SIGNALS:
    void closed();

private:
    static QByteArray head(int status, const QByteArray& contentType, qint64 length,
                           const QMap<QByteArray, QByteArray>& extraHeaders);
    void closeAfterWrite();

    QPointer<QAbstractSocket> m_socket;
    QTimer m_timer;
    QByteArray m_pending;
};

// A small HTTP/1.1 server on QTcpServer: request line, headers, Content-Length body; caps on everything. Qt
// HttpServer cannot see custom verbs (rd-service.md §9), hence this. Every answer closes the connection.
class RdHttpServer : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxHeadBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    explicit RdHttpServer(QObject* parent = nullptr);
    ~RdHttpServer() override; // closes open connections while their objects are whole
    bool listen(quint16 port); // 127.0.0.1 only; 0 = any free port
    quint16 serverPort() const { return m_server.serverPort(); }
    bool isListening() const { return m_server.isListening(); }
    void close();
    QString errorString() const { return m_server.errorString(); }

Q_SIGNALS:
    // The handler must answer (or deliberately hang) through `exchange`, which it does not own.
    void requestReceived(saathi::sandbox::rd::HttpExchange* exchange, const saathi::sandbox::rd::HttpRequest& request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer m_server;
};

} // namespace saathi::sandbox::rd
