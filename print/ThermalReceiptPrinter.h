// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/DmtReceipt.h"
#include "core/receipt/Receipt.h"
#include "core/receipt/SerialReceiptPrinter.h"
#include "core/util/Error.h"

#include <QByteArray>
#include <QObject>

#include <deque>
#include <map>
#include <optional>

namespace saathi::print {

// How a receipt goes on thermal paper.
//   Text  ESC/POS text (fast; English only: other scripts are transliterated to ASCII by core's encoder)
//   Image the receipt as a picture (ReceiptImage), sent as raster GS v 0 (EscPosRaster): Hindi prints as Hindi
//   Auto  Image when the receipt's text holds anything text mode cannot print (EscPosEncoder::fitsTextMode: Hindi),
//         else Text
enum class ThermalMode { Auto, Text, Image };

struct ThermalConfig
{
    receipt::SerialPrinterConfig serial;
    ThermalMode mode = ThermalMode::Auto;
};

// Prints receipts on an ESC/POS printer on a serial port, as text or raster. The port, the status query, the
// queue and their translated errors (offline, out of paper) are core's SerialReceiptPrinter's; this adds the
// picture. print() returns a job id at once; printed(job, error) follows exactly once per job, with a null Error
// on success. An image is rendered off the UI thread (QtConcurrent); jobs reach the port in the order they were
// given, whatever their mode. Jobs not yet handed to the port when the printer is destroyed are dropped silently.
class ThermalReceiptPrinter : public QObject
{
    Q_OBJECT
public:
    explicit ThermalReceiptPrinter(ThermalConfig config, QObject* parent = nullptr);
    ~ThermalReceiptPrinter() override;

    quint64 print(const receipt::Receipt& receipt);
    quint64 print(const receipt::DmtReceipt& receipt);
    // Bytes already encoded (the day's report: EscPosEncoder::encodeLines), in turn with the receipts.
    quint64 printBytes(const QByteArray& escPos);

    const ThermalConfig& config() const { return m_config; }
    void setConfig(ThermalConfig config); // applies to the next print()
    bool isBusy() const { return !m_waiting.empty() || !m_sent.empty(); }

    // Whether `mode` prints `plainText` as a picture.
    static bool usesImage(ThermalMode mode, const QString& plainText);

Q_SIGNALS:
    void printed(quint64 job, const saathi::Error& error);

private:
    template<typename R>
    quint64 submit(const R& receipt);
    void rendered(quint64 job, const QByteArray& bytes);
    void flush();
    void onSerialPrinted(quint64 serialJob, const Error& error);

    ThermalConfig m_config;
    receipt::SerialReceiptPrinter* m_serial;
    struct Waiting
    {
        quint64 job = 0;
        std::optional<QByteArray> bytes; // empty while the picture renders
    };
    std::deque<Waiting> m_waiting; // in print() order, not yet handed to the port
    std::map<quint64, quint64> m_sent; // the serial printer's job → ours
    quint64 m_nextJob = 1;
};

} // namespace saathi::print
