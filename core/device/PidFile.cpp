// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/PidFile.h"

#include "core/crypto/SecureBytes.h"
#include "core/device/DeviceErrors.h"
#include "core/device/RdXml.h"

#include <QCoreApplication>
#include <QFile>

namespace saathi::device::pidfile {

Result<PidData> parsePidFileBytes(QByteArrayView bytes)
{
    if (bytes.size() > kMaxPidFileBytes) {
        return makeError(codes::kTooLarge,
                         QStringLiteral("PID file of %1 bytes (cap %2)").arg(bytes.size()).arg(kMaxPidFileBytes));
    }
    Result<PidData> parsed = rdxml::parsePidData(bytes);
    if (!parsed) {
        return parsed;
    }
    const PidData& pid = parsed.value();
    if (!pid.isSuccess()) {
        return errorForRdCode(pid.errCode, pid.errInfo);
    }
    // fType 0 (FMR), 1 (FIR) or 2 (FMR+FIR) per the RD specification; anything else is refused (P1).
    if (pid.fType < 0 || pid.fType > 2) {
        return makeError(codes::kWrongFType, QStringLiteral("PID file has fType '%1' (0, 1 or 2)").arg(pid.fType));
    }
    return parsed;
}

Result<PidData> readPidFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {QStringLiteral("rd.pid_file_unreadable"),
                      QCoreApplication::translate("Device", "Cannot read the PID file %1.").arg(path),
                      file.errorString()};
    }
    QByteArray bytes = file.read(kMaxPidFileBytes + 1);
    Result<PidData> parsed = parsePidFileBytes(bytes);
    secureWipe(bytes);
    return parsed;
}

} // namespace saathi::device::pidfile
