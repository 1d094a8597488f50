// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// fuzz_rd_xml: what a local RD service can send (security.md P1/P3): RDSERVICE, DeviceInfo, PidOptions, PidData.
#include "core/device/RdXml.h"

#include <cstddef>
#include <cstdint>

using namespace saathi::device;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView xml(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto service = rdxml::parseRdService(xml); service.ok()) {
        (void)service.value().vendor();
        (void)service.value().toJson();
        (void)rdxml::sanitiseInterfacePath(service.value().capturePath);
    }
    (void)rdxml::parseDeviceInfo(xml);
    (void)rdxml::parsePidOptions(xml);
    (void)rdxml::parsePidData(xml);
    (void)rdxml::sanitiseInterfacePath(QString::fromUtf8(xml));
    return 0;
}
