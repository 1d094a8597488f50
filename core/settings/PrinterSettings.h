// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/EscPosEncoder.h"
#include "core/util/Error.h"

#include <QList>
#include <QString>

class QSettings;

namespace saathi {

// Where the Print button sends a receipt. EscPosSerial is a thermal ESC/POS printer on a serial or USB-serial port.
enum class PrinterKind { None, System, EscPosSerial, Pdf };

// How a thermal printer gets the receipt: its own font (fast, ASCII only), a raster image (any script, slower), or
// text for an English receipt and the image when the receipt has other scripts (Hindi).
enum class ThermalPrintMode { Auto, Text, Image };

struct PrinterSettings
{
    PrinterKind kind = PrinterKind::None;
    QString systemPrinter; // a name from the OS print system
    QString serialPort; // e.g. COM3 or /dev/ttyUSB0
    int baud = 9600;
    receipt::PaperWidth paper = receipt::PaperWidth::Mm58;
    bool askStatus = true; // DLE EOT before each receipt; many cheap printers never answer it
    ThermalPrintMode thermalMode = ThermalPrintMode::Auto;
    bool pdfAskEachTime = true; // PDF: a file dialog for each receipt, else the file goes into pdfFolder
    QString pdfFolder;

    bool operator==(const PrinterSettings&) const = default;
};

// The field of the printer settings that an error belongs to, so a screen shows it there.
enum class PrinterField { SystemPrinter, SerialPort, Baud, PdfFolder };

struct PrinterFieldError
{
    PrinterField field;
    Error error;
};

namespace printer_settings {

inline constexpr int kBauds[] = {9600, 19200, 38400, 57600, 115200};

// Every problem of `p` for the kind it names (the other kinds' fields are kept, not checked), each with a
// translated message for its field. Empty: `p` can be saved.
QList<PrinterFieldError> check(const PrinterSettings& p);

// The printer/ keys of the settings file (README "Settings file"). Unknown or damaged values read as defaults.
PrinterSettings read(const QSettings& settings);
void write(QSettings& settings, const PrinterSettings& p);

} // namespace printer_settings

} // namespace saathi
