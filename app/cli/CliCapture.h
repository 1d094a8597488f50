// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"

#include <QString>

namespace saathi::cli {

// Finds the RD service on 127.0.0.1 (11100–11120), captures one finger (with `wadh` for eKYC) and returns the
// PidData exactly as the device produced it. Runs the CLI's main loop until done. False + message on failure.
// `port` 0 scans 11100–11120; otherwise only that port.
bool captureFromDevice(const QString& wadh, quint16 port, SecureBytes* pid, QString* error);

} // namespace saathi::cli
