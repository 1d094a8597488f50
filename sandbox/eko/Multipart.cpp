// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "Multipart.h"

#include <QRegularExpression>

namespace saathi::sandbox {

namespace {

QByteArray boundaryOf(const QByteArray& contentType)
{
    static const QRegularExpression re(QStringLiteral("boundary=\"?([^\";]+)\"?"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(contentType));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

QString dispositionParam(const QByteArray& disposition, const char* name)
{
    const QRegularExpression re(QStringLiteral("(?:^|;)\\s*%1=\"([^\"]*)\"").arg(QLatin1String(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(disposition));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

bool parseMultipart(const QByteArray& contentTypeHeader, const QByteArray& body, QList<MultipartPart>* parts)
{
    const QByteArray boundary = boundaryOf(contentTypeHeader);
    if (boundary.isEmpty() || boundary.size() > 200) {
        return false;
    }
    const QByteArray delimiter = QByteArray("--" + boundary);
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0) {
        return false;
    }
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--") {
            return true; // closing delimiter
        }
        if (body.mid(pos, 2) != "\r\n") {
            return false;
        }
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0) {
            return false;
        }
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headerEnd + 4);
        if (next < 0) {
            return false;
        }
        MultipartPart part;
        for (const QByteArray& line : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const qsizetype colon = trimmed.indexOf(':');
            if (colon < 0) {
                continue;
            }
            const QByteArray key = trimmed.left(colon).trimmed().toLower();
            const QByteArray value = trimmed.mid(colon + 1).trimmed();
            if (key == "content-disposition") {
                part.name = dispositionParam(value, "name");
                part.fileName = dispositionParam(value, "filename");
            } else if (key == "content-type") {
                part.contentType = value;
            }
        }
        part.body = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts->append(part);
        pos = next + 2;
    }
}

DocumentKind sniffDocument(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF")) {
        return DocumentKind::Jpeg;
    }
    if (bytes.startsWith("%PDF-")) {
        return DocumentKind::Pdf;
    }
    if (bytes.startsWith("\x89PNG\r\n\x1A\n")) {
        return DocumentKind::Png;
    }
    return DocumentKind::Other;
}

} // namespace saathi::sandbox
