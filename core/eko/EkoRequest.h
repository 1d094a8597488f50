// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

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

// One call to make: the operation's name in the catalogue, its path parameters and fields. initiator_id and
// user_code are added by the client. Values for request_hash fields that are not plain fields (e.g. the Aadhaar
// number before encryption) go in `hashValues` and are wiped with the request.
struct EkoRequest
{
    QString operation;
    QMap<QString, QString> pathParams;
    QJsonObject fields;
    QList<FilePart> files;
    QMap<QString, QString> hashValues;
    QString clientRefId; // money-moving and inquiry-able calls carry one in the body too
    bool addUserCode = true;

    ~EkoRequest();
};

} // namespace saathi::eko
