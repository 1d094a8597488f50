// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "LazyVfs.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <sqlite3.h>
#include <vector>

namespace saathi::test {

namespace {

struct PendingWrite
{
    sqlite3_int64 offset;
    std::vector<char> bytes;
};

// The VFS's file: the real file underneath, plus the writes not yet synced (in order).
struct LazyFile
{
    sqlite3_file base; // must come first: SQLite sees a LazyFile* as a sqlite3_file*
    sqlite3_file* real; // the underlying VFS's file, allocated right after this struct
    bool lazy; // main db or WAL: writes wait for xSync
    std::vector<PendingWrite>* pending;
};

sqlite3_vfs* g_real = nullptr;

LazyFile* self(sqlite3_file* f)
{
    return reinterpret_cast<LazyFile*>(f);
}

int flush(LazyFile* f)
{
    for (const PendingWrite& w : *f->pending) {
        const int rc = f->real->pMethods->xWrite(f->real, w.bytes.data(), int(w.bytes.size()), w.offset);
        if (rc != SQLITE_OK) {
            return rc;
        }
    }
    f->pending->clear();
    return SQLITE_OK;
}

int lazyClose(sqlite3_file* file)
{
    LazyFile* f = self(file);
    // A clean close keeps what SQLite wrote: only a kill (the power cut) loses the pending writes.
    int rc = flush(f);
    const int closed = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    delete f->pending;
    return rc != SQLITE_OK ? rc : closed;
}

int lazyRead(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset)
{
    LazyFile* f = self(file);
    // The real file first (a short read comes back zero-filled), then the pending writes over it, in order.
    const int rc = f->real->pMethods->xRead(f->real, out, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ) {
        return rc;
    }
    sqlite3_int64 size = 0;
    f->real->pMethods->xFileSize(f->real, &size);
    auto* bytes = static_cast<char*>(out);
    for (const PendingWrite& w : *f->pending) {
        const sqlite3_int64 writeEnd = w.offset + sqlite3_int64(w.bytes.size());
        size = std::max(size, writeEnd);
        const sqlite3_int64 begin = std::max(offset, w.offset);
        const sqlite3_int64 end = std::min(offset + amount, writeEnd);
        if (begin < end) {
            std::memcpy(bytes + (begin - offset), w.bytes.data() + (begin - w.offset), std::size_t(end - begin));
        }
    }
    return offset + amount <= size ? SQLITE_OK : SQLITE_IOERR_SHORT_READ;
}

int lazyWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    LazyFile* f = self(file);
    if (!f->lazy) {
        return f->real->pMethods->xWrite(f->real, data, amount, offset);
    }
    const auto* bytes = static_cast<const char*>(data);
    f->pending->push_back(PendingWrite {offset, std::vector<char>(bytes, bytes + amount)});
    return SQLITE_OK;
}

int lazyTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    LazyFile* f = self(file);
    // Writes beyond the new end are dropped; the truncation itself reaches the file at once (conservative: a
    // truncation that is lost would only keep more data).
    for (PendingWrite& w : *f->pending) {
        if (w.offset >= size) {
            w.bytes.clear();
        } else if (w.offset + sqlite3_int64(w.bytes.size()) > size) {
            w.bytes.resize(std::size_t(size - w.offset));
        }
    }
    return f->real->pMethods->xTruncate(f->real, size);
}

int lazySync(sqlite3_file* file, int flags)
{
    // The writes reach the real file; its own fsync is skipped: the test kills the process, never the machine, so
    // the page cache keeps whatever was handed over. That makes a cut cheap enough to run hundreds of them.
    (void)flags;
    return flush(self(file));
}

int lazyFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    LazyFile* f = self(file);
    const int rc = f->real->pMethods->xFileSize(f->real, size);
    for (const PendingWrite& w : *f->pending) {
        *size = std::max(*size, w.offset + sqlite3_int64(w.bytes.size()));
    }
    return rc;
}

// Everything else goes to the real file unchanged.
int lazyLock(sqlite3_file* f, int l)
{
    return self(f)->real->pMethods->xLock(self(f)->real, l);
}
int lazyUnlock(sqlite3_file* f, int l)
{
    return self(f)->real->pMethods->xUnlock(self(f)->real, l);
}
int lazyCheckReserved(sqlite3_file* f, int* out)
{
    return self(f)->real->pMethods->xCheckReservedLock(self(f)->real, out);
}
int lazyFileControl(sqlite3_file* f, int op, void* arg)
{
    return self(f)->real->pMethods->xFileControl(self(f)->real, op, arg);
}
int lazySectorSize(sqlite3_file* f)
{
    return self(f)->real->pMethods->xSectorSize(self(f)->real);
}
int lazyDeviceCharacteristics(sqlite3_file* f)
{
    return self(f)->real->pMethods->xDeviceCharacteristics(self(f)->real);
}
int lazyShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return self(f)->real->pMethods->xShmMap(self(f)->real, page, size, extend, out);
}
int lazyShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return self(f)->real->pMethods->xShmLock(self(f)->real, offset, n, flags);
}
void lazyShmBarrier(sqlite3_file* f)
{
    self(f)->real->pMethods->xShmBarrier(self(f)->real);
}
int lazyShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return self(f)->real->pMethods->xShmUnmap(self(f)->real, deleteFlag);
}

const sqlite3_io_methods kMethods = {
    2,
    lazyClose,
    lazyRead,
    lazyWrite,
    lazyTruncate,
    lazySync,
    lazyFileSize,
    lazyLock,
    lazyUnlock,
    lazyCheckReserved,
    lazyFileControl,
    lazySectorSize,
    lazyDeviceCharacteristics,
    lazyShmMap,
    lazyShmLock,
    lazyShmBarrier,
    lazyShmUnmap,
    nullptr,
    nullptr,
};

int lazyOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    LazyFile* f = self(file);
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(LazyFile));
    const int rc = g_real->xOpen(g_real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        file->pMethods = nullptr;
        return rc;
    }
    (void)vfs;
    f->lazy = (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL)) != 0;
    f->pending = new (std::nothrow) std::vector<PendingWrite>();
    if (!f->pending) {
        f->real->pMethods->xClose(f->real);
        file->pMethods = nullptr;
        return SQLITE_NOMEM;
    }
    file->pMethods = &kMethods;
    return SQLITE_OK;
}

int lazyDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int lazyAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int lazyFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void* lazyDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}
void lazyDlError(sqlite3_vfs*, int n, char* out)
{
    g_real->xDlError(g_real, n, out);
}
void (*lazyDlSym(sqlite3_vfs*, void* h, const char* sym))(void)
{
    return g_real->xDlSym(g_real, h, sym);
}
void lazyDlClose(sqlite3_vfs*, void* h)
{
    g_real->xDlClose(g_real, h);
}
int lazyRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_real->xRandomness(g_real, n, out);
}
int lazySleep(sqlite3_vfs*, int us)
{
    return g_real->xSleep(g_real, us);
}
int lazyCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}
int lazyGetLastError(sqlite3_vfs*, int n, char* out)
{
    return g_real->xGetLastError(g_real, n, out);
}
int lazyCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

sqlite3_vfs g_lazy = {};

} // namespace

bool installLazyVfs()
{
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real || g_real->iVersion < 2) {
        return false;
    }
    g_lazy.iVersion = 2;
    g_lazy.szOsFile = int(sizeof(LazyFile)) + g_real->szOsFile;
    g_lazy.mxPathname = g_real->mxPathname;
    g_lazy.zName = "saathi-lazy";
    g_lazy.xOpen = lazyOpen;
    g_lazy.xDelete = lazyDelete;
    g_lazy.xAccess = lazyAccess;
    g_lazy.xFullPathname = lazyFullPathname;
    g_lazy.xDlOpen = lazyDlOpen;
    g_lazy.xDlError = lazyDlError;
    g_lazy.xDlSym = lazyDlSym;
    g_lazy.xDlClose = lazyDlClose;
    g_lazy.xRandomness = lazyRandomness;
    g_lazy.xSleep = lazySleep;
    g_lazy.xCurrentTime = lazyCurrentTime;
    g_lazy.xGetLastError = lazyGetLastError;
    g_lazy.xCurrentTimeInt64 = lazyCurrentTimeInt64;
    return sqlite3_vfs_register(&g_lazy, 1) == SQLITE_OK;
}

} // namespace saathi::test
