// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ScreenText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextBoundaryFinder>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QWizard>
#include <QWizardPage>

#include <algorithm>
#include <functional>

namespace saathi::test {

namespace {

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void addModel(QList<ScreenText>& out, const QString& where, QAbstractItemView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model) {
        return;
    }
    const auto header = [&](Qt::Orientation o, int count, bool shown) {
        for (int i = 0; shown && i < count; ++i) {
            out.append({where + QStringLiteral(" header"), model->headerData(i, o, Qt::DisplayRole).toString()});
        }
    };
    int columns = model->columnCount();
    header(Qt::Horizontal, columns, view->findChild<QHeaderView*>() && view->findChild<QHeaderView*>()->isVisible());
    // The top-level rows; a tree's children are items the agent reaches the same way.
    const std::function<void(const QModelIndex&)> rows = [&](const QModelIndex& parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                out.append({where, model->data(index, Qt::DisplayRole).toString()});
                out.append({where + QStringLiteral(" tooltip"), model->data(index, Qt::ToolTipRole).toString()});
                if (c == 0 && model->hasChildren(index)) {
                    rows(index);
                }
            }
        }
    };
    rows(QModelIndex());
}

} // namespace

QList<ScreenText> visibleTexts(QWidget* root)
{
    QList<ScreenText> out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible()) {
            continue;
        }
        const QString where
            = QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        out.append({where + QStringLiteral(" tooltip"), w->toolTip()});
        if (w->isWindow()) {
            out.append({where + QStringLiteral(" window title"), w->windowTitle()});
        }
        if (auto* label = qobject_cast<QLabel*>(w)) {
            out.append({where, plain(label->text())});
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            out.append({where, button->text()});
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            out.append({where + QStringLiteral(" placeholder"), edit->placeholderText()});
            if (edit->isReadOnly()) {
                out.append({where, edit->text()});
            }
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            out.append({where, spin->text()}); // a date edit's month name is ours, not the user's
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                out.append({where + QStringLiteral(" item"), combo->itemText(i)});
            }
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            out.append({where, group->title()});
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                out.append({where, tabs->tabText(i)});
            }
        } else if (auto* plainEdit = qobject_cast<QPlainTextEdit*>(w)) {
            out.append({where, plainEdit->toPlainText()});
            out.append({where + QStringLiteral(" placeholder"), plainEdit->placeholderText()});
        } else if (auto* textEdit = qobject_cast<QTextEdit*>(w)) {
            out.append({where, textEdit->toPlainText()});
            out.append({where + QStringLiteral(" placeholder"), textEdit->placeholderText()});
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            addModel(out, where, view);
        }
        if (auto* page = qobject_cast<QWizardPage*>(w)) {
            out.append({where + QStringLiteral(" title"), page->title()});
            out.append({where + QStringLiteral(" subtitle"), page->subTitle()});
        }
    }
    out.removeIf([](const ScreenText& t) { return t.text.trimmed().isEmpty(); });
    return out;
}

QStringList latinWords(const QString& text, const QSet<QString>& allowed)
{
    // Eko's words: quoted on a line that names Eko (`Eko: “…”`, a receipt's "Eko's reason  “…”").
    static const QRegularExpression ekoWords(QStringLiteral("Eko([^“\\n]*)“[^”]*”"));
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[A-Za-z]\\)"));
    static const QRegularExpression masked(QStringLiteral("\\bX{2,}\\b")); // XXXX XXXX 7058
    // A shortcut names its key as printed on the keycap, in every language: Ctrl+P, Alt+Shift+R.
    static const QRegularExpression shortcut(QStringLiteral("\\b(?:(?:Ctrl|Alt|Shift)\\+)+\\S"));
    static const QRegularExpression email(QStringLiteral("\\S+@\\S+\\.\\w+")); // an address is Latin by nature
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9]*"));
    QString rest = text;
    rest.replace(ekoWords, QStringLiteral("Eko\\1"));
    rest.replace(mnemonic, QString());
    rest.replace(shortcut, QString());
    rest.replace(email, QString());
    rest.replace(masked, QString());
    QStringList found;
    for (auto it = word.globalMatch(rest); it.hasNext();) {
        const QString w = it.next().captured();
        const bool hasDigit = std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
        if (!hasDigit && !allowed.contains(w)) {
            found << w;
        }
    }
    return found;
}

qsizetype mnemonicPosition(const QString& text, QString* plain)
{
    qsizetype at = -1;
    plain->clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        // "&&" is a literal ampersand, and so is one before a space ("Date & time").
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size() && !text.at(i + 1).isSpace()) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                plain->append(QLatin1Char('&'));
                ++i;
                continue;
            }
            if (at < 0) {
                at = plain->size();
            }
            continue;
        }
        plain->append(text.at(i));
    }
    return at;
}

bool mnemonicOnBoundary(const QString& text)
{
    QString plain;
    const qsizetype at = mnemonicPosition(text, &plain);
    if (at < 0) {
        return true;
    }
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, plain);
    graphemes.setPosition(at);
    const QChar next = at < plain.size() ? plain.at(at) : QChar();
    const bool combining = next.category() == QChar::Mark_NonSpacing || next.category() == QChar::Mark_SpacingCombining
        || next.category() == QChar::Mark_Enclosing;
    return graphemes.isAtBoundary() && !combining;
}

QStringList splitMnemonics(QWidget* root)
{
    QStringList bad;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible()) {
            continue;
        }
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        } else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy()) {
            text = label->text();
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            text = group->title();
        }
        if (!mnemonicOnBoundary(text)) {
            bad << QStringLiteral("%1 (%2): %3")
                       .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()), text);
        }
    }
    return bad;
}

QSet<QString> sharedAllowList()
{
    return {QStringLiteral("Saathi"), QStringLiteral("Eko"), QStringLiteral("AePS"), QStringLiteral("DMT"),
            QStringLiteral("UPI"), QStringLiteral("IFSC"), QStringLiteral("OTP"), QStringLiteral("PAN"),
            QStringLiteral("NEFT"), QStringLiteral("IMPS"), QStringLiteral("RRN"), QStringLiteral("STAN"),
            QStringLiteral("TID"), QStringLiteral("UTR"), QStringLiteral("VID"), QStringLiteral("PIN"),
            QStringLiteral("eKYC"), QStringLiteral("KYC"), QStringLiteral("UIDAI"), QStringLiteral("NPCI"),
            QStringLiteral("RD"), QStringLiteral("PDF"), QStringLiteral("CSV"),
            // Receipts print their title in capitals (AEPS) and times in Indian Standard Time, as banks' slips do.
            QStringLiteral("AEPS"), QStringLiteral("IST"),
            // Eko's name for its test environment, as its documents and support say it.
            QStringLiteral("UAT"),
            // The thermal printers' command language, as printed on the printer's box.
            QStringLiteral("ESC"), QStringLiteral("POS"),
            // The RD service's own status words (UIDAI's RD specification), as the device reports them.
            QStringLiteral("READY"), QStringLiteral("NOTREADY"), QStringLiteral("USED"),
            // Key names as printed on the keys.
            QStringLiteral("Ctrl"), QStringLiteral("Alt"), QStringLiteral("Shift"), QStringLiteral("Esc"),
            QStringLiteral("Enter"), QStringLiteral("Tab"),
            // The language list names each language in its own script (Settings).
            QStringLiteral("English")};
}

} // namespace saathi::test
