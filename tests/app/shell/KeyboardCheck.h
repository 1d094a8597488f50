// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

// The keyboard rules of issue #17, checked on whatever a page shows at the moment (the walks call these in each
// state): every Alt+letter is unique on the page, every input field has a label with a buddy and a mnemonic, and
// Tab visits the page's inputs and buttons in reading order, each once, and comes back to the first.
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace saathi::test {

struct Mnemonic
{
    QChar letter; // upper case
    QString text; // the text that carries it, as shown
    QString where; // "objectName (class)"
};

// Every live Alt+letter under the visible `roots`: buttons, labels with a buddy, group-box titles, tab-bar tabs,
// and window-level Alt shortcuts (QShortcut, QAction).
QList<Mnemonic> mnemonics(const QList<QWidget*>& roots);
// "page: Alt+X on “text1” (where1) and “text2” (where2)" for each letter used twice.
QStringList duplicateMnemonics(const QString& page, const QList<QWidget*>& roots);
// "page: field where has no label with a buddy and a mnemonic" for each visible, enabled input without one.
QStringList unlabelledFields(const QString& page, const QList<QWidget*>& roots);

// The widgets Tab should visit on `page`, in reading order (top to bottom, then left to right in a row, by geometry
// mapped to the page): visible, enabled, tab-focusable inputs and buttons (focus proxies resolved; no labels, no
// read-only text).
QList<QWidget*> expectedTabChain(QWidget* page);
// Presses Tab on the focus widget from the first expected widget until the focus comes back (or twice the chain's
// length), and reports every step off the expected chain: "page: after A, Tab went to B, expected C".
QStringList tabChainProblems(const QString& pageName, QWidget* page);

QString describe(const QWidget* w);

} // namespace saathi::test
