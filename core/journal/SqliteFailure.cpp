// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/journal/SqliteFailure.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>
#include <QVariant>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace saathi::journal::sqlite {

namespace {

// SQLite's primary result codes (sqlite3.h); Qt reports the step's code as the native error code.
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kIoErr = 10;
constexpr int kCantOpen = 14;
constexpr int kNotADb = 26;
constexpr int kDbConfigNoCkptOnClose = 1006; // SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE
// Below this, a filesystem cannot take another WAL frame or -shm page worth speaking of: it is full.
constexpr qint64 kFullBelowBytes = 1024 * 1024;

// The driver's SQLite, found among the libraries already loaded (Debian's QSQLITE links the system libsqlite3). A
// Qt whose driver carries its own copy has no such library loaded: then nothing here is called.
struct Api
{
    int (*systemErrno)(void*) = nullptr;
    const char* (*dbFilename)(void*, const char*) = nullptr;
    int (*dbConfig)(void*, int, ...) = nullptr;
};

const Api& api()
{
    static const Api loaded = [] {
        Api a;
#ifdef Q_OS_UNIX
        if (void* lib = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD)) {
            a.systemErrno = reinterpret_cast<int (*)(void*)>(dlsym(lib, "sqlite3_system_errno"));
            a.dbFilename = reinterpret_cast<const char* (*)(void*, const char*)>(dlsym(lib, "sqlite3_db_filename"));
            a.dbConfig = reinterpret_cast<int (*)(void*, int, ...)>(dlsym(lib, "sqlite3_db_config"));
        }
#endif
        return a;
    }();
    return loaded;
}

void* handleOf(const QSqlDriver* driver)
{
    if (!driver) {
        return nullptr;
    }
    const QVariant h = driver->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<void* const*>(h.constData());
}

bool noSpaceLeft(const QString& path)
{
    if (path.isEmpty()) {
        return false;
    }
    QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kFullBelowBytes;
}

} // namespace

Failure classify(const QSqlError& error, const QSqlDriver* driver, const QString& path)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes carry the primary in the low byte
    if (!ok) {
        return Failure::Other;
    }
    if (code == kFull) {
        return Failure::DiskFull;
    }
    if (code == kCorrupt || code == kNotADb) {
        return Failure::Corrupt;
    }
    if (code != kIoErr && code != kCantOpen) {
        return Failure::Other;
    }
    void* db = handleOf(driver);
    if (db && api().systemErrno) {
        const int osError = api().systemErrno(db);
#ifdef EDQUOT
        const bool quota = osError == EDQUOT;
#else
        const bool quota = false;
#endif
        if (osError == ENOSPC || quota) {
            return Failure::DiskFull;
        }
    }
    QString file = path;
    if (file.isEmpty() && db && api().dbFilename) {
        file = QString::fromLocal8Bit(api().dbFilename(db, "main"));
    }
    return noSpaceLeft(file) ? Failure::DiskFull : Failure::Other;
}

bool setCheckpointOnClose(QSqlDatabase& db, bool on)
{
    void* handle = handleOf(db.driver());
    if (!handle || !api().dbConfig) {
        return false;
    }
    int now = -1;
    return api().dbConfig(handle, kDbConfigNoCkptOnClose, on ? 0 : 1, &now) == 0 && now == (on ? 0 : 1);
}

} // namespace saathi::journal::sqlite
