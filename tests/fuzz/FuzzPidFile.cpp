// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// fuzz_pid_file: a PID file given to saathi-cli --pid-file goes through the same PidData parser as a capture.
#include "device/RdXml.h"

#include <cstddef>
#include <cstdint>

using namespace saathi::device;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView xml(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto pid = rdxml::parsePidData(xml); pid.ok()) {
        (void)pid.value().isSuccess();
    }
    return 0;
}
