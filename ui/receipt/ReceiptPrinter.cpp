// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "receipt/ReceiptPrinter.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace saathi::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReceiptPrinter", text);
}

} // namespace

std::unique_ptr<QTextDocument> ReceiptPrinter::textDocument(const QString& plainText)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(10);
    doc->setDefaultFont(font);
    doc->setPlainText(plainText);
    return doc;
}

std::unique_ptr<QTextDocument> ReceiptPrinter::document(const receipt::Receipt& receipt)
{
    return textDocument(receipt.plainText());
}

std::unique_ptr<QTextDocument> ReceiptPrinter::document(const receipt::DmtReceipt& receipt)
{
    return textDocument(receipt.plainText());
}

Error ReceiptPrinter::savePdf(const QString& title, const QString& plainText, const QString& path)
{
    if (path.isEmpty()) {
        return {QStringLiteral("receipt.no_file"), tr("Choose where to save the receipt."), QString()};
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setTitle(tr("Receipt %1").arg(title));
    writer.setCreator(QStringLiteral("Saathi"));
    auto doc = textDocument(plainText);
    doc->print(&writer);
    return {};
}

Error ReceiptPrinter::savePdf(const receipt::Receipt& receipt, const QString& path)
{
    return savePdf(receipt.title(), receipt.plainText(), path);
}

Error ReceiptPrinter::savePdf(const receipt::DmtReceipt& receipt, const QString& path)
{
    return savePdf(receipt.title(), receipt.plainText(), path);
}

Error ReceiptPrinter::printDocument(const QTextDocument& doc, QWidget* parent)
{
    if (hook()) {
        return hook()(doc, parent);
    }
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return {QStringLiteral("receipt.print_cancelled"), tr("Printing was cancelled."), QString()};
    }
    doc.print(&printer);
    return {};
}

Error ReceiptPrinter::print(const receipt::Receipt& receipt, QWidget* parent)
{
    return printDocument(*document(receipt), parent);
}

Error ReceiptPrinter::print(const receipt::DmtReceipt& receipt, QWidget* parent)
{
    return printDocument(*document(receipt), parent);
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
