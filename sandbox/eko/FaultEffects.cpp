// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "FaultEffects.h"

#include "sandbox/eko/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace saathi::sandbox {

namespace {

QJsonValue flipType(const QJsonValue& v)
{
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        return ok ? QJsonValue(d) : v;
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    return v;
}

} // namespace

SandboxReply faultReplyBefore(Fault fault)
{
    switch (fault) {
    case Fault::Http500:
        return envelope::gateway(500, QString());
    case Fault::HtmlErrorPage: {
        SandboxReply r = envelope::gateway(
            502,
            QStringLiteral("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                           "Gateway</h1></center><hr><center>nginx</center></body></html>"));
        r.contentType = "text/html";
        return r;
    }
    default:
        return envelope::noKeyForResponse();
    }
}

SandboxReply applyFaultAfter(Fault fault, SandboxReply reply, qint64 slowResponseMs)
{
    switch (fault) {
    case Fault::DropResponse:
        reply.delivery = SandboxReply::Delivery::Never;
        break;
    case Fault::CloseConnection:
        reply.delivery = SandboxReply::Delivery::Close;
        break;
    case Fault::SlowResponse:
        reply.delivery = SandboxReply::Delivery::Delayed;
        reply.delayMs = slowResponseMs;
        break;
    case Fault::TruncatedJson:
        reply.body.truncate(reply.body.size() / 2);
        break;
    case Fault::HugeBody: {
        QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        QJsonObject data = o.value(QStringLiteral("data")).toObject();
        data[QStringLiteral("padding")] = QString(10 * 1024 * 1024, QLatin1Char('x'));
        o[QStringLiteral("data")] = data;
        reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        break;
    }
    case Fault::WrongTypes: {
        QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        for (const QString& key :
             {QStringLiteral("status"), QStringLiteral("response_type_id"), QStringLiteral("response_status_id")}) {
            o[key] = flipType(o.value(key));
        }
        QJsonObject data = o.value(QStringLiteral("data")).toObject();
        for (auto it = data.begin(); it != data.end(); ++it) {
            it.value() = flipType(it.value());
        }
        if (data.contains(QStringLiteral("aadhar"))) {
            data[QStringLiteral("aadhar")] = QJsonArray {data.value(QStringLiteral("aadhar"))};
        }
        o[QStringLiteral("data")] = data;
        reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        break;
    }
    case Fault::ArrayInsteadOfObject: {
        QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        o[QStringLiteral("data")] = QJsonArray {o.value(QStringLiteral("data"))};
        reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        break;
    }
    default:
        break;
    }
    return reply;
}

} // namespace saathi::sandbox
