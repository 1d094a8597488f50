// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>

namespace saathi::test {

// The answer that stalled a capture for 15 s (issue #13): a PidData of about `bytes` bytes whose root carries
// `attributes` distinct attributes, which Qt 6.4's duplicate-attribute check walks in quadratic time.
inline QByteArray manyAttributesPid(int attributes, int bytes)
{
    QByteArray xml = "<PidData";
    const int pad = qMax(0, bytes / qMax(1, attributes) - 12);
    const QByteArray filler(pad, 'v');
    for (int i = 0; i < attributes; ++i) {
        xml.append(" a").append(QByteArray::number(i)).append("=\"").append(filler).append('"');
    }
    xml += "><Resp errCode=\"0\" fType=\"2\"/></PidData>";
    return xml;
}

// A well-formed PidData of about `bytes` bytes that stays within every cap: its bulk is Data's base64 text.
inline QByteArray benignPid(int bytes)
{
    QByteArray xml = "<PidData><Resp errCode=\"0\" fCount=\"1\" fType=\"2\"/><DeviceInfo dpId=\"A\" rdsId=\"B\" "
                     "mc=\"Yw==\"/><Skey ci=\"1\">a2V5</Skey><Hmac>aG1hYw==</Hmac><Data type=\"X\">";
    xml += QByteArray(qMax(0, bytes - int(xml.size()) - 17), 'Q');
    xml += "</Data></PidData>";
    return xml;
}

} // namespace saathi::test
