// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/receipt/ReceiptOutput.h"

#include "core/receipt/EscPosEncoder.h"
#include "core/settings/AppSettings.h"
#include "print/ThermalReceiptPrinter.h"
#include "ui/receipt/ReceiptPrinter.h"
#include "ui/widgets/FileChooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QWidget>

namespace saathi::ui {

namespace {

print::ThermalConfig thermalConfig(const PrinterSettings& p, std::chrono::milliseconds timeout)
{
    print::ThermalConfig config;
    config.serial.portName = p.serialPort;
    config.serial.baud = p.baud;
    config.serial.paper = p.paper;
    config.serial.askStatus = p.askStatus;
    config.serial.timeout = timeout;
    config.mode = p.thermalMode == ThermalPrintMode::Text ? print::ThermalMode::Text
        : p.thermalMode == ThermalPrintMode::Image        ? print::ThermalMode::Image
                                                          : print::ThermalMode::Auto;
    return config;
}

// receipt-<ref> (a reprint: receipt-<ref>-duplicate), without ".pdf".
QString pdfBaseName(const receipt::AnyReceipt& receipt)
{
    const bool duplicate = std::visit([](const auto& r) { return r.isDuplicate(); }, receipt);
    return QStringLiteral("receipt-%1%2")
        .arg(receipt::JournalReceipts::clientRefId(receipt), duplicate ? QStringLiteral("-duplicate") : QString());
}

// `base`.pdf in `folder`, or `base`-2.pdf, -3, …: never over an earlier file.
QString pdfPathIn(const QString& folder, const QString& base)
{
    const QDir dir(folder);
    QString path = dir.filePath(base + QStringLiteral(".pdf"));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = dir.filePath(base + QStringLiteral("-%1.pdf").arg(n));
    }
    return path;
}

QString title(const receipt::AnyReceipt& receipt)
{
    return std::visit([](const auto& r) { return r.title(); }, receipt);
}

} // namespace

ReceiptOutput::ReceiptOutput(AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(&m_settings, &AppSettings::printerChanged, this, &ReceiptOutput::applySettings);
}

ReceiptOutput::~ReceiptOutput() = default;

void ReceiptOutput::setStatusTimeout(std::chrono::milliseconds timeout)
{
    m_statusTimeout = timeout;
    applySettings();
}

PrinterSettings ReceiptOutput::printer() const
{
    return m_settings.printer();
}

void ReceiptOutput::applySettings()
{
    if (m_thermal) {
        m_thermal->setConfig(thermalConfig(m_settings.printer(), m_statusTimeout)); // from its next receipt on
    }
}

ReceiptOutput::Paper ReceiptOutput::paperOf(const receipt::AnyReceipt& receipt)
{
    return {receipt::JournalReceipts::clientRefId(receipt), title(receipt),
            receipt::JournalReceipts::plainText(receipt), receipt::JournalReceipts::qrPayload(receipt),
            pdfBaseName(receipt)};
}

void ReceiptOutput::print(const receipt::AnyReceipt& receipt, QWidget* page, Done done)
{
    const PrinterSettings p = m_settings.printer();
    switch (p.kind) {
    case PrinterKind::EscPosSerial:
        printThermal(receipt, page, std::move(done));
        return;
    case PrinterKind::System:
        printSystem(paperOf(receipt), p.systemPrinter, page, std::move(done));
        return;
    case PrinterKind::Pdf:
        savePdf(paperOf(receipt), page, std::move(done));
        return;
    case PrinterKind::None:
        break;
    }
    printSystem(paperOf(receipt), QString(), page, std::move(done));
}

void ReceiptOutput::print(const Document& document, QWidget* page, Done done)
{
    const PrinterSettings p = m_settings.printer();
    const Paper paper {document.reference, document.title, document.lines.join(QLatin1Char('\n')) + QLatin1Char('\n'),
                       QString(), document.reference};
    switch (p.kind) {
    case PrinterKind::EscPosSerial: {
        const quint64 job = thermal().printBytes(receipt::EscPosEncoder(p.paper).encodeLines(document.lines));
        m_jobs[job] = Job {page, std::move(done), document.reference};
        return;
    }
    case PrinterKind::System:
        printSystem(paper, p.systemPrinter, page, std::move(done));
        return;
    case PrinterKind::Pdf:
        savePdf(paper, page, std::move(done));
        return;
    case PrinterKind::None:
        break;
    }
    printSystem(paper, QString(), page, std::move(done));
}

print::ThermalReceiptPrinter& ReceiptOutput::thermal()
{
    if (!m_thermal) {
        m_thermal
            = std::make_unique<print::ThermalReceiptPrinter>(thermalConfig(m_settings.printer(), m_statusTimeout));
        connect(m_thermal.get(), &print::ThermalReceiptPrinter::printed, this, &ReceiptOutput::onThermalPrinted);
    }
    return *m_thermal;
}

void ReceiptOutput::printThermal(const receipt::AnyReceipt& receipt, QWidget* page, Done done)
{
    const quint64 job = std::visit([this](const auto& r) { return thermal().print(r); }, receipt);
    m_jobs[job] = Job {page, std::move(done), receipt::JournalReceipts::clientRefId(receipt)};
}

void ReceiptOutput::onThermalPrinted(quint64 job, const Error& error)
{
    const auto it = m_jobs.find(job);
    if (it == m_jobs.end()) {
        return;
    }
    const Job finished = it->second;
    m_jobs.erase(it);
    settle(finished.ref, error.isNull());
    if (!finished.page || !finished.done) {
        return;
    }
    if (error.isNull()) {
        finished.done({true, false, [] { return tr("The receipt was printed."); }});
        return;
    }
    finished.done({false, true, [message = error.userMessage] {
                       return tr("%1 The receipt is kept: press Print again when the printer is ready.").arg(message);
                   }});
}

void ReceiptOutput::printSystem(const Paper& paper, const QString& printerName, QWidget* page, Done done)
{
    const QString ref = paper.ref;
    const bool chosen = !printerName.isEmpty();
    QPointer<QWidget> guard(page);
    ReceiptPrinter::printLater(
        paper.plainText, paper.qrPayload, printerName, page,
        [this, guard, ref, chosen, done = std::move(done)](const Error& error) {
            settle(ref, error.isNull());
            if (!guard || !done) {
                return;
            }
            QString hint;
            if (!chosen) {
                hint = QLatin1Char(' ')
                    + tr("To print without this dialog, choose the receipt printer in Settings (Ctrl+,).");
            }
            if (error.isNull()) {
                done({true, false, [hint]() -> QString { return tr("The receipt was sent to the printer.") + hint; }});
            } else {
                done({false, true, [message = error.userMessage, hint]() -> QString { return message + hint; }});
            }
        });
}

void ReceiptOutput::savePdf(const Paper& paper, QWidget* page, Done done)
{
    const PrinterSettings p = m_settings.printer();
    QString path;
    if (p.pdfAskEachTime || p.pdfFolder.isEmpty()) {
        const QString suggested = QDir::home().filePath(paper.pdfBaseName + QStringLiteral(".pdf"));
        path = FileChooser::saveFile(page, tr("Save receipt as PDF"), suggested, tr("PDF (*.pdf)"));
        if (path.isEmpty()) {
            if (done) {
                done({false, true, [] { return tr("The receipt was not saved."); }});
            }
            return;
        }
    } else {
        path = pdfPathIn(p.pdfFolder, paper.pdfBaseName);
    }
    const QString ref = paper.ref;
    QPointer<QWidget> guard(page);
    ReceiptPrinter::savePdfLater(
        paper.title, paper.plainText, paper.qrPayload, path, this,
        [this, guard, ref, path, done = std::move(done)](const Error& error) {
            settle(ref, error.isNull());
            if (!guard || !done) {
                return;
            }
            if (error.isNull()) {
                done({true, false, [path] { return tr("Saved: %1").arg(QDir::toNativeSeparators(path)); }});
            } else {
                done({false, true, [message = error.userMessage] { return message; }});
            }
        });
}

void ReceiptOutput::settle(const QString& ref, bool ok)
{
    m_waiting.removeAll(ref);
    if (!ok) {
        m_waiting.append(ref);
    }
    Q_EMIT finished(ref, ok);
}

} // namespace saathi::ui
