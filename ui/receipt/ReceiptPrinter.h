// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/DmtReceipt.h"
#include "core/receipt/Receipt.h"
#include "core/util/Error.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QObject;
class QTextDocument;
class QWidget;

namespace saathi::ui {

// Prints a receipt or saves it as PDF through Qt PrintSupport. Laying out and writing the pages runs on a worker
// thread (a PDF on a slow disk, a spooler that takes its time), so the UI thread never waits for them; `done` is
// called on `context`'s thread, and not at all if `context` is gone by then. Only the print dialog stays on the UI
// thread. Printing goes through a replaceable hook, so a test (or kiosk mode) never meets a modal print dialog:
// setPrintHook() swaps the real printer for a fake that records the document.
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    using PrintHook = std::function<Error(const QTextDocument& document, QWidget* parent)>;
    using Done = std::function<void(const Error& error)>;

    static void savePdfLater(const receipt::Receipt& receipt, const QString& path, QObject* context, Done done);
    static void savePdfLater(const receipt::DmtReceipt& receipt, const QString& path, QObject* context, Done done);
    static void printLater(const receipt::Receipt& receipt, QWidget* parent, Done done);
    static void printLater(const receipt::DmtReceipt& receipt, QWidget* parent, Done done);
    // Any receipt's text and its QR (`qrPayload`, printed under the text): on the system printer `printerName`
    // without a dialog, or through the print dialog when the name is empty. An unknown printer name is an error.
    static void printLater(const QString& plainText, const QString& qrPayload, const QString& printerName,
                           QWidget* parent, Done done);
    static void savePdfLater(const QString& title, const QString& plainText, const QString& qrPayload,
                             const QString& path, QObject* context, Done done);

    // The receipt as a document: monospace lines, then its QR code (the resource kQrResource), ready to print.
    static std::unique_ptr<QTextDocument> document(const receipt::Receipt& receipt);
    // The same for a money-transfer (or refund) receipt.
    static std::unique_ptr<QTextDocument> document(const receipt::DmtReceipt& receipt);
    // Replace the printer (empty function: back to the system print dialog).
    static void setPrintHook(PrintHook hook);
    static constexpr const char* kQrResource = "saathi-receipt-qr";

private:
    static std::unique_ptr<QTextDocument> textDocument(const QString& plainText, const QString& qrPayload);
    static Error savePdf(const QString& title, const QString& plainText, const QString& qrPayload, const QString& path);
    static PrintHook& hook();
};

} // namespace saathi::ui
