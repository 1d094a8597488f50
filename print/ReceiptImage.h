// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/DmtReceipt.h"
#include "core/receipt/EscPosEncoder.h"
#include "core/receipt/Receipt.h"
#include "print/ReceiptImageContent.h"

#include <QFont>
#include <QImage>

namespace saathi::print {

// A receipt as the picture a thermal printer prints: exactly the paper's dot width (203 dpi: 384 dots at 58 mm,
// 576 at 80 mm), as tall as it needs, 1-bit (MonoImage: Format_Mono, index 1 = black). Laid out with Qt, so
// Devanagari is shaped by a real font: the system's Noto Sans Devanagari (Debian fonts-noto-core; nothing is
// bundled), else Qt's default font. Top to bottom: the shop's name and address, the title, the training banner,
// a reprint's DUPLICATE in a black box, every field as "label | value" (both wrapped), each DMT part and the mini
// statement after a rule, the notes, the footer, then the QR code of qrPayload() centred.
// Needs a QGuiApplication (the "offscreen" platform is enough); safe on any thread (QImage + QPainter only).
class ReceiptImage
{
public:
    static QImage render(const receipt::Receipt& receipt, receipt::PaperWidth paper);
    static QImage render(const receipt::DmtReceipt& receipt, receipt::PaperWidth paper);
    static QImage render(const ReceiptImageContent& content, receipt::PaperWidth paper);

    static int dotWidth(receipt::PaperWidth paper);
    // The receipt's font at `pixels` high: Noto Sans Devanagari when installed (it carries Latin too).
    static QFont font(int pixels, bool bold = false);

    static constexpr int kBodyPixels = 24; // ~3 mm at 203 dpi: readable Devanagari (matras) on a 58 mm roll
    static constexpr const char* kFontFamily = "Noto Sans Devanagari";
};

} // namespace saathi::print
