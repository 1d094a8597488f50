// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <memory>

class QFile;

namespace saathi::support {

// A rotating log file in the app's data folder, so a support engineer has something to read after a bad day.
// Every line goes through the redactor here, whatever handler ran before, so nothing in the file depends on the
// order handlers were installed in. Lines are written unbuffered (a crash loses none) and never fsync'd: a log is
// not worth a disk flush on the money path (security.md R2). When the file would pass maxBytes it becomes
// <name>.1, the older ones move up, and <name>.<keep> is dropped.
class LogFile
{
public:
    struct Options
    {
        QString directory; // created when missing
        QString fileName = QStringLiteral("saathi.log");
        qint64 maxBytes = 1024 * 1024;
        int keep = 5; // rotated files kept besides the current one
    };

    explicit LogFile(Options options);
    ~LogFile();
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    bool isOpen() const;
    QString path() const;
    // Redacts `line`, writes it with a newline, and rotates first when it would not fit. Thread-safe.
    void write(const QString& line);
    int rotations() const { return m_rotations; } // for tests: how often the file was rotated

    // The folder the app and saathi-cli log to: $SAATHI_LOG_DIR, else <app data>/logs.
    static QString defaultDirectory();
    // The file installForProcess() opened, or null.
    static LogFile* processLog();
    // One line in the process log's format (see installForProcess), if there is a process log. For text a program
    // prints itself rather than through Qt's message handler (saathi-cli's error lines).
    static void logToProcess(QtMsgType type, const char* category, const QString& message);

    // Sends every Qt message (after the handler installed before it) to a LogFile in defaultDirectory() named
    // `fileName`, formatted as "2026-12-06T14:46:28.123Z W saathi.eko: text". Call once, after the application
    // object has its name (the data folder depends on it). Returns the file, owned by the process.
    static LogFile* installForProcess(const QString& fileName);

private:
    void rotateLocked();
    bool openLocked();

    Options m_options;
    mutable QMutex m_mutex;
    std::unique_ptr<QFile> m_file;
    int m_rotations = 0;
};

} // namespace saathi::support
