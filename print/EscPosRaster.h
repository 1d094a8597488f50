// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QImage>

namespace saathi::print {

// A picture as the byte stream an ESC/POS thermal printer prints (pure: no I/O):
//   ESC @                               initialise
//   GS v 0 m xL xH yL yH d1…dk          "print raster bit image", m = 0 (normal size); x = bytes per row
//                                       (ceil(width / 8)), y = rows; each row's bytes MSB first, 1 = black dot
//   …one GS v 0 per band of at most kBandRows rows…
//   ESC d 4, GS V 1                     feed past the cutter, partial cut
// Bands, not one command: many cheap 58 mm printers buffer a whole GS v 0 before printing it and have a few KB of
// buffer (a 58 mm receipt is ~100 KB), and some firmware ignores yH; 255 rows × 72 bytes stays under 20 KB.
class EscPosRaster
{
public:
    static QByteArray encode(const QImage& image);
    // Parses a printer byte stream back into the picture: the GS v 0 bands stacked top to bottom. Skips
    // initialise, alignment, print mode, code page, feed, cut and LF; a null image if the stream holds anything
    // else, a truncated band, or bands of different widths.
    static QImage decode(const QByteArray& bytes);

    static constexpr int kBandRows = 255;
};

} // namespace saathi::print
