// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QSerialPort>
#include <QString>

namespace saathi::test {

// The far end of the cable, playing an ESC/POS printer on a pty: it keeps what it receives and answers each
// DLE EOT 1 / DLE EOT 4 with the status bytes it is given (stayMute(): a printer that is off).
class FakeThermalPrinter
{
public:
    explicit FakeThermalPrinter(const QString& path);

    bool open();
    QString errorString() const { return m_port.errorString(); }
    void answerStatus(char printer, char paper);
    void stayMute() { m_answers = false; }
    const QByteArray& received() const { return m_received; }

private:
    void onReadyRead();

    QSerialPort m_port;
    QByteArray m_received;
    qsizetype m_scanned = 0;
    char m_printerStatus = 0x12; // online
    char m_paperStatus = 0x12; // paper present
    bool m_answers = true;
};

} // namespace saathi::test
