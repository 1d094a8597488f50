// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/eko/WireBody.h"

#include "core/eko/EkoEnvelope.h"

#include <QJsonDocument>
#include <QUrl>

namespace saathi::eko {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

// One JSON string character: how many bytes it takes, and (with `out`) the bytes. Bytes from 0x80 up pass as they
// are (the device's UTF-8, as QJsonDocument writes it).
qsizetype jsonEscape(char c, char* out)
{
    const auto u = static_cast<unsigned char>(c);
    const char* shortForm = nullptr;
    switch (c) {
    case '"':
        shortForm = "\\\"";
        break;
    case '\\':
        shortForm = "\\\\";
        break;
    case '\b':
        shortForm = "\\b";
        break;
    case '\f':
        shortForm = "\\f";
        break;
    case '\n':
        shortForm = "\\n";
        break;
    case '\r':
        shortForm = "\\r";
        break;
    case '\t':
        shortForm = "\\t";
        break;
    default:
        break;
    }
    if (shortForm) {
        if (out) {
            out[0] = shortForm[0];
            out[1] = shortForm[1];
        }
        return 2;
    }
    if (u < 0x20) {
        if (out) {
            const char esc[] = {'\\', 'u', '0', '0', kHex[u >> 4], kHex[u & 0xF]};
            memcpy(out, esc, sizeof esc);
        }
        return 6;
    }
    if (out) {
        out[0] = c;
    }
    return 1;
}

bool unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

qsizetype percentEscape(char c, char* out)
{
    if (unreserved(c)) {
        if (out) {
            out[0] = c;
        }
        return 1;
    }
    if (out) {
        const auto u = static_cast<unsigned char>(c);
        out[0] = '%';
        out[1] = kHex[u >> 4];
        out[2] = kHex[u & 0xF];
    }
    return 3;
}

// Appends `head` + `pid` escaped + `tail` into one buffer allocated once at its final size.
template<typename Escape>
QByteArray spliced(QByteArrayView head, const SecureBytes& pid, QByteArrayView tail, Escape escape)
{
    qsizetype size = head.size() + tail.size();
    for (const char c : pid.view()) {
        size += escape(c, nullptr);
    }
    QByteArray out(size, Qt::Uninitialized);
    char* p = out.data();
    const auto put = [&p](QByteArrayView bytes) {
        if (!bytes.isEmpty()) { // memcpy from an empty view's null pointer is undefined
            memcpy(p, bytes.data(), size_t(bytes.size()));
            p += bytes.size();
        }
    };
    put(head);
    for (const char c : pid.view()) {
        p += escape(c, p);
    }
    put(tail);
    return out;
}

} // namespace

QByteArray jsonBody(const QJsonObject& fields, const SecureBytes& pid)
{
    const QByteArray json = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    if (pid.isEmpty()) {
        return json;
    }
    // {"a":"1"} + "piddata":"…" → {"a":"1","piddata":"…"}
    const QByteArray head = json.chopped(1) + (fields.isEmpty() ? "" : ",") + '"' + kPidField + "\":\"";
    return spliced(head, pid, "\"}", jsonEscape);
}

QByteArray formBody(const QJsonObject& fields, const SecureBytes& pid)
{
    QByteArray out;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!out.isEmpty()) {
            out += '&';
        }
        const QString value = it.value().isString() ? it.value().toString() : EkoEnvelope::textOf(fields, it.key());
        out += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(value);
    }
    if (pid.isEmpty()) {
        return out;
    }
    const QByteArray head = out + (out.isEmpty() ? "" : "&") + kPidField + '=';
    return spliced(head, pid, {}, percentEscape);
}

} // namespace saathi::eko
