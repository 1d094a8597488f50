// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QProcess>
#include <QString>

namespace saathi::test {

// A real pseudo-terminal pair from socat (`socat -d -d pty,raw,echo=0 pty,raw,echo=0`): bytes written to one end
// come out of the other, as over a null-modem cable. start() waits (test code only) until socat has printed both
// /dev/pts paths and entered its transfer loop. stop() (or the destructor) ends socat.
class PtyPair
{
public:
    PtyPair() = default;
    ~PtyPair();
    PtyPair(const PtyPair&) = delete;
    PtyPair& operator=(const PtyPair&) = delete;

    static bool socatAvailable();
    bool start(QString* error);
    void stop();

    const QString& printerEnd() const { return m_first; } // opened by the code under test
    const QString& peerEnd() const { return m_second; } // read by the test, playing the printer

private:
    QProcess m_socat;
    QString m_first;
    QString m_second;
};

} // namespace saathi::test
