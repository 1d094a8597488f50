// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// FullDiskVfs for another process: LD_PRELOAD this module and set SAATHI_TEST_DISK_FULL=1, and that process's SQLite
// (the same libsqlite3 Qt's driver loads later) finds the disk full from its first write (TestJournalCli).
#include "FullDiskVfs.h"

#include <cstdlib>

namespace {
__attribute__((constructor)) void fillTheDisk()
{
    if (std::getenv("SAATHI_TEST_DISK_FULL") && saathi::test::installFullDiskVfs()) {
        saathi::test::setDiskFull(true);
    }
}
} // namespace
