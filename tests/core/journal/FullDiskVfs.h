// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// A full disk for SQLite, unprivileged: a VFS registered as the process's default (Qt's QSQLITE driver uses the same
// libsqlite3 on Debian) that passes everything to the real one until the disk is "full". From then on it answers as
// SQLite's unix VFS does on ENOSPC: a write that would grow a file fails with SQLITE_FULL (nothing written), growing
// the -shm index fails with SQLITE_IOERR_SHMSIZE and errno ENOSPC. Writes inside a file's present size still succeed,
// as on a real full disk.
namespace saathi::test {

bool installFullDiskVfs();
// `evenOverwrites`: refuse every write, not only growth — for a test that needs the very next commit to fail
// whatever room the WAL file still has.
void setDiskFull(bool full, bool evenOverwrites = false);
// Writes refused since the disk became full (proves the test reached the full disk).
int refusedWrites();

} // namespace saathi::test
