// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "print/QrCode.h"

#include "print/MonoImage.h"

#include <qrencode.h>

#include <memory>

namespace saathi::print {

QImage QrCode::image(const QString& payload, int moduleDots)
{
    const QByteArray bytes = payload.toUtf8();
    // QRcode_encodeData, not encodeString: the payload is taken as 8-bit bytes (UTF-8), never re-read as Kanji.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(bytes.size()), reinterpret_cast<const unsigned char*>(bytes.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code || moduleDots < 1) {
        return {};
    }
    const int modules = code->width;
    const int side = (modules + 2 * kQuietZone) * moduleDots;
    QImage out = mono::blank(side, side);
    for (int my = 0; my < modules; ++my) {
        for (int mx = 0; mx < modules; ++mx) {
            if ((code->data[my * modules + mx] & 1) == 0) {
                continue; // bit 0 of each module byte: 1 = black
            }
            for (int dy = 0; dy < moduleDots; ++dy) {
                uchar* row = out.scanLine((kQuietZone + my) * moduleDots + dy);
                for (int dx = 0; dx < moduleDots; ++dx) {
                    const int x = (kQuietZone + mx) * moduleDots + dx;
                    row[x >> 3] |= static_cast<uchar>(0x80 >> (x & 7));
                }
            }
        }
    }
    return out;
}

} // namespace saathi::print
