// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace saathi::rd {

// One HTTP exchange with a local RD service: custom verb, literal 127.0.0.1, an overall deadline (a trickling
// answer cannot keep it alive), a response-size cap enforced while reading, redirects never followed.
// Emits done() exactly once; abort() stops it silently.
class RdHttpCall : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray verb; // RDSERVICE, DEVICEINFO, CAPTURE
        quint16 port = 0;
        QString path = QStringLiteral("/");
        QByteArray body;
        int timeoutMs = 2500;
        qint64 maxBytes = 64 * 1024;
    };
    struct Response
    {
        int httpStatus = 0;
        QByteArray body;
        QByteArray contentType;
        Error error; // null on HTTP 200 with a body within the cap
        bool refused = false; // nothing listens on the port
        qint64 elapsedMs = 0;
    };

    RdHttpCall(QNetworkAccessManager* nam, Request request, QObject* parent = nullptr);
    ~RdHttpCall() override;

    void start();
    void abort(); // no done() afterwards

Q_SIGNALS:
    void done(const saathi::rd::RdHttpCall::Response& response);

private:
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void finish(Response response);
    void dropReply();

    QNetworkAccessManager* m_nam;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    const char* m_abortReason = nullptr;
    bool m_done = false;
};

} // namespace saathi::rd
