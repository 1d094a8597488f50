// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "LogCapture.h"

#include <QtGlobal>

namespace saathi::test {

namespace {
QMutex g_mutex;
QStringList g_lines;
QtMessageHandler g_next = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines << message;
    }
    if (g_next) {
        g_next(type, context, message);
    }
}
} // namespace

void LogCapture::install()
{
    g_next = qInstallMessageHandler(capture);
}

QStringList LogCapture::lines()
{
    QMutexLocker lock(&g_mutex);
    return g_lines;
}

void LogCapture::clear()
{
    QMutexLocker lock(&g_mutex);
    g_lines.clear();
}

QString LogCapture::firstLineContaining(const QStringList& needles)
{
    QMutexLocker lock(&g_mutex);
    for (const QString& line : std::as_const(g_lines)) {
        for (const QString& needle : needles) {
            if (line.contains(needle)) {
                return line;
            }
        }
    }
    return {};
}

} // namespace saathi::test
