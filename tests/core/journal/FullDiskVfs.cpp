// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "FullDiskVfs.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <sqlite3.h>
#include <string>
#include <sys/stat.h>

namespace saathi::test {

namespace {

struct FullFile
{
    sqlite3_file base; // first: SQLite sees a FullFile* as a sqlite3_file*
    sqlite3_file* real; // the real VFS's file, right after this struct
    std::string* shmPath; // "<db>-shm" for a main database, else null
};

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_full = {};
std::atomic<bool> g_isFull {false};
std::atomic<bool> g_evenOverwrites {false};
std::atomic<int> g_refused {0};
std::atomic<int> g_lastErrno {0};

FullFile* self(sqlite3_file* f)
{
    return reinterpret_cast<FullFile*>(f);
}
sqlite3_file* real(sqlite3_file* f)
{
    return self(f)->real;
}

int fullClose(sqlite3_file* f)
{
    delete self(f)->shmPath;
    return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
}
int fullRead(sqlite3_file* f, void* out, int n, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), out, n, offset);
}
int fullWrite(sqlite3_file* f, const void* data, int n, sqlite3_int64 offset)
{
    if (g_isFull) {
        sqlite3_int64 size = 0;
        real(f)->pMethods->xFileSize(real(f), &size);
        if (g_evenOverwrites || offset + n > size) {
            ++g_refused;
            g_lastErrno = ENOSPC;
            return SQLITE_FULL; // os_unix.c: a write that meets ENOSPC
        }
    }
    return real(f)->pMethods->xWrite(real(f), data, n, offset);
}
int fullTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int fullSync(sqlite3_file* f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int fullFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int fullLock(sqlite3_file* f, int l)
{
    return real(f)->pMethods->xLock(real(f), l);
}
int fullUnlock(sqlite3_file* f, int l)
{
    return real(f)->pMethods->xUnlock(real(f), l);
}
int fullCheckReserved(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int fullFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int fullSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int fullDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int fullShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    if (g_isFull && extend && self(f)->shmPath) {
        struct stat st = {};
        const sqlite3_int64 needed = sqlite3_int64(region + 1) * size;
        if (::stat(self(f)->shmPath->c_str(), &st) != 0 || st.st_size < needed) {
            ++g_refused;
            g_lastErrno = ENOSPC;
            errno = ENOSPC;
            return SQLITE_IOERR_SHMSIZE; // os_unix.c: the one-byte writes that grow -shm met ENOSPC
        }
    }
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int fullShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void fullShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int fullShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}

const sqlite3_io_methods kMethods = {
    2,
    fullClose,
    fullRead,
    fullWrite,
    fullTruncate,
    fullSync,
    fullFileSize,
    fullLock,
    fullUnlock,
    fullCheckReserved,
    fullFileControl,
    fullSectorSize,
    fullDeviceCharacteristics,
    fullShmMap,
    fullShmLock,
    fullShmBarrier,
    fullShmUnmap,
    nullptr,
    nullptr,
};

int fullOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    FullFile* f = self(file);
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(FullFile));
    f->shmPath = nullptr;
    const int rc = g_real->xOpen(g_real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        file->pMethods = nullptr;
        return rc;
    }
    if ((flags & SQLITE_OPEN_MAIN_DB) && name) {
        f->shmPath = new std::string(std::string(name) + "-shm");
    }
    file->pMethods = &kMethods;
    return SQLITE_OK;
}
int fullDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int fullAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int fullFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void* fullDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}
void fullDlError(sqlite3_vfs*, int n, char* out)
{
    g_real->xDlError(g_real, n, out);
}
void (*fullDlSym(sqlite3_vfs*, void* h, const char* sym))(void)
{
    return g_real->xDlSym(g_real, h, sym);
}
void fullDlClose(sqlite3_vfs*, void* h)
{
    g_real->xDlClose(g_real, h);
}
int fullRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_real->xRandomness(g_real, n, out);
}
int fullSleep(sqlite3_vfs*, int us)
{
    return g_real->xSleep(g_real, us);
}
int fullCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}
int fullGetLastError(sqlite3_vfs*, int, char*)
{
    return g_lastErrno.load(); // what os_unix.c answers: the errno of the failed call
}
int fullCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

bool installFullDiskVfs()
{
    if (g_real) {
        return true;
    }
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real || g_real->iVersion < 2) {
        return false;
    }
    g_full.iVersion = 2;
    g_full.szOsFile = int(sizeof(FullFile)) + g_real->szOsFile;
    g_full.mxPathname = g_real->mxPathname;
    g_full.zName = "saathi-full-disk";
    g_full.xOpen = fullOpen;
    g_full.xDelete = fullDelete;
    g_full.xAccess = fullAccess;
    g_full.xFullPathname = fullFullPathname;
    g_full.xDlOpen = fullDlOpen;
    g_full.xDlError = fullDlError;
    g_full.xDlSym = fullDlSym;
    g_full.xDlClose = fullDlClose;
    g_full.xRandomness = fullRandomness;
    g_full.xSleep = fullSleep;
    g_full.xCurrentTime = fullCurrentTime;
    g_full.xGetLastError = fullGetLastError;
    g_full.xCurrentTimeInt64 = fullCurrentTimeInt64;
    return sqlite3_vfs_register(&g_full, 1) == SQLITE_OK;
}

void setDiskFull(bool full, bool evenOverwrites)
{
    g_lastErrno = 0;
    g_refused = 0;
    g_evenOverwrites = full && evenOverwrites;
    g_isFull = full;
}

int refusedWrites()
{
    return g_refused;
}

} // namespace saathi::test
