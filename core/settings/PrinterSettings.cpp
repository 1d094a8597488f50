// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/settings/PrinterSettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <iterator>

namespace saathi::printer_settings {

namespace {
const QString kKind = QStringLiteral("printer/kind");
const QString kSystem = QStringLiteral("printer/system_name");
const QString kPort = QStringLiteral("printer/serial_port");
const QString kBaud = QStringLiteral("printer/baud");
const QString kPaper = QStringLiteral("printer/paper_mm");
const QString kAskStatus = QStringLiteral("printer/ask_status");
const QString kMode = QStringLiteral("printer/thermal_mode");
const QString kPdfAsk = QStringLiteral("printer/pdf_ask_each_time");
const QString kPdfFolder = QStringLiteral("printer/pdf_folder");

constexpr int kMaxPortLength = 255;

PrinterFieldError fieldError(PrinterField field, const char* code, const char* text)
{
    return {field, Error {QString::fromLatin1(code), QCoreApplication::translate("Settings", text), {}}};
}

QString kindName(PrinterKind kind)
{
    switch (kind) {
    case PrinterKind::System:
        return QStringLiteral("system");
    case PrinterKind::EscPosSerial:
        return QStringLiteral("escpos");
    case PrinterKind::Pdf:
        return QStringLiteral("pdf");
    case PrinterKind::None:
        break;
    }
    return QStringLiteral("none");
}

QString modeName(ThermalPrintMode mode)
{
    switch (mode) {
    case ThermalPrintMode::Text:
        return QStringLiteral("text");
    case ThermalPrintMode::Image:
        return QStringLiteral("image");
    case ThermalPrintMode::Auto:
        break;
    }
    return QStringLiteral("auto");
}

bool hasSpaceOrControl(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
}
} // namespace

QList<PrinterFieldError> check(const PrinterSettings& p)
{
    QList<PrinterFieldError> errors;
    if (p.kind == PrinterKind::System && p.systemPrinter.trimmed().isEmpty()) {
        errors << fieldError(PrinterField::SystemPrinter, "settings.no_printer",
                             QT_TRANSLATE_NOOP("Settings", "Choose a printer."));
    }
    if (p.kind == PrinterKind::EscPosSerial) {
        const QString port = p.serialPort.trimmed();
        if (port.isEmpty()) {
            errors << fieldError(PrinterField::SerialPort, "settings.no_serial_port",
                                 QT_TRANSLATE_NOOP("Settings", "Enter the printer's serial port, for example COM3."));
        } else if (port.size() > kMaxPortLength || hasSpaceOrControl(port)) {
            errors << fieldError(
                PrinterField::SerialPort, "settings.bad_serial_port",
                QT_TRANSLATE_NOOP("Settings", "A port name has no spaces, for example COM3 or /dev/ttyUSB0."));
        }
        if (std::find(std::begin(kBauds), std::end(kBauds), p.baud) == std::end(kBauds)) {
            errors << fieldError(PrinterField::Baud, "settings.bad_baud",
                                 QT_TRANSLATE_NOOP("Settings", "Choose a baud rate from the list."));
        }
    }
    if (p.kind == PrinterKind::Pdf && !p.pdfAskEachTime) {
        const QFileInfo folder(p.pdfFolder.trimmed());
        if (p.pdfFolder.trimmed().isEmpty()) {
            errors << fieldError(
                PrinterField::PdfFolder, "settings.no_pdf_folder",
                QT_TRANSLATE_NOOP("Settings", "Choose the folder for the receipts, or ask each time."));
        } else if (!folder.isDir() || !folder.isWritable()) {
            errors << fieldError(
                PrinterField::PdfFolder, "settings.bad_pdf_folder",
                QT_TRANSLATE_NOOP("Settings", "That folder does not exist or cannot be written to. Choose another."));
        }
    }
    return errors;
}

PrinterSettings read(const QSettings& settings)
{
    PrinterSettings p;
    const QString kind = settings.value(kKind).toString();
    p.kind = kind == QLatin1String("system") ? PrinterKind::System
        : kind == QLatin1String("escpos")    ? PrinterKind::EscPosSerial
        : kind == QLatin1String("pdf")       ? PrinterKind::Pdf
                                             : PrinterKind::None;
    p.systemPrinter = settings.value(kSystem).toString();
    p.serialPort = settings.value(kPort).toString();
    p.baud = settings.value(kBaud, 9600).toInt();
    p.paper = settings.value(kPaper, 58).toInt() == 80 ? receipt::PaperWidth::Mm80 : receipt::PaperWidth::Mm58;
    p.askStatus = settings.value(kAskStatus, true).toBool();
    const QString mode = settings.value(kMode).toString();
    p.thermalMode = mode == QLatin1String("text") ? ThermalPrintMode::Text
        : mode == QLatin1String("image")          ? ThermalPrintMode::Image
                                                  : ThermalPrintMode::Auto;
    p.pdfAskEachTime = settings.value(kPdfAsk, true).toBool();
    p.pdfFolder = settings.value(kPdfFolder).toString();
    return p;
}

void write(QSettings& settings, const PrinterSettings& p)
{
    settings.setValue(kKind, kindName(p.kind));
    settings.setValue(kSystem, p.systemPrinter.trimmed());
    settings.setValue(kPort, p.serialPort.trimmed());
    settings.setValue(kBaud, p.baud);
    settings.setValue(kPaper, p.paper == receipt::PaperWidth::Mm80 ? 80 : 58);
    settings.setValue(kAskStatus, p.askStatus);
    settings.setValue(kMode, modeName(p.thermalMode));
    settings.setValue(kPdfAsk, p.pdfAskEachTime);
    settings.setValue(kPdfFolder, p.pdfFolder.trimmed());
}

} // namespace saathi::printer_settings
