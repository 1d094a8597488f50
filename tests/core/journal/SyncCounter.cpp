// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "SyncCounter.h"

#include <QFileInfo>
#include <QMutex>

#include <dlfcn.h>
#include <sys/mman.h>
#include <unistd.h>

namespace saathi::test {

namespace {

QMutex g_mutex;
SyncCounts g_counts;

void count(int fd)
{
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[4096];
    const ssize_t n = fd >= 0 ? ::readlink(link, target, sizeof target - 1) : -1;
    QString name = QStringLiteral("?");
    if (n > 0) {
        const QString path = QString::fromLocal8Bit(target, int(n));
        name = QFileInfo(path).isDir() ? QStringLiteral("<directory>") : QFileInfo(path).fileName();
    }
    QMutexLocker lock(&g_mutex);
    ++g_counts.total;
    ++g_counts.byFile[name];
}

template<typename F>
F real(const char* name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

} // namespace

SyncCounts syncCounts()
{
    QMutexLocker lock(&g_mutex);
    return g_counts;
}

SyncCounts syncsSince(const SyncCounts& before)
{
    SyncCounts now = syncCounts();
    now.total -= before.total;
    for (auto it = before.byFile.cbegin(); it != before.byFile.cend(); ++it) {
        now.byFile[it.key()] -= it.value();
        if (now.byFile[it.key()] == 0) {
            now.byFile.remove(it.key());
        }
    }
    return now;
}

} // namespace saathi::test

using saathi::test::count;

extern "C" {
int fsync(int fd)
{
    static const auto next = saathi::test::real<int (*)(int)>("fsync");
    count(fd);
    return next(fd);
}
int fdatasync(int fd)
{
    static const auto next = saathi::test::real<int (*)(int)>("fdatasync");
    count(fd);
    return next(fd);
}
int syncfs(int fd)
{
    static const auto next = saathi::test::real<int (*)(int)>("syncfs");
    count(fd);
    return next(fd);
}
int sync_file_range(int fd, off64_t offset, off64_t bytes, unsigned int flags)
{
    static const auto next = saathi::test::real<int (*)(int, off64_t, off64_t, unsigned int)>("sync_file_range");
    count(fd);
    return next(fd, offset, bytes, flags);
}
int msync(void* address, size_t length, int flags)
{
    static const auto next = saathi::test::real<int (*)(void*, size_t, int)>("msync");
    count(-1);
    return next(address, length, flags);
}
}
