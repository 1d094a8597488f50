// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// What a person can read on screen, for the Hindi walk: the visible text of every visible widget under a root
// (labels, buttons, placeholders, tooltips, window and wizard titles, combo-box items, group-box titles, tab texts,
// list/table/tree items and header sections, plain and rich text edits, receipts included), and the Latin words
// in it that are not on the allow-list.
#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace saathi::test {

struct ScreenText
{
    QString where; // "objectName (class)" of the widget that shows it
    QString text;
};

QList<ScreenText> visibleTexts(QWidget* root);

// The Latin words of `text` that a Hindi screen must not show: everything but the allow-list, words with digits
// (masked numbers, references, IFSC codes), masked digits (XXXX), an e-mail address, a mnemonic's "(&X)", and
// Eko's own words: quoted on a line that names Eko (`Eko: “…”`).
QStringList latinWords(const QString& text, const QSet<QString>& allowed);

// A mnemonic is where Alt+letter goes: never inside a Devanagari cluster (the `&` on a grapheme boundary of the
// text without it, not before a combining mark). Returns "where: text" for each visible button, check box, radio
// button, label with a buddy and group box that breaks it.
QStringList splitMnemonics(QWidget* root);
// Where the `&` of `text` sits in the text without it (-1: none; "&&" is a literal ampersand).
qsizetype mnemonicPosition(const QString& text, QString* plain);
// True when that mnemonic sits on a grapheme boundary and not before a combining mark.
bool mnemonicOnBoundary(const QString& text);

// The allow-list every screen shares: the product's and Eko's names, the scheme and field acronyms.
QSet<QString> sharedAllowList();

} // namespace saathi::test
