// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QImage>

namespace saathi::print {

// The one 1-bit form every receipt picture takes: QImage::Format_Mono (most significant bit first, as ESC/POS
// raster rows are) with colour index 0 = white and 1 = black, so a row's bytes are the printer's bytes.
namespace mono {

// A white width × height picture.
QImage blank(int width, int height);
// `image` in that form: a pixel darker than `threshold` (0–255 grey) becomes black.
QImage fromImage(const QImage& image, int threshold = 160);
// Black pixels (the ink a picture needs).
qint64 inkDots(const QImage& image);

} // namespace mono

} // namespace saathi::print
