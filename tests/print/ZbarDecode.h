// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Reads the QR codes in a picture with Debian's libzbar: an independent decoder, so a test proves a phone or a
// bank's scanner can read what we print, not just that our encoder agrees with itself.
#pragma once

#include <QImage>
#include <QStringList>

namespace saathi::test {

// The text of every QR code zbar finds in `image` (any format), in the order zbar reports them.
QStringList decodeQrCodes(const QImage& image);

} // namespace saathi::test
