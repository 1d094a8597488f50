// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/receipt/ReceiptView.h"

#include <QEvent>
#include <QFontDatabase>

namespace saathi::ui {

ReceiptView::ReceiptView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("receiptPlainTextEdit"));
    setReadOnly(true);
    setFocusPolicy(Qt::ClickFocus); // read-only: Tab goes past it to the receipt's buttons
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(13);
    setFont(font);
    setMinimumWidth(fontMetrics().horizontalAdvance(QString(receipt::Receipt::kWidth + 4, QLatin1Char('M'))));
    setAccessibleName(tr("Receipt"));
}

void ReceiptView::changeEvent(QEvent* event)
{
    // The receipt's own text is rebuilt by the page that shows it (TransactionResultPage, DmtResultStep).
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Receipt"));
    }
    QPlainTextEdit::changeEvent(event);
}

void ReceiptView::setReceipt(const receipt::Receipt& receipt)
{
    m_receipt = receipt;
    setPlainText(receipt.plainText());
}

void ReceiptView::setDmtReceipt(const receipt::DmtReceipt& receipt)
{
    m_receipt = {};
    setPlainText(receipt.plainText());
}

} // namespace saathi::ui
