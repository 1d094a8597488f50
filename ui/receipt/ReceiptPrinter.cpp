// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/receipt/ReceiptPrinter.h"

#include "print/QrCode.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace saathi::ui {

namespace {

// Runs `work` on the global pool and hands its Error to `done` on `context`'s thread. The watcher is a child of
// `context`: if the screen goes first, the answer is dropped with it.
void runLater(std::function<Error()> work, QObject* context, ReceiptPrinter::Done done)
{
    auto* watcher = new QFutureWatcher<Error>(context);
    QObject::connect(watcher, &QFutureWatcher<Error>::finished, context, [watcher, done = std::move(done)] {
        const Error error = watcher->future().resultCount() > 0 ? watcher->result() : Error {};
        watcher->deleteLater();
        if (done) {
            done(error);
        }
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

std::unique_ptr<QTextDocument> ReceiptPrinter::textDocument(const QString& plainText, const QString& qrPayload)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(10);
    doc->setDefaultFont(font);
    doc->setPlainText(plainText);
    if (!qrPayload.isEmpty()) {
        // The same QR as on screen and on thermal paper, centred under the text: 4 pixels a module, so a 300 dpi
        // printer gives modules of about 1/3 mm, which phones read at arm's length.
        const QUrl name(QString::fromLatin1(kQrResource));
        doc->addResource(QTextDocument::ImageResource, name, print::QrCode::image(qrPayload, 4));
        QTextCursor cursor(doc.get());
        cursor.movePosition(QTextCursor::End);
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignHCenter);
        cursor.insertBlock(centred);
        QTextImageFormat image;
        image.setName(name.toString());
        cursor.insertImage(image);
    }
    return doc;
}

std::unique_ptr<QTextDocument> ReceiptPrinter::document(const receipt::Receipt& receipt)
{
    return textDocument(receipt.plainText(), receipt.qrPayload());
}

std::unique_ptr<QTextDocument> ReceiptPrinter::document(const receipt::DmtReceipt& receipt)
{
    return textDocument(receipt.plainText(), receipt.qrPayload());
}

Error ReceiptPrinter::savePdf(const QString& title, const QString& plainText, const QString& qrPayload,
                              const QString& path)
{
    if (path.isEmpty()) {
        return {QStringLiteral("receipt.no_file"), ReceiptPrinter::tr("Choose where to save the receipt."), QString()};
    }
    // QPdfWriter reports no errors of its own: it writes into a QSaveFile, so a full disk or a folder without write
    // access is told, and a half-written receipt never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {QStringLiteral("receipt.pdf_not_saved"),
                ReceiptPrinter::tr("The receipt could not be saved there. Choose another folder."), file.errorString()};
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setTitle(ReceiptPrinter::tr("Receipt %1").arg(title));
        writer.setCreator(QStringLiteral("Saathi"));
        textDocument(plainText, qrPayload)->print(&writer);
    }
    if (!file.commit()) {
        return {QStringLiteral("receipt.pdf_not_saved"),
                ReceiptPrinter::tr(
                    "The receipt could not be saved: the disk may be full. Free some space or choose another folder."),
                file.errorString()};
    }
    return {};
}

void ReceiptPrinter::savePdfLater(const QString& title, const QString& plainText, const QString& qrPayload,
                                  const QString& path, QObject* context, Done done)
{
    runLater([title, plainText, qrPayload, path] { return savePdf(title, plainText, qrPayload, path); }, context,
             std::move(done));
}

void ReceiptPrinter::savePdfLater(const receipt::Receipt& receipt, const QString& path, QObject* context, Done done)
{
    savePdfLater(receipt.title(), receipt.plainText(), receipt.qrPayload(), path, context, std::move(done));
}

void ReceiptPrinter::savePdfLater(const receipt::DmtReceipt& receipt, const QString& path, QObject* context, Done done)
{
    savePdfLater(receipt.title(), receipt.plainText(), receipt.qrPayload(), path, context, std::move(done));
}

void ReceiptPrinter::printLater(const QString& plainText, const QString& qrPayload, const QString& printerName,
                                QWidget* parent, Done done)
{
    if (hook()) {
        const Error error = hook()(*textDocument(plainText, qrPayload), parent);
        if (done) {
            done(error);
        }
        return;
    }
    auto printer = std::make_shared<QPrinter>();
    if (!printerName.isEmpty()) {
        // The printer chosen in Settings: straight to it, no dialog.
        const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
        if (info.isNull()) {
            if (done) {
                done({QStringLiteral("receipt.no_such_printer"),
                      ReceiptPrinter::tr(
                          "The printer \"%1\" is not installed on this computer. Choose another in Settings.")
                          .arg(printerName),
                      QString()});
            }
            return;
        }
        printer->setPrinterName(printerName);
    } else {
        // The dialog needs the UI thread (it runs its own event loop, so nothing freezes); the pages do not.
        QPrintDialog dialog(printer.get(), parent);
        if (dialog.exec() != QDialog::Accepted) {
            if (done) {
                done({QStringLiteral("receipt.print_cancelled"), ReceiptPrinter::tr("Printing was cancelled."),
                      QString()});
            }
            return;
        }
    }
    runLater(
        [printer, plainText, qrPayload] {
            textDocument(plainText, qrPayload)->print(printer.get());
            return Error {};
        },
        parent, std::move(done));
}

void ReceiptPrinter::printLater(const receipt::Receipt& receipt, QWidget* parent, Done done)
{
    printLater(receipt.plainText(), receipt.qrPayload(), QString(), parent, std::move(done));
}

void ReceiptPrinter::printLater(const receipt::DmtReceipt& receipt, QWidget* parent, Done done)
{
    printLater(receipt.plainText(), receipt.qrPayload(), QString(), parent, std::move(done));
}

void ReceiptPrinter::setPrintHook(PrintHook h)
{
    hook() = std::move(h);
}

ReceiptPrinter::PrintHook& ReceiptPrinter::hook()
{
    static PrintHook h;
    return h;
}

} // namespace saathi::ui
