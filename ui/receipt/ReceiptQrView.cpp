// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/receipt/ReceiptQrView.h"

#include "print/QrCode.h"

#include <QEvent>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace saathi::ui {

ReceiptQrView::ReceiptQrView(QWidget* parent, int modulePixels)
    : QWidget(parent)
    , m_modulePixels(modulePixels)
{
    setObjectName(QStringLiteral("receiptQrView"));
    m_image = new QLabel(this);
    m_image->setObjectName(QStringLiteral("receiptQrLabel"));
    m_image->setAlignment(Qt::AlignCenter);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("receiptQrCaptionLabel"));
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_image);
    layout->addWidget(m_caption);
    layout->addStretch();
    retranslate();
    hide(); // until there is a receipt
}

void ReceiptQrView::setPayload(const QString& payload)
{
    m_payload = payload;
    const QImage qr = payload.isEmpty() ? QImage() : print::QrCode::image(payload, m_modulePixels);
    // Format_Mono: a pixmap converts it for the screen; black on white whatever the theme.
    m_image->setPixmap(qr.isNull() ? QPixmap() : QPixmap::fromImage(qr));
    setVisible(!qr.isNull());
}

void ReceiptQrView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReceiptQrView::retranslate()
{
    m_caption->setText(tr("Scan to keep this receipt"));
    m_image->setAccessibleName(tr("QR code of this receipt"));
    m_image->setAccessibleDescription(
        tr("The transaction's reference, amount, time and agent code, for the bank or a dispute."));
}

} // namespace saathi::ui
