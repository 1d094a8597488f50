// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "KeyboardCheck.h"

#include "ScreenText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QShortcut>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

#include <algorithm>

namespace saathi::test {

namespace {

QChar letterOf(const QString& text)
{
    QString plain;
    const qsizetype at = mnemonicPosition(text, &plain);
    return at >= 0 && at < plain.size() ? plain.at(at).toUpper() : QChar();
}

QChar altLetter(const QKeySequence& sequence)
{
    if (sequence.count() != 1) {
        return {};
    }
    const QKeyCombination combo = sequence[0];
    const int key = int(combo.key());
    if (combo.keyboardModifiers() != Qt::AltModifier || key < Qt::Key_A || key > Qt::Key_Z) {
        return {};
    }
    return QChar(QLatin1Char(char('A' + (key - Qt::Key_A))));
}

// A widget that belongs to a composite (a combo box's line edit, a spin box's editor) stands for its composite.
QWidget* composite(QWidget* w)
{
    for (QWidget* p = w ? w->parentWidget() : nullptr; p; p = p->parentWidget()) {
        if (qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p)) {
            return p;
        }
    }
    return w;
}

bool isReadOnlyText(const QWidget* w)
{
    if (const auto* edit = qobject_cast<const QPlainTextEdit*>(w)) {
        return edit->isReadOnly();
    }
    if (const auto* edit = qobject_cast<const QTextEdit*>(w)) {
        return edit->isReadOnly();
    }
    return false;
}

bool isInputField(QWidget* w)
{
    if (composite(w) != w) {
        return false;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(w)) {
        return !edit->isReadOnly();
    }
    return qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w)
        || ((qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w)) && !isReadOnlyText(w));
}

QList<QWidget*> visibleWidgets(QWidget* root)
{
    QList<QWidget*> out;
    if (!root->isVisible()) {
        return out;
    }
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->isVisible() && w->window() == root->window()) {
            out << w;
        }
    }
    return out;
}

} // namespace

QString describe(const QWidget* w)
{
    if (!w) {
        return QStringLiteral("nothing");
    }
    return QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
}

QList<Mnemonic> mnemonics(const QList<QWidget*>& roots)
{
    QList<Mnemonic> out;
    const auto add = [&out](const QString& text, QWidget* w) {
        const QChar letter = letterOf(text);
        if (!letter.isNull()) {
            out << Mnemonic {letter, text, describe(w)};
        }
    };
    for (QWidget* root : roots) {
        for (QWidget* w : visibleWidgets(root)) {
            if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                add(button->text(), w);
            } else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy()) {
                add(label->text(), w);
            } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
                add(box->title(), w);
            } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->isTabVisible(i)) {
                        add(tabs->tabText(i), w);
                    }
                }
            }
        }
        // Window-level Alt shortcuts that are live while this root shows.
        for (QShortcut* s : root->findChildren<QShortcut*>()) {
            const QChar letter = altLetter(s->key());
            auto* owner = qobject_cast<QWidget*>(s->parent());
            if (!letter.isNull() && s->isEnabled() && owner && owner->isVisible()) {
                out << Mnemonic {letter, s->key().toString(), describe(owner)};
            }
        }
        for (QAction* a : root->findChildren<QAction*>()) {
            const QChar letter = altLetter(a->shortcut());
            if (!letter.isNull() && a->isEnabled() && a->isVisible()) {
                out << Mnemonic {letter, a->text(), QStringLiteral("action ") + a->objectName()};
            }
        }
    }
    return out;
}

QStringList duplicateMnemonics(const QString& page, const QList<QWidget*>& roots)
{
    QStringList out;
    const QList<Mnemonic> all = mnemonics(roots);
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (qsizetype j = i + 1; j < all.size(); ++j) {
            if (all[i].letter == all[j].letter) {
                out << QStringLiteral("%1: Alt+%2 on “%3” (%4) and “%5” (%6)")
                           .arg(page, all[i].letter, all[i].text, all[i].where, all[j].text, all[j].where);
            }
        }
    }
    return out;
}

QStringList unlabelledFields(const QString& page, const QList<QWidget*>& roots)
{
    QStringList out;
    for (QWidget* root : roots) {
        const QList<QWidget*> widgets = visibleWidgets(root);
        for (QWidget* field : widgets) {
            if (!isInputField(field) || !field->isEnabled()) {
                continue;
            }
            const bool labelled = std::any_of(widgets.begin(), widgets.end(), [field](QWidget* w) {
                auto* label = qobject_cast<QLabel*>(w);
                if (!label || !label->buddy() || letterOf(label->text()).isNull()) {
                    return false;
                }
                // The buddy, or a widget whose focus goes to the field (the bank picker's search box).
                for (QWidget* b = label->buddy(); b; b = b->focusProxy()) {
                    if (b == field) {
                        return true;
                    }
                }
                return false;
            });
            // A group box's Alt+letter focuses its first field.
            const bool firstInGroup = std::any_of(widgets.begin(), widgets.end(), [field](QWidget* w) {
                auto* box = qobject_cast<QGroupBox*>(w);
                if (!box || letterOf(box->title()).isNull() || !box->isAncestorOf(field)) {
                    return false;
                }
                for (QWidget* c = box->nextInFocusChain(); c != box; c = c->nextInFocusChain()) {
                    if (box->isAncestorOf(c) && c->isVisible() && c->isEnabled() && (c->focusPolicy() & Qt::TabFocus)) {
                        return composite(c) == field;
                    }
                }
                return false;
            });
            if (firstInGroup) {
                continue;
            }
            if (!labelled) {
                out << QStringLiteral("%1: %2 has no label with a buddy and a mnemonic").arg(page, describe(field));
            }
        }
    }
    return out;
}

QList<QWidget*> expectedTabChain(QWidget* page)
{
    QWidget* window = page->window();
    QList<QWidget*> chain;
    for (QWidget* w : visibleWidgets(window)) {
        if (!w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || composite(w) != w
            || qobject_cast<QLabel*>(w) || isReadOnlyText(w)) {
            continue;
        }
        // Tab enters a group of exclusive radio buttons at its checked one; the arrows move within it.
        if (auto* radio = qobject_cast<QRadioButton*>(w); radio && radio->autoExclusive() && !radio->isChecked()) {
            const auto siblings = radio->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly);
            if (std::any_of(siblings.begin(), siblings.end(), [](QRadioButton* r) { return r->isChecked(); })) {
                continue;
            }
        }
        chain << w;
    }
    // Reading order, level by level: of two widgets, compare the two siblings under their nearest common ancestor
    // that hold them. Siblings side by side (they overlap by half the taller's height) go left to right, else top to
    // bottom; so a two-column page reads its left column first, and a form reads label row by row.
    const auto before = [window](QWidget* a, QWidget* b) {
        QWidget* ca = a;
        QWidget* cb = b;
        for (QWidget* p = a->parentWidget(); p; p = p->parentWidget()) {
            if (p == b || p->isAncestorOf(b)) {
                while (cb->parentWidget() != p && cb != p) {
                    cb = cb->parentWidget();
                }
                break;
            }
            ca = p;
        }
        if (ca == cb || ca == b || cb == a) {
            return false;
        }
        const QRect ra(ca->mapTo(window, QPoint(0, 0)), ca->size());
        const QRect rb(cb->mapTo(window, QPoint(0, 0)), cb->size());
        const int overlap = qMin(ra.bottom(), rb.bottom()) - qMax(ra.top(), rb.top());
        // Half of the taller one: a slim widget squeezed onto the bottom edge of a row of buttons (a small window) is
        // still on the next line.
        if (overlap * 2 >= qMax(ra.height(), rb.height())) {
            return ra.left() < rb.left();
        }
        return ra.top() < rb.top();
    };
    // Insertion sort: it needs no strict weak order from the comparison above.
    for (qsizetype i = 1; i < chain.size(); ++i) {
        for (qsizetype j = i; j > 0 && before(chain[j], chain[j - 1]); --j) {
            chain.swapItemsAt(j, j - 1);
        }
    }
    return chain;
}

QStringList tabChainProblems(const QString& pageName, QWidget* page)
{
    QList<QWidget*> chain = expectedTabChain(page);
    // The page's first widget in the window's chain (the header's buttons come before it and after its last).
    const auto start = std::find_if(chain.begin(), chain.end(), [page](QWidget* w) { return page->isAncestorOf(w); });
    if (start == chain.end()) {
        return {};
    }
    qsizetype first = start - chain.begin();
    if (!page->window()->isActiveWindow()) { // a window shown again (kiosk) may not be active yet
        QApplication::setActiveWindow(page->window());
    }
    QWidget* previousFocus = QApplication::focusWidget();
    chain.at(first)->setFocus(Qt::TabFocusReason);
    QStringList names;
    for (QWidget* w : chain) {
        names << describe(w);
    }
    QStringList out;
    for (qsizetype step = 1; step <= chain.size(); ++step) {
        QWidget* from = composite(QApplication::focusWidget());
        QWidget* target
            = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::focusWidget();
        if (!target) {
            out << QStringLiteral("%1: the focus was lost").arg(pageName);
            break;
        }
        QTest::keyClick(target, Qt::Key_Tab);
        QWidget* now = composite(QApplication::focusWidget());
        // A date edit's Tab moves through its day, month and year first.
        for (int section = 0; now == from && qobject_cast<QAbstractSpinBox*>(now) && section < 4; ++section) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            now = composite(QApplication::focusWidget());
        }
        QWidget* expected = chain.at((first + step) % chain.size());
        if (now != expected && !chain.contains(now)) {
            // Enabled on the way (History's Reprint once Tab has chosen a row): the chain as it is now.
            chain = expectedTabChain(page);
            const qsizetype at = chain.indexOf(from);
            if (at >= 0 && chain.at((at + 1) % chain.size()) == now) {
                first = (at + 1 - step + chain.size() * 4) % chain.size();
                expected = now;
            }
        }
        if (now != expected) {
            out << QStringLiteral("%1: after %2, Tab went to %3, expected %4 (reading order: %5)")
                       .arg(pageName, describe(from), describe(now), describe(expected),
                            names.join(QStringLiteral(", ")));
            break;
        }
    }
    if (previousFocus) {
        previousFocus->setFocus();
    }
    return out;
}

} // namespace saathi::test
