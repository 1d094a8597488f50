// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "FakeThermalPrinter.h"

namespace saathi::test {

FakeThermalPrinter::FakeThermalPrinter(const QString& path)
{
    m_port.setPortName(path);
    QObject::connect(&m_port, &QSerialPort::readyRead, &m_port, [this] { onReadyRead(); });
}

bool FakeThermalPrinter::open()
{
    return m_port.open(QIODevice::ReadWrite);
}

void FakeThermalPrinter::answerStatus(char printer, char paper)
{
    m_printerStatus = printer;
    m_paperStatus = paper;
    m_answers = true;
}

void FakeThermalPrinter::onReadyRead()
{
    m_received += m_port.readAll();
    // Answer each complete DLE EOT n not yet answered (receipt text is printable ASCII, so never contains one).
    for (qsizetype at = m_received.indexOf("\x10\x04", m_scanned); at >= 0 && at + 2 < m_received.size();
         at = m_received.indexOf("\x10\x04", m_scanned)) {
        m_scanned = at + 3;
        const char n = m_received.at(at + 2);
        if (m_answers && (n == 1 || n == 4)) {
            m_port.write(QByteArray(1, n == 1 ? m_printerStatus : m_paperStatus));
        }
    }
}

} // namespace saathi::test
