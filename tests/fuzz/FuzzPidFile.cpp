// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// fuzz_pid_file: a PID file given to saathi-cli --pid-file, read like a capture (device/PidFile: size cap, the safe
// RD XML reader, errCode and completeness checks).
#include "core/device/PidFile.h"

#include <cstddef>
#include <cstdint>

using namespace saathi::device;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto pid = pidfile::parsePidFileBytes(bytes); pid.ok()) {
        // Accepted means complete and successful, and the XML kept byte-for-byte.
        if (!pid.value().isSuccess() || pid.value().pidXml.size() != bytes.size()) {
            __builtin_trap();
        }
    }
    return 0;
}
