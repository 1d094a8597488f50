// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// Internal to core/journal: what an SQLite error means, and the few calls Qt's SQL API lacks, made on the QSQLITE
// driver's own SQLite library (never a second copy of it).
class QSqlDatabase;
class QSqlDriver;
class QSqlError;
class QString;

namespace saathi::journal::sqlite {

enum class Failure {
    DiskFull, // SQLITE_FULL, or an I/O/open error with ENOSPC/EDQUOT, or one on a filesystem with no space left
    Corrupt, // SQLITE_CORRUPT, SQLITE_NOTADB
    Other,
};

// SQLite's unix VFS turns ENOSPC and short writes into SQLITE_FULL; growing the -shm index, syncing and creating
// files report I/O or open errors whose OS errno (sqlite3_system_errno) says ENOSPC. `path`: the journal file, for
// the free-space check when the errno cannot be read (empty: the driver's main database).
Failure classify(const QSqlError& error, const QSqlDriver* driver, const QString& path);

// SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE: false when the driver's SQLite cannot be reached.
bool setCheckpointOnClose(QSqlDatabase& db, bool on);

} // namespace saathi::journal::sqlite
