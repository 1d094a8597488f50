// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>
#include <QStringList>

namespace saathi::receipt {

// The block at the top of every receipt (AePS and DMT): the shop's name and address word-wrapped and centred, the
// title centred, "TRAINING — NOT A REAL TRANSACTION" in training, "DUPLICATE" on a reprint, then a rule; every line
// at most `width` wide.
QStringList receiptHeader(const QString& shopName, const QString& shopAddress, const QString& title, bool training,
                          bool duplicate, int width);
// The reprint marker (translated: "प्रतिलिपि").
QString duplicateMark();
// `text` centred on `width` characters (left-padded only).
QString centred(const QString& text, int width);

} // namespace saathi::receipt
