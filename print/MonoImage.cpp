// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "print/MonoImage.h"

#include <QColor>

namespace saathi::print::mono {

QImage blank(int width, int height)
{
    QImage image(qMax(1, width), qMax(1, height), QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    return image;
}

QImage fromImage(const QImage& image, int threshold)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QImage out = blank(grey.width(), grey.height());
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* in = grey.constScanLine(y);
        uchar* row = out.scanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (in[x] < threshold) {
                row[x >> 3] |= static_cast<uchar>(0x80 >> (x & 7));
            }
        }
    }
    return out;
}

qint64 inkDots(const QImage& image)
{
    const QImage m
        = image.format() == QImage::Format_Mono && image.color(1) == qRgb(0, 0, 0) ? image : fromImage(image);
    qint64 dots = 0;
    for (int y = 0; y < m.height(); ++y) {
        for (int x = 0; x < m.width(); ++x) {
            dots += m.pixelIndex(x, y);
        }
    }
    return dots;
}

} // namespace saathi::print::mono
