// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace saathi::sandbox {

// What the RD simulator puts inside a PID block and the Eko sandbox reads back. A real PID is encrypted for UIDAI
// and opaque to everyone else; the simulator's `Data` element instead carries base64 of
//   "SAATHISIM1|<Pid ts yyyy-MM-ddTHH:mm:ss IST>|<wadh or empty>|<fType>|<32 hex nonce>"
// so the sandbox can recognise a simulated capture, see whether it was taken with wadh (eKYC) or without
// (daily KYC, transactions), reject stale ones and spot a replayed PID by its nonce (UIDAI's 563).
struct SimulatedPidPayload
{
    QDateTime timestamp; // IST, as the device stamps Pid@ts
    QString wadh;
    int fType = 2;
    QByteArray nonce; // 32 hex characters, unique per capture
};

QByteArray encodeSimulatedPidData(const SimulatedPidPayload& payload); // the base64 text of <Data type="X">
bool decodeSimulatedPidData(const QByteArray& dataElementText, SimulatedPidPayload* out);

// A whole PidData document as a Mantra MFS110 on the simulator answers a capture, stamped `timestamp` (IST), with a
// fresh random nonce: for tests and tools that need a capture without an RD service round trip.
QByteArray simulatedPidXml(const QDateTime& timestamp, const QString& wadh = {},
                           const QString& errCode = QStringLiteral("0"));

} // namespace saathi::sandbox
