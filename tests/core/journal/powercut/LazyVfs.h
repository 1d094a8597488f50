// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// A power cut for SQLite, in the spirit of LazyFS (security.md R8): an SQLite VFS, registered as the default in the
// process that uses it, that keeps every write in memory until the file is fsynced and only then hands it to the
// real file. When that process is killed, whatever SQLite wrote but did not sync is gone — as after a power failure,
// and unlike a plain SIGKILL, which leaves the OS page cache (and so every write) intact. Only the main database
// and its WAL are held back; the -shm index is memory SQLite rebuilds after a crash anyway. A sync hands the writes to
// the real file without fsyncing it (the machine never loses power here, only the process dies).
namespace saathi::test {

// Registers the "lazy" VFS on top of the current default and makes it the default. Returns false if SQLite refused.
bool installLazyVfs();

} // namespace saathi::test
