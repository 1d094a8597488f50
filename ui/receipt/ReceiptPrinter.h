// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "receipt/DmtReceipt.h"
#include "receipt/Receipt.h"
#include "util/Error.h"

#include <functional>
#include <memory>

class QTextDocument;
class QWidget;

namespace saathi::ui {

// Prints a receipt or saves it as PDF through Qt PrintSupport. Printing goes through a replaceable hook, so a test
// (or kiosk mode) never meets a modal print dialog: setPrintHook() swaps the real printer for a fake that records
// the document.
class ReceiptPrinter
{
public:
    using PrintHook = std::function<Error(const QTextDocument& document, QWidget* parent)>;

    // The receipt as a document: monospace lines, ready to print or render.
    static std::unique_ptr<QTextDocument> document(const receipt::Receipt& receipt);
    static Error savePdf(const receipt::Receipt& receipt, const QString& path);
    static Error print(const receipt::Receipt& receipt, QWidget* parent);
    // The same for a money-transfer (or refund) receipt.
    static std::unique_ptr<QTextDocument> document(const receipt::DmtReceipt& receipt);
    static Error savePdf(const receipt::DmtReceipt& receipt, const QString& path);
    static Error print(const receipt::DmtReceipt& receipt, QWidget* parent);
    // Replace the printer (empty function: back to the system print dialog).
    static void setPrintHook(PrintHook hook);

private:
    static std::unique_ptr<QTextDocument> textDocument(const QString& plainText);
    static Error savePdf(const QString& title, const QString& plainText, const QString& path);
    static Error printDocument(const QTextDocument& document, QWidget* parent);
    static PrintHook& hook();
};

} // namespace saathi::ui
