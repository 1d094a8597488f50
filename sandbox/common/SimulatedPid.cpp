// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SimulatedPid.h"

#include <QList>
#include <QTimeZone>

namespace saathi::sandbox {

namespace {
constexpr char kMagic[] = "SAATHISIM1";
const QString kTsFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");
} // namespace

QByteArray encodeSimulatedPidData(const SimulatedPidPayload& payload)
{
    const QDateTime ist = payload.timestamp.toTimeZone(QTimeZone(19800));
    const QByteArray plain = QByteArray(kMagic) + '|' + ist.toString(kTsFormat).toLatin1() + '|'
        + payload.wadh.toLatin1() + '|' + QByteArray::number(payload.fType) + '|' + payload.nonce;
    return plain.toBase64();
}

bool decodeSimulatedPidData(const QByteArray& dataElementText, SimulatedPidPayload* out)
{
    const auto result =
        QByteArray::fromBase64Encoding(dataElementText.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() > 1024) {
        return false;
    }
    const QList<QByteArray> parts = result.decoded.split('|');
    if (parts.size() != 5 || parts[0] != kMagic) {
        return false;
    }
    QDateTime ts = QDateTime::fromString(QString::fromLatin1(parts[1]), kTsFormat);
    if (!ts.isValid()) {
        return false;
    }
    ts.setTimeZone(QTimeZone(19800));
    bool ok = false;
    const int fType = parts[3].toInt(&ok);
    if (!ok || parts[4].size() != 32) {
        return false;
    }
    if (out) {
        out->timestamp = ts;
        out->wadh = QString::fromLatin1(parts[2]);
        out->fType = fType;
        out->nonce = parts[4];
    }
    return true;
}

} // namespace saathi::sandbox
