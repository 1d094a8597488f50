// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "print/EscPosRaster.h"

#include "core/receipt/EscPosEncoder.h"
#include "print/MonoImage.h"

#include <QList>

#include <cstring>

namespace saathi::print {

using receipt::EscPosEncoder;

namespace {

constexpr uchar kEsc = 0x1B;
constexpr uchar kGs = 0x1D;
constexpr uchar kLf = 0x0A;

bool isPrinterMono(const QImage& image)
{
    return image.format() == QImage::Format_Mono && image.colorCount() == 2 && image.color(0) == qRgb(255, 255, 255)
        && image.color(1) == qRgb(0, 0, 0);
}

} // namespace

QByteArray EscPosRaster::encode(const QImage& picture)
{
    const QImage image = isPrinterMono(picture) ? picture : mono::fromImage(picture);
    const int rowBytes = (image.width() + 7) / 8;
    QByteArray out = EscPosEncoder::initialise();
    out.reserve(out.size() + (image.height() / kBandRows + 1) * 8 + rowBytes * image.height() + 8);
    for (int top = 0; top < image.height(); top += kBandRows) {
        const int rows = qMin(kBandRows, image.height() - top);
        const char header[] = {static_cast<char>(kGs),
                               'v',
                               '0',
                               0,
                               static_cast<char>(rowBytes & 0xFF),
                               static_cast<char>(rowBytes >> 8),
                               static_cast<char>(rows & 0xFF),
                               static_cast<char>(rows >> 8)};
        out.append(header, sizeof header);
        for (int y = top; y < top + rows; ++y) {
            out.append(reinterpret_cast<const char*>(image.constScanLine(y)), rowBytes);
        }
    }
    out += EscPosEncoder::feedLines(4) + EscPosEncoder::partialCut();
    return out;
}

QImage EscPosRaster::decode(const QByteArray& bytes)
{
    struct Band
    {
        int rowBytes;
        int rows;
        qsizetype offset;
    };
    QList<Band> bands;
    const auto at = [&bytes](qsizetype i) { return static_cast<uchar>(bytes.at(i)); };
    qsizetype i = 0;
    while (i < bytes.size()) {
        const uchar b = at(i);
        const qsizetype left = bytes.size() - i;
        if (b == kLf) {
            i += 1;
        } else if (b == kEsc && left >= 2 && at(i + 1) == '@') {
            i += 2;
        } else if (b == kEsc && left >= 3 && std::strchr("!adtRE", at(i + 1)) && at(i + 1) != 0) {
            i += 3; // print mode, alignment, feed n lines, code page, character set, emphasis
        } else if (b == kGs && left >= 3 && at(i + 1) == 'V') {
            i += (at(i + 2) == 65 || at(i + 2) == 66) ? 4 : 3; // cut (function B carries a feed amount)
        } else if (b == kGs && left >= 8 && at(i + 1) == 'v' && at(i + 2) == '0') {
            const int rowBytes = at(i + 4) | (at(i + 5) << 8);
            const int rows = at(i + 6) | (at(i + 7) << 8);
            if (left < 8 + qsizetype(rowBytes) * rows || (!bands.isEmpty() && bands.first().rowBytes != rowBytes)) {
                return {};
            }
            bands.append({rowBytes, rows, i + 8});
            i += 8 + qsizetype(rowBytes) * rows;
        } else {
            return {};
        }
    }
    if (bands.isEmpty()) {
        return {};
    }
    int height = 0;
    for (const Band& band : bands) {
        height += band.rows;
    }
    QImage image = mono::blank(bands.first().rowBytes * 8, height);
    int y = 0;
    for (const Band& band : bands) {
        for (int r = 0; r < band.rows; ++r, ++y) {
            std::memcpy(image.scanLine(y), bytes.constData() + band.offset + qsizetype(r) * band.rowBytes,
                        static_cast<size_t>(band.rowBytes));
        }
    }
    return image;
}

} // namespace saathi::print
