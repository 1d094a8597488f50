// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// Counts every fsync, fdatasync, msync, sync_file_range and syncfs the process makes, whoever makes it (SQLite in
// Qt's driver, QSaveFile under QSettings, a log): the executable that links this defines those functions itself and
// exports them (ENABLE_EXPORTS), so the dynamic linker binds every library's calls to them; each call is counted,
// with the file it synced, and passed on to the C library.
#include <QMap>
#include <QString>

namespace saathi::test {

struct SyncCounts
{
    int total = 0;
    QMap<QString, int> byFile; // "journal.sqlite-wal", "journal.sqlite", "<directory>", "saathi.ini" …
};

SyncCounts syncCounts();
// The counts since `before`, by file.
SyncCounts syncsSince(const SyncCounts& before);

} // namespace saathi::test
