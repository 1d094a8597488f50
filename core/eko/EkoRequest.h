// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace saathi::eko {

struct FilePart
{
    QString fieldName; // pan_card, aadhar_front, aadhar_back
    QString fileName;
    QByteArray contentType; // image/jpeg, application/pdf
    QByteArray content;
};

// One call to make: the operation's name in the catalogue, its path parameters and fields. initiator_id, user_code
// and client_ref_id are added by the client as the catalogue says (eko/WireFields.h); so is `aadhar`, from
// `aadhaar`, encrypted or plain as the catalogue says. Values for request_hash fields that are not plain fields (e.g.
// the Aadhaar number before encryption) go in `hashValues` and are wiped with the request. A PID block goes in `pid`,
// never in `fields`: it stays in a wiped buffer until the body is written (eko/WireBody.h), and the client refuses a
// request that carries PID text in a field.
struct EkoRequest
{
    QString operation;
    QMap<QString, QString> pathParams;
    QJsonObject fields;
    QList<FilePart> files;
    QMap<QString, QString> hashValues;
    QString clientRefId; // money-moving and inquiry-able calls carry one in the body too
    SecureBytes aadhaar; // 12 digits, wiped with the request
    SecureBytes pid; // the PidData XML as the device produced it, sent once as `piddata`; wiped with the request
    bool addUserCode = true; // for an operation the catalogue does not describe field by field
    // Sent even without a required field: checking the partner's keys before the agent has a user_code (Eko's
    // gateway judges the keys first, then answers 97 for the field).
    bool probe = false;
    bool prepared = false; // `fields` are the wire fields (EkoClient::call)

    ~EkoRequest();
};

} // namespace saathi::eko
