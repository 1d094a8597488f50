// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SimulatedPid.h"

#include <QList>
#include <QRandomGenerator>
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
    const auto result
        = QByteArray::fromBase64Encoding(dataElementText.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
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

QByteArray simulatedPidXml(const QDateTime& timestamp, const QString& wadh, const QString& errCode)
{
    SimulatedPidPayload payload;
    payload.timestamp = timestamp;
    payload.wadh = wadh;
    payload.fType = 2;
    auto* rng = QRandomGenerator::global();
    payload.nonce = QByteArray::number(rng->generate64(), 16).rightJustified(16, '0')
        + QByteArray::number(rng->generate64(), 16).rightJustified(16, '0');
    return "<?xml version=\"1.0\"?><PidData><Resp errCode=\"" + errCode.toLatin1()
        + "\" errInfo=\"Success\" fCount=\"1\" fType=\"2\" nmPoints=\"38\" qScore=\"72\"/>"
          "<DeviceInfo dpId=\"MANTRA.MSIPL\" rdsId=\"RENESAS.MANTRA.001\" rdsVer=\"1.4.1\" "
          "dc=\"9d5e7b4c-1f1a-4d7a-9d5e-7b4c1f1a4d7a\" mi=\"MFS110\" mc=\"MIIBIjANBgkqhkiG9w0BAQEF\">"
          "<additional_info><Param name=\"srno\" value=\"8123456\"/></additional_info></DeviceInfo>"
          "<Skey ci=\"20280813\">c2tleQ==</Skey><Hmac>aG1hYw==</Hmac><Data type=\"X\">"
        + encodeSimulatedPidData(payload) + "</Data></PidData>";
}

} // namespace saathi::sandbox
