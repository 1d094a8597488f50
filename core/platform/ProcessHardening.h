// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>

namespace saathi::platform {

// Keeps Aadhaar numbers, PIDs and keys out of crash dumps and away from same-user memory readers
// (security.md K3, after KeePassXC's Bootstrap): no core files, not dumpable / not attachable.
// Call first thing in main(), before any secret is loaded. SAATHI_ALLOW_CORE_DUMPS=1 skips it for debugging.
struct HardeningReport
{
    bool coreDumpsDisabled = false;
    bool notDumpable = false;
    QString detail;
};

HardeningReport hardenProcess();
// Whether the process is currently marked non-dumpable (for `saathi-cli doctor`).
bool isDumpable();

} // namespace saathi::platform
