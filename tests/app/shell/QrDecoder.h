// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QImage>
#include <QStringList>

namespace saathi::test {

// Every QR code zbar (Debian libzbar) finds in `image`, as text: what a customer's phone camera would read.
QStringList decodeQrCodes(const QImage& image);

} // namespace saathi::test
