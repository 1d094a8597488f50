// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QtGlobal>

namespace saathi::device {

// How the counter looks for and talks to the local RD service (rd-service.md §2–§4). The composition root fills it
// (ports of the environment, saathi-cli options) and hands it to the device implementation in rd_service/.
struct RdSettings
{
    quint16 firstPort = 11100;
    quint16 lastPort = 11120;
    int probeTimeoutMs = 2500; // per port: connect + complete RDService answer (refused ports cost nothing)
    int deviceInfoTimeoutMs = 2500;
    int captureGraceMs = 20000; // HTTP deadline = device timeout + this (finger placement, slow drivers)
    qint64 maxServiceBytes = 64 * 1024;
    qint64 maxPidBytes = 1024 * 1024;
    bool readDeviceInfoOnDiscovery = true; // needed to recognise the remembered device by serial
};

} // namespace saathi::device
