// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ZbarDecode.h"

#include <QByteArray>

#ifdef SAATHI_HAVE_ZBAR
#include <zbar.h>
#endif

namespace saathi::test {

#ifndef SAATHI_HAVE_ZBAR
bool zbarAvailable()
{
    return false;
}

QStringList decodeQrCodes(const QImage&)
{
    return {};
}
#else
bool zbarAvailable()
{
    return true;
}

QStringList decodeQrCodes(const QImage& image)
{
    using namespace zbar; // zbar.h puts its C API in namespace zbar when compiled as C++
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels; // zbar wants Y800 rows without padding
    pixels.reserve(qsizetype(grey.width()) * grey.height());
    for (int y = 0; y < grey.height(); ++y) {
        pixels.append(reinterpret_cast<const char*>(grey.constScanLine(y)), grey.width());
    }
    zbar_image_scanner_t* scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t* z = zbar_image_create();
    zbar_image_set_format(z, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(z, static_cast<unsigned>(grey.width()), static_cast<unsigned>(grey.height()));
    zbar_image_set_data(z, pixels.constData(), static_cast<unsigned long>(pixels.size()), nullptr);
    QStringList out;
    if (zbar_scan_image(scanner, z) > 0) {
        for (const zbar_symbol_t* s = zbar_image_first_symbol(z); s; s = zbar_symbol_next(s)) {
            out << QString::fromUtf8(zbar_symbol_get_data(s), static_cast<qsizetype>(zbar_symbol_get_data_length(s)));
        }
    }
    zbar_image_destroy(z);
    zbar_image_scanner_destroy(scanner);
    return out;
}
#endif

} // namespace saathi::test
