// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/platform/ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace saathi::platform {

HardeningReport hardenProcess()
{
    HardeningReport report;
    if (qEnvironmentVariableIntValue("SAATHI_ALLOW_CORE_DUMPS") == 1) {
        report.detail = QStringLiteral("skipped: SAATHI_ALLOW_CORE_DUMPS=1");
        return report;
    }
#if defined(Q_OS_UNIX)
    struct rlimit limit = {0, 0};
    report.coreDumpsDisabled = setrlimit(RLIMIT_CORE, &limit) == 0;
#endif
#if defined(Q_OS_LINUX)
    // Also stops ptrace attach and /proc/<pid>/mem reads by other processes of the same user.
    report.notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#elif defined(Q_OS_WIN)
    // No Windows Error Reporting dialog or dump for this process; a restrictive DACL is the installer's concern.
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    report.coreDumpsDisabled = true;
#endif
    return report;
}

bool isDumpable()
{
#if defined(Q_OS_LINUX)
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#else
    return true;
#endif
}

} // namespace saathi::platform
