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
    // Answer each complete DLE EOT n not yet answered. Receipt text is printable ASCII, so never contains one; a
    // raster picture's dots may, so GS v 0 data is stepped over (a printer set not to run real-time commands
    // inside graphics, as the raster encoder expects).
    const auto at = [this](qsizetype i) { return static_cast<uchar>(m_received.at(i)); };
    while (m_scanned < m_received.size()) {
        const qsizetype left = m_received.size() - m_scanned;
        if (at(m_scanned) == 0x1D && left >= 2 && at(m_scanned + 1) == 'v') {
            if (left < 8) {
                return; // the rest of the header is still on its way
            }
            const qsizetype data = qsizetype(at(m_scanned + 4) | (at(m_scanned + 5) << 8))
                * (at(m_scanned + 6) | (at(m_scanned + 7) << 8));
            if (left < 8 + data) {
                return;
            }
            m_scanned += 8 + data;
        } else if (at(m_scanned) == 0x10 && left >= 2 && at(m_scanned + 1) == 0x04) {
            if (left < 3) {
                return;
            }
            const uchar n = at(m_scanned + 2);
            if (m_answers && (n == 1 || n == 4)) {
                m_port.write(QByteArray(1, n == 1 ? m_printerStatus : m_paperStatus));
            }
            m_scanned += 3;
        } else {
            m_scanned += 1;
        }
    }
}

} // namespace saathi::test
