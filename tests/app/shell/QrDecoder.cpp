// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "QrDecoder.h"

#include <cstring>
#include <memory>
#include <zbar.h>

namespace saathi::test {

QStringList decodeQrCodes(const QImage& image)
{
    // zbar wants 8-bit grey ("Y800") rows without padding; a white margin helps it find the finder patterns.
    QImage grey(image.width() + 40, image.height() + 40, QImage::Format_Grayscale8);
    grey.fill(255);
    const QImage source = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < source.height(); ++y) {
        std::memcpy(grey.scanLine(y + 20) + 20, source.constScanLine(y), size_t(source.width()));
    }
    QByteArray pixels;
    pixels.reserve(qsizetype(grey.width()) * grey.height());
    for (int y = 0; y < grey.height(); ++y) {
        pixels.append(reinterpret_cast<const char*>(grey.constScanLine(y)), grey.width());
    }
    std::unique_ptr<zbar::zbar_image_scanner_t, void (*)(zbar::zbar_image_scanner_t*)> scanner(
        zbar::zbar_image_scanner_create(), zbar::zbar_image_scanner_destroy);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    std::unique_ptr<zbar::zbar_image_t, void (*)(zbar::zbar_image_t*)> zimage(zbar::zbar_image_create(),
                                                                              zbar::zbar_image_destroy);
    zbar::zbar_image_set_format(zimage.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(zimage.get(), unsigned(grey.width()), unsigned(grey.height()));
    zbar::zbar_image_set_data(zimage.get(), pixels.constData(), unsigned(pixels.size()), nullptr);
    QStringList found;
    if (zbar::zbar_scan_image(scanner.get(), zimage.get()) <= 0) {
        return found;
    }
    for (const zbar::zbar_symbol_t* s = zbar::zbar_image_first_symbol(zimage.get()); s; s = zbar::zbar_symbol_next(s)) {
        found << QString::fromUtf8(zbar::zbar_symbol_get_data(s), int(zbar::zbar_symbol_get_data_length(s)));
    }
    return found;
}

} // namespace saathi::test
