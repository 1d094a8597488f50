// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace saathi::receipt {

// Text for a thermal printer's code page: printable ASCII only (0x20–0x7E). Thermal printers have neither the
// rupee sign nor Devanagari in their code pages, so "₹" becomes "Rs.", typographic dashes and quotes become their
// ASCII cousins, Devanagari is transliterated to Latin letters (a simple Hunterian-style scheme, enough for a shop
// or customer name to stay readable), accents are dropped, and whatever is left that is not ASCII is dropped.
// Tabs and line breaks become spaces and every other control character is removed, so no byte of user text can
// ever reach the printer as a command (ESC, GS, DLE …): the only control bytes on the wire are the encoder's own.
class AsciiTransliterator
{
public:
    static QByteArray toAscii(const QString& text);

    // True when every byte is printable ASCII (what toAscii() guarantees).
    static bool isPrintableAscii(const QByteArray& bytes);

private:
    static QString devanagariToLatin(const QString& text);
};

} // namespace saathi::receipt
