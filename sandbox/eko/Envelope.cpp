// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "Envelope.h"

#include <QJsonDocument>

namespace saathi::sandbox::envelope {

SandboxReply json(const QJsonObject& object, int httpStatus)
{
    SandboxReply reply;
    reply.httpStatus = httpStatus;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (object.contains(QStringLiteral("status"))) {
        reply.ekoStatus = object.value(QStringLiteral("status")).toInt(-1);
    }
    reply.responseTypeId = object.value(QStringLiteral("response_type_id")).toInt(0);
    return reply;
}

SandboxReply make(int status, const QString& message, int responseStatusId, int responseTypeId, const QJsonObject& data)
{
    QJsonObject o;
    o[QStringLiteral("status")] = status;
    o[QStringLiteral("message")] = message;
    o[QStringLiteral("response_status_id")] = responseStatusId;
    o[QStringLiteral("response_type_id")] = responseTypeId;
    o[QStringLiteral("data")] = data;
    return json(o);
}

SandboxReply success(int responseTypeId, const QString& message, const QJsonObject& data, bool financial)
{
    return make(0, message, financial ? 0 : -1, responseTypeId, data);
}

SandboxReply failure(int code, const QString& message, const QJsonObject& data)
{
    return make(code, message, 1, code, data);
}

SandboxReply invalidParams(const QMap<QString, QString>& fields, int status)
{
    QJsonObject params;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        params[it.key()] = it.value();
    }
    QJsonObject o;
    o[QStringLiteral("status")] = status;
    o[QStringLiteral("message")] = QStringLiteral("Please provide the value of the field");
    o[QStringLiteral("response_status_id")] = 1;
    o[QStringLiteral("response_type_id")] = -1;
    o[QStringLiteral("data")] = QJsonObject();
    o[QStringLiteral("invalid_params")] = params;
    return json(o);
}

QString amountText(Paise amount)
{
    const qint64 v = amount.value < 0 ? -amount.value : amount.value;
    return (amount.value < 0 ? QStringLiteral("-") : QString()) + QString::number(v / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(v % 100, 2, 10, QLatin1Char('0'));
}

SandboxReply noKeyForResponse()
{
    QJsonObject o;
    o[QStringLiteral("message")] = QStringLiteral("No key for Response");
    return json(o);
}

SandboxReply gateway(int httpStatus, const QString& text)
{
    SandboxReply reply;
    reply.httpStatus = httpStatus;
    reply.contentType = "text/plain; charset=us-ascii";
    reply.body = text.toUtf8();
    return reply;
}

} // namespace saathi::sandbox::envelope
