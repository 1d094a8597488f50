// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/DmtReceipt.h"
#include "core/receipt/Receipt.h"

#include <QByteArray>
#include <QList>

namespace saathi::receipt {

// The paper roll: a 58 mm head prints 32 columns in font A and 42 in font B; an 80 mm head 48 in font A.
// The receipt is laid out for 42 columns (Receipt::kWidth), so 58 mm uses font B and 80 mm font A.
enum class PaperWidth { Mm58, Mm80 };

// Turns a Receipt into the byte stream an ESC/POS thermal printer expects (pure: no I/O).
//   ESC @                 initialise (clears any mode a previous job left)
//   ESC t 0, ESC R 0      code page PC437 and the USA character set: 0x20–0x7E print as plain ASCII
//   ESC a 1, ESC ! …      the header centred, the shop name bold and double height, the title bold
//   (a reprint's "DUPLICATE" bold, double width and height, under the title)
//   ESC a 0               the receipt's lines, left aligned, each ended by LF
//   ESC d 4, GS V 1       feed past the cutter, partial cut
// Every byte of receipt text goes through AsciiTransliterator, so text is printable ASCII and never a command.
class EscPosEncoder
{
public:
    explicit EscPosEncoder(PaperWidth paper = PaperWidth::Mm58);

    QByteArray encode(const Receipt& receipt) const;
    QByteArray encode(const DmtReceipt& receipt) const;
    // Any other paper (the day's report, issue #19): `lines` as they are (ASCII, as for a receipt; a line padded to
    // Receipt::kWidth keeps its width), left-aligned, then the feed and the cut.
    QByteArray encodeLines(const QStringList& lines) const;

    // The receipt's text lines as they go on paper (ASCII, at most Receipt::kWidth where spaces allow).
    static QList<QByteArray> asciiLines(const Receipt& receipt);
    static QList<QByteArray> asciiLines(const DmtReceipt& receipt);

    // Whether text mode prints `text` faithfully: printable ASCII, "₹" (printed "Rs.") and typographic punctuation
    // (U+2000–U+206F: dashes, quotes) only. Anything else (Devanagari) needs the receipt as a raster image.
    static bool fitsTextMode(const QString& text);

    // Command bytes, public so tests and the printer can name them.
    static QByteArray initialise();
    static QByteArray selectAsciiCodePage();
    static QByteArray align(bool centred);
    static QByteArray printMode(bool fontB, bool bold, bool doubleHeight, bool doubleWidth = false);
    static QByteArray feedLines(int lines);
    static QByteArray partialCut();

private:
    struct Header
    {
        QString shopName;
        QString shopAddress;
        bool training = false;
        bool duplicate = false;
    };
    QByteArray encodeLines(const QList<QByteArray>& lines, const Header& header) const;

    PaperWidth m_paper;
};

} // namespace saathi::receipt
