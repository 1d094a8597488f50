// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "PtyPair.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QStandardPaths>

namespace saathi::test {

PtyPair::~PtyPair()
{
    stop();
}

bool PtyPair::socatAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty();
}

bool PtyPair::start(QString* error)
{
    m_socat.setProgram(QStandardPaths::findExecutable(QStringLiteral("socat")));
    m_socat.setArguments({QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("pty,raw,echo=0"),
                          QStringLiteral("pty,raw,echo=0")});
    m_socat.setProcessChannelMode(QProcess::SeparateChannels);
    m_socat.setReadChannel(QProcess::StandardError); // waitForReadyRead() waits on the read channel only
    m_socat.start();
    if (!m_socat.waitForStarted(5000)) {
        *error = QStringLiteral("socat did not start: ") + m_socat.errorString();
        return false;
    }
    // socat -d -d prints "… N PTY is /dev/pts/7" twice, then "… N starting data transfer loop …".
    static const QRegularExpression ptyLine(QStringLiteral("PTY is (\\S+)"));
    QByteArray log;
    QDeadlineTimer deadline(10000);
    while (!log.contains("starting data transfer loop")) {
        if (deadline.hasExpired() || m_socat.state() != QProcess::Running) {
            *error = QStringLiteral("socat gave no pty pair: ") + QString::fromLocal8Bit(log);
            return false;
        }
        m_socat.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        log += m_socat.readAllStandardError();
    }
    auto it = ptyLine.globalMatch(QString::fromLocal8Bit(log));
    QStringList paths;
    while (it.hasNext()) {
        paths << it.next().captured(1);
    }
    if (paths.size() != 2) {
        *error = QStringLiteral("unexpected socat output: ") + QString::fromLocal8Bit(log);
        return false;
    }
    m_first = paths.at(0);
    m_second = paths.at(1);
    return true;
}

void PtyPair::stop()
{
    if (m_socat.state() != QProcess::NotRunning) {
        m_socat.terminate();
        if (!m_socat.waitForFinished(3000)) {
            m_socat.kill();
            m_socat.waitForFinished(3000);
        }
    }
}

} // namespace saathi::test
