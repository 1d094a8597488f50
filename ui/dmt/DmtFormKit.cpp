// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "dmt/DmtFormKit.h"

#include "receipt/DmtReceipt.h"
#include "receipt/Receipt.h"
#include "receipt/ReceiptPrinter.h"
#include "widgets/FileChooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DmtFormKit", text);
}

} // namespace

void DmtFormKit::enlarge(QWidget* widget)
{
    QFont big = widget->font();
    big.setPointSize(qMax(big.pointSize(), 14));
    widget->setFont(big);
}

QLabel* DmtFormKit::errorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

QLabel* DmtFormKit::titleLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = parent->font();
    font.setPointSize(font.pointSize() + 6);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* DmtFormKit::textLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QLayout* DmtFormKit::fieldBox(QWidget* field, QLabel* error)
{
    auto* box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(error);
    return box;
}

void DmtFormKit::showMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void DmtFormKit::clearMessage(QLabel* label)
{
    label->clear();
    label->hide();
}

QString DmtFormKit::rupees(Paise amount)
{
    return receipt::Receipt::formatRupees(amount);
}

void DmtFormKit::printReceipt(const receipt::DmtReceipt& receipt, QWidget* parent, const Shown& shown)
{
    ReceiptPrinter::printLater(receipt, parent, [shown](const Error& error) {
        shown(error.isNull() ? tr("The receipt was sent to the printer.") : error.userMessage);
    });
}

void DmtFormKit::saveReceiptPdf(const receipt::DmtReceipt& receipt, const QString& reference, QWidget* parent,
                                const Shown& shown)
{
    const QString suggested = QDir::home().filePath(QStringLiteral("receipt-%1.pdf").arg(reference));
    const QString path = FileChooser::saveFile(parent, tr("Save receipt as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    shown(tr("Saving the receipt…"));
    ReceiptPrinter::savePdfLater(receipt, path, parent, [shown, path](const Error& error) {
        shown(error.isNull() ? tr("Saved: %1").arg(QDir::toNativeSeparators(path)) : error.userMessage);
    });
}

} // namespace saathi::ui
