// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Reads the QR codes in a picture with Debian's libzbar: an independent decoder, so a test proves a phone or a
// bank's scanner can read what we print, not just that our encoder agrees with itself.
#pragma once

#include <QImage>
#include <QStringList>

// A test that reads a QR code skips with this when the build has no libzbar.
#define SAATHI_NEED_ZBAR()                                                                                             \
    if (!saathi::test::zbarAvailable()) {                                                                              \
        QSKIP("libzbar is not installed (apt-get install libzbar-dev): the QR decoding checks need it");               \
    }

namespace saathi::test {

// Whether this test binary was built with libzbar (pkg-config zbar; scripts/quickstart.sh test installs it).
bool zbarAvailable();
// The text of every QR code zbar finds in `image` (any format), in the order zbar reports them.
QStringList decodeQrCodes(const QImage& image);

} // namespace saathi::test
