// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/support/LogFile.h"

#include "core/logging/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace saathi::support {

namespace {

LogFile* g_processLog = nullptr;
QtMessageHandler g_previous = nullptr;

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'E';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void fileHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogFile::logToProcess(type, context.category ? context.category : "default", message);
    if (g_previous) {
        g_previous(type, context, message);
    } else {
        qt_message_output(type, context, message);
    }
}

} // namespace

LogFile::LogFile(Options options)
    : m_options(std::move(options))
{
    QMutexLocker lock(&m_mutex);
    openLocked();
}

LogFile::~LogFile() = default;

bool LogFile::openLocked()
{
    if (!QDir().mkpath(m_options.directory)) {
        return false;
    }
    m_file = std::make_unique<QFile>(QDir(m_options.directory).filePath(m_options.fileName));
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_file.reset();
        return false;
    }
    // Logs are for the shop's own support engineer: not readable by other users of the machine.
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool LogFile::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_file != nullptr;
}

QString LogFile::path() const
{
    return QDir(m_options.directory).filePath(m_options.fileName);
}

void LogFile::write(const QString& line)
{
    QByteArray bytes = redact::text(line).toUtf8();
    bytes.append('\n');
    QMutexLocker lock(&m_mutex);
    if (!m_file) {
        return;
    }
    if (m_file->size() > 0 && m_file->size() + bytes.size() > m_options.maxBytes) {
        rotateLocked();
        if (!m_file) {
            return;
        }
    }
    m_file->write(bytes);
}

void LogFile::rotateLocked()
{
    m_file.reset();
    const QDir dir(m_options.directory);
    const QString base = m_options.fileName;
    auto numbered = [&dir, &base](int n) { return dir.filePath(base + QLatin1Char('.') + QString::number(n)); };
    QFile::remove(numbered(m_options.keep));
    for (int n = m_options.keep - 1; n >= 1; --n) {
        if (QFile::exists(numbered(n))) {
            QFile::rename(numbered(n), numbered(n + 1)); // the target is gone (Windows refuses to overwrite)
        }
    }
    if (m_options.keep >= 1) {
        QFile::rename(dir.filePath(base), numbered(1));
    } else {
        QFile::remove(dir.filePath(base));
    }
    ++m_rotations;
    openLocked();
}

QString LogFile::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("SAATHI_LOG_DIR");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

LogFile* LogFile::processLog()
{
    return g_processLog;
}

void LogFile::logToProcess(QtMsgType type, const char* category, const QString& message)
{
    if (!g_processLog) {
        return;
    }
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    g_processLog->write(QStringLiteral("%1 %2 %3: %4")
                            .arg(when, QChar::fromLatin1(levelLetter(type)), QLatin1String(category), message));
}

LogFile* LogFile::installForProcess(const QString& fileName)
{
    if (g_processLog) {
        return g_processLog;
    }
    Options options;
    options.directory = defaultDirectory();
    options.fileName = fileName;
    // Never destroyed: messages logged while statics are torn down must still find it.
    g_processLog = new LogFile(options);
    g_previous = qInstallMessageHandler(fileHandler);
    return g_processLog;
}

} // namespace saathi::support
