// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/device/QualityGate.h"

#include <QString>

namespace saathi::cli {

// The capture quality gate of the app's settings (README "Quality gate and coach"): $SAATHI_SETTINGS_PATH (INI) when
// set, else the app's own settings; problems with the keys go to stderr.
device::QualityGate appQualityGate();

// Finds the RD service on 127.0.0.1 (11100–11120), captures one finger (with `wadh` for eKYC) and returns the
// PidData exactly as the device produced it, when the app's quality gate lets it pass (else the error is the
// gate's reason and coach, and nothing is returned). Runs the CLI's main loop until done. False + message on failure.
// `port` 0 scans 11100–11120; otherwise only that port.
bool captureFromDevice(const QString& wadh, quint16 port, SecureBytes* pid, QString* error);

} // namespace saathi::cli
