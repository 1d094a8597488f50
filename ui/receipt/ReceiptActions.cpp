// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/receipt/ReceiptActions.h"

#include "core/receipt/DmtReceipt.h"
#include "core/receipt/Receipt.h"
#include "ui/receipt/ReceiptPrinter.h"
#include "ui/widgets/FileChooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace saathi::ui {

namespace {

template<class R>
void printAny(const R& receipt, QWidget* parent, const ReceiptActions::Shown& shown)
{
    ReceiptPrinter::printLater(receipt, parent, [shown](const Error& error) {
        shown([error] {
            return error.isNull() ? ReceiptActions::tr("The receipt was sent to the printer.") : error.userMessage;
        });
    });
}

template<class R>
bool savePdfAny(const R& receipt, const QString& reference, QWidget* parent, const ReceiptActions::Shown& shown)
{
    const QString suggested = QDir::home().filePath(QStringLiteral("receipt-%1.pdf").arg(reference));
    const QString path = FileChooser::saveFile(parent, ReceiptActions::tr("Save receipt as PDF"), suggested,
                                               ReceiptActions::tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    shown([] { return ReceiptActions::tr("Saving the receipt…"); });
    ReceiptPrinter::savePdfLater(receipt, path, parent, [shown, path](const Error& error) {
        shown([error, path] {
            return error.isNull() ? ReceiptActions::tr("Saved: %1").arg(QDir::toNativeSeparators(path))
                                  : error.userMessage;
        });
    });
    return true;
}

} // namespace

void ReceiptActions::print(const receipt::Receipt& receipt, QWidget* parent, const Shown& shown)
{
    printAny(receipt, parent, shown);
}

void ReceiptActions::print(const receipt::DmtReceipt& receipt, QWidget* parent, const Shown& shown)
{
    printAny(receipt, parent, shown);
}

bool ReceiptActions::savePdf(const receipt::Receipt& receipt, const QString& reference, QWidget* parent,
                             const Shown& shown)
{
    return savePdfAny(receipt, reference, parent, shown);
}

bool ReceiptActions::savePdf(const receipt::DmtReceipt& receipt, const QString& reference, QWidget* parent,
                             const Shown& shown)
{
    return savePdfAny(receipt, reference, parent, shown);
}

} // namespace saathi::ui
