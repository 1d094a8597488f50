// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/DmtReceipt.h"
#include "core/receipt/Receipt.h"
#include "core/util/Error.h"

#include <functional>

class QObject;
#include <memory>

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

    // The receipt as a document: monospace lines, ready to print or render.
    static std::unique_ptr<QTextDocument> document(const receipt::Receipt& receipt);
    // The same for a money-transfer (or refund) receipt.
    static std::unique_ptr<QTextDocument> document(const receipt::DmtReceipt& receipt);
    // Replace the printer (empty function: back to the system print dialog).
    static void setPrintHook(PrintHook hook);

private:
    static std::unique_ptr<QTextDocument> textDocument(const QString& plainText);
    static Error savePdf(const QString& title, const QString& plainText, const QString& path);
    static void savePdfLater(const QString& title, const QString& plainText, const QString& path, QObject* context,
                             Done done);
    static void printLater(const QString& plainText, QWidget* parent, Done done);
    static PrintHook& hook();
};

} // namespace saathi::ui
