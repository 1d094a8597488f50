// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "sandbox/eko/SandboxTypes.h"

#include <QJsonObject>
#include <QMap>

namespace saathi::sandbox::envelope {

// Eko's envelope (reference §3.1): {status, message, response_status_id, response_type_id, data, invalid_params?}.
// response_status_id: -1 success of a GET / non-financial call, 0 success of a financial call, 1 failure,
// 2 pending.
SandboxReply make(int status, const QString& message, int responseStatusId, int responseTypeId,
                  const QJsonObject& data = QJsonObject());
SandboxReply success(int responseTypeId, const QString& message, const QJsonObject& data, bool financial = false);
// A business failure: status == response_type_id, response_status_id 1.
SandboxReply failure(int code, const QString& message, const QJsonObject& data = QJsonObject());
// Validation failure: status 97 (or `status`), response_type_id -1, invalid_params {field: message}.
SandboxReply invalidParams(const QMap<QString, QString>& fields, int status = 97);
// {"message":"No key for Response"} — Eko's answer to an unexpected extra field.
SandboxReply noKeyForResponse();
// Gateway rejections before the API (402, 403, 404, 405, 415): short text bodies like 3scale's.
SandboxReply gateway(int httpStatus, const QString& text);
SandboxReply json(const QJsonObject& object, int httpStatus = 200);
// Amounts inside `data` as Eko writes them: rupees with two decimals, as a string ("100.00").
QString amountText(Paise amount);

} // namespace saathi::sandbox::envelope
