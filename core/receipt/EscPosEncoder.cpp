// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/receipt/EscPosEncoder.h"

#include "core/receipt/AsciiTransliterator.h"

namespace saathi::receipt {

namespace {

constexpr char kEsc = 0x1B;
constexpr char kGs = 0x1D;
constexpr char kLf = 0x0A;

QByteArray command(std::initializer_list<int> bytes)
{
    QByteArray out;
    for (const int b : bytes) {
        out += static_cast<char>(b);
    }
    return out;
}

// "₹" became "Rs.", two characters wider. A line that fitted the width before and no longer does loses its last
// characters (in practice the end of a mini statement's narration), so the amount columns stay aligned on every
// row. A line that was already too long (a long reason) is left for the printer to wrap.
QByteArray fitToWidth(const QString& text)
{
    QByteArray line = AsciiTransliterator::toAscii(text);
    if (text.size() <= Receipt::kWidth && line.size() > Receipt::kWidth) {
        line.truncate(Receipt::kWidth);
        while (line.endsWith(' ')) {
            line.chop(1);
        }
    }
    return line;
}

} // namespace

EscPosEncoder::EscPosEncoder(PaperWidth paper)
    : m_paper(paper)
{
}

QList<QByteArray> EscPosEncoder::asciiLines(const Receipt& receipt)
{
    QList<QByteArray> out;
    for (const QString& line : receipt.lines()) {
        out << fitToWidth(line);
    }
    return out;
}

QList<QByteArray> EscPosEncoder::asciiLines(const DmtReceipt& receipt)
{
    QList<QByteArray> out;
    for (const QString& line : receipt.lines()) {
        out << fitToWidth(line);
    }
    return out;
}

bool EscPosEncoder::fitsTextMode(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ascii = u == '\n' || (u >= 0x20 && u < 0x7F);
        if (!ascii && u != 0x20B9 && !(u >= 0x2000 && u <= 0x206F)) {
            return false;
        }
    }
    return true;
}

QByteArray EscPosEncoder::encode(const Receipt& receipt) const
{
    return encodeLines(asciiLines(receipt),
                       {receipt.shopName(), receipt.shopAddress(), receipt.isTraining(), receipt.isDuplicate()});
}

QByteArray EscPosEncoder::encode(const DmtReceipt& receipt) const
{
    return encodeLines(asciiLines(receipt),
                       {receipt.shopName(), receipt.shopAddress(), receipt.isTraining(), receipt.isDuplicate()});
}

QByteArray EscPosEncoder::encodeLines(const QStringList& lines) const
{
    QByteArray out = initialise() + selectAsciiCodePage() + printMode(m_paper == PaperWidth::Mm58, false, false);
    out += align(false);
    for (const QString& text : lines) {
        // "₹" became "Rs.": a line padded to the width gives the extra characters back from its last gap, so an
        // amount aligned on the right stays whole and in its column. A line without a gap is left to the printer.
        QByteArray line = AsciiTransliterator::toAscii(text);
        for (qsizetype gap = line.lastIndexOf("  "); line.size() > Receipt::kWidth && gap >= 0;
             gap = line.lastIndexOf("  ")) {
            line.remove(gap, 1);
        }
        out += line + kLf;
    }
    return out + feedLines(4) + partialCut();
}

QByteArray EscPosEncoder::encodeLines(const QList<QByteArray>& lines, const Header& header) const
{
    const bool fontB = m_paper == PaperWidth::Mm58;
    const QByteArray rule(Receipt::kWidth, '-');

    QByteArray out = initialise() + selectAsciiCodePage() + printMode(fontB, false, false);
    // The header is every line before the first rule: the shop's name (large) and address (when set), the title
    // (bold), the training banner, a reprint's DUPLICATE (bold, double size).
    const qsizetype nameLines = Receipt::wrap(header.shopName, Receipt::kWidth).size();
    const qsizetype titleLine = Receipt::shopHeader(header.shopName, header.shopAddress, Receipt::kWidth).size();
    const qsizetype duplicateLine = header.duplicate ? titleLine + (header.training ? 2 : 1) : -1;
    qsizetype i = 0;
    out += align(true);
    for (; i < lines.size() && lines.at(i) != rule; ++i) {
        const bool shop = i < nameLines;
        const bool title = i == titleLine;
        const bool duplicate = i == duplicateLine;
        if (shop || title || duplicate) {
            out += printMode(fontB, true, shop || duplicate, duplicate);
        }
        out += lines.at(i).trimmed() + kLf;
        if (shop || title || duplicate) {
            out += printMode(fontB, false, false);
        }
    }
    out += align(false);
    for (; i < lines.size(); ++i) {
        out += lines.at(i) + kLf;
    }
    out += feedLines(4) + partialCut();
    return out;
}

QByteArray EscPosEncoder::initialise()
{
    return command({kEsc, '@'});
}

QByteArray EscPosEncoder::selectAsciiCodePage()
{
    return command({kEsc, 't', 0, kEsc, 'R', 0});
}

QByteArray EscPosEncoder::align(bool centred)
{
    return command({kEsc, 'a', centred ? 1 : 0});
}

QByteArray EscPosEncoder::printMode(bool fontB, bool bold, bool doubleHeight, bool doubleWidth)
{
    // ESC ! n: bit 0 font B, bit 3 emphasised, bit 4 double height, bit 5 double width.
    return command(
        {kEsc, '!', (fontB ? 0x01 : 0) | (bold ? 0x08 : 0) | (doubleHeight ? 0x10 : 0) | (doubleWidth ? 0x20 : 0)});
}

QByteArray EscPosEncoder::feedLines(int lines)
{
    return command({kEsc, 'd', qBound(0, lines, 255)});
}

QByteArray EscPosEncoder::partialCut()
{
    return command({kGs, 'V', 1});
}

} // namespace saathi::receipt
