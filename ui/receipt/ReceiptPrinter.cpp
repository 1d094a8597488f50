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

std::unique_ptr<QTextDocument> ReceiptPrinter::document(const receipt::Receipt& receipt)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(10);
    doc->setDefaultFont(font);
    doc->setPlainText(receipt.plainText());
    return doc;
}

Error ReceiptPrinter::savePdf(const receipt::Receipt& receipt, const QString& path)
{
    if (path.isEmpty()) {
        return {QStringLiteral("receipt.no_file"), tr("Choose where to save the receipt."), QString()};
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setTitle(tr("Receipt %1").arg(receipt.title()));
    writer.setCreator(QStringLiteral("Saathi"));
    auto doc = document(receipt);
    doc->print(&writer);
    return {};
}

Error ReceiptPrinter::print(const receipt::Receipt& receipt, QWidget* parent)
{
    auto doc = document(receipt);
    if (hook()) {
        return hook()(*doc, parent);
    }
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return {QStringLiteral("receipt.print_cancelled"), tr("Printing was cancelled."), QString()};
    }
    doc->print(&printer);
    return {};
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
