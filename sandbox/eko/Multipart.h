// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace saathi::sandbox {

struct MultipartPart
{
    QString name;
    QString fileName;
    QByteArray contentType;
    QByteArray body;
};

// A small multipart/form-data reader for the AePS activation upload. False when the body is not well formed.
bool parseMultipart(const QByteArray& contentTypeHeader, const QByteArray& body, QList<MultipartPart>* parts);

// What a document upload is, by its magic bytes (the declared type is not trusted).
enum class DocumentKind { Jpeg, Pdf, Png, Other };
DocumentKind sniffDocument(const QByteArray& bytes);

} // namespace saathi::sandbox
