// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace saathi::journal {

// What the durability PRAGMAs read back as (security.md R7, X8).
struct DurabilitySettings
{
    QString journalMode; // "wal"
    int synchronous = -1; // 2 = FULL
    bool foreignKeys = false;
    int secureDelete = -1; // 1 = ON
};

// One SQLite connection to the journal file, owned by one thread (Qt's rule for QSqlDatabase). Opening sets and
// then asserts WAL, synchronous=FULL, foreign_keys=ON and secure_delete=ON, runs an integrity check, and refuses
// the file with a clear Error if any of that fails.
class JournalDatabase
{
public:
    struct Options
    {
        bool integrityCheck = true; // PRAGMA integrity_check at open (quick_check when false is not enough)
    };

    JournalDatabase() = default;
    ~JournalDatabase();
    JournalDatabase(const JournalDatabase&) = delete;
    JournalDatabase& operator=(const JournalDatabase&) = delete;

    Error open(const QString& path, const Options& options);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase& db() { return m_db; }
    const QString& path() const { return m_path; }

    Result<DurabilitySettings> readDurability();
    // Runs one statement; an Error when it fails: journal.disk_full (with its message), journal.corrupt or
    // journal.sql (detail only).
    Error exec(const QString& sql);

    // The data directory's journal file: QStandardPaths::AppDataLocation + "/journal.sqlite".
    static QString defaultPath();

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
};

} // namespace saathi::journal
