// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QImage>
#include <QString>

namespace saathi::print {

// A QR code (libqrencode, error correction level M, 8-bit mode) with the standard 4-module quiet zone, each module
// `moduleDots` × `moduleDots` pixels, black on white, as a MonoImage (Format_Mono, index 1 = black). A null image
// when the payload does not fit a QR code (over ~2,300 bytes at level M).
class QrCode
{
public:
    static QImage image(const QString& payload, int moduleDots);
    static constexpr int kQuietZone = 4; // modules of white on every side
};

} // namespace saathi::print
