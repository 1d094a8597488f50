// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "print/ThermalReceiptPrinter.h"

#include "core/receipt/EscPosEncoder.h"
#include "print/EscPosRaster.h"
#include "print/ReceiptImage.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace saathi::print {

ThermalReceiptPrinter::ThermalReceiptPrinter(ThermalConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_serial(new receipt::SerialReceiptPrinter(m_config.serial, this))
{
    connect(m_serial, &receipt::SerialReceiptPrinter::printed, this, &ThermalReceiptPrinter::onSerialPrinted);
}

ThermalReceiptPrinter::~ThermalReceiptPrinter() = default;

void ThermalReceiptPrinter::setConfig(ThermalConfig config)
{
    m_config = std::move(config);
    m_serial->setConfig(m_config.serial);
}

bool ThermalReceiptPrinter::usesImage(ThermalMode mode, const QString& plainText)
{
    return mode == ThermalMode::Image
        || (mode == ThermalMode::Auto && !receipt::EscPosEncoder::fitsTextMode(plainText));
}

quint64 ThermalReceiptPrinter::print(const receipt::Receipt& receipt)
{
    return submit(receipt);
}

quint64 ThermalReceiptPrinter::print(const receipt::DmtReceipt& receipt)
{
    return submit(receipt);
}

quint64 ThermalReceiptPrinter::printBytes(const QByteArray& escPos)
{
    const quint64 job = m_nextJob++;
    m_waiting.push_back({job, escPos});
    flush();
    return job;
}

template<typename R>
quint64 ThermalReceiptPrinter::submit(const R& receipt)
{
    const quint64 job = m_nextJob++;
    const receipt::PaperWidth paper = m_config.serial.paper;
    if (!usesImage(m_config.mode, receipt.plainText())) {
        m_waiting.push_back({job, receipt::EscPosEncoder(paper).encode(receipt)});
        flush();
        return job;
    }
    m_waiting.push_back({job, std::nullopt});
    QtConcurrent::run([receipt, paper] {
        return EscPosRaster::encode(ReceiptImage::render(receipt, paper));
    }).then(this, [this, job](const QByteArray& bytes) { rendered(job, bytes); });
    return job;
}

void ThermalReceiptPrinter::rendered(quint64 job, const QByteArray& bytes)
{
    for (Waiting& w : m_waiting) {
        if (w.job == job) {
            w.bytes = bytes;
        }
    }
    flush();
}

// Hands the port every job at the front whose bytes are ready, so a text job never overtakes a picture.
void ThermalReceiptPrinter::flush()
{
    while (!m_waiting.empty() && m_waiting.front().bytes) {
        const Waiting w = m_waiting.front();
        m_waiting.pop_front();
        m_sent[m_serial->printBytes(*w.bytes)] = w.job;
    }
}

void ThermalReceiptPrinter::onSerialPrinted(quint64 serialJob, const Error& error)
{
    const auto it = m_sent.find(serialJob);
    if (it == m_sent.end()) {
        return;
    }
    const quint64 job = it->second;
    m_sent.erase(it);
    Q_EMIT printed(job, error);
}

} // namespace saathi::print
