// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/SandboxTypes.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

namespace saathi::sandbox {

// Qt HttpServer underneath, but answers are written to the socket by hand: the sandbox must be able to answer
// late, never, with a dropped connection or with hostile bytes, which QHttpServerResponder cannot express.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxReply(const SandboxRequest&)>;
    using DateSource = std::function<qint64()>; // ms since the epoch for the Date header

    explicit SandboxHttpServer(QObject* parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setDateSource(DateSource source) { m_date = std::move(source); }

    static QByteArray reasonPhrase(int status);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void write(QTcpSocket* socket, const SandboxReply& reply) const;

    Handler m_handler;
    DateSource m_date;
};

} // namespace saathi::sandbox
