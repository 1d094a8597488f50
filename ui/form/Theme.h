// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;
class QWidget;

namespace saathi::ui {

// The counter's colours by meaning, in one place: a screen says "this line is an error", never "#b91c1c". Every
// state is also said in words, so colour is never the only signal.
enum class Tone {
    Normal,
    Error, // a field's message, a failure
    Success,
    Pending, // waiting for the bank, in doubt
    Notice, // the yellow band of a warning that needs no action now
    Training, // the training banner
    Alert, // the red badge of something that needs the agent
    Locked, // the dark screen of a locked counter
    LockedError, // a wrong PIN on that dark screen
};

// What a widget is to the style sheet (resources/theme/saathi.qss): the page's main action, a home tile.
enum class Role {
    Plain,
    Primary,
    Tile,
};

// The in-house icons (resources/icons/actions/*.svg: 24-px grid, 2-px strokes, paths only), loaded as SVG so
// they stay crisp at any scale.
enum class Icon {
    CashWithdrawal,
    BalanceEnquiry,
    MiniStatement,
    AadhaarPay,
    MoneyTransfer,
    History,
    Fingerprint,
    Submit,
    Print,
    Reprint,
    CheckAgain,
    Settings,
    Back,
    Retry,
    SavePdf,
    Lock,
    Cancel,
    Customer,
    Agent,
};

class Theme
{
public:
    // The counter's one look for the whole application, applied once at start-up: the Fusion style, a base font
    // readable at arm's length, the palette and the style sheet. Idempotent.
    static void applyTo(QApplication& app);
    // The base font size the theme sets (points).
    static constexpr qreal kBasePointSize = 11;
    // The style sheet itself (from the Qt resource).
    static QString styleSheet();

    static QColor foreground(Tone tone);
    static QColor background(Tone tone); // invalid where the tone has no band of its own
    // A style sheet for a label in that tone: text colour, and the band where the tone has one.
    static QString labelStyle(Tone tone);
    static void setTone(QWidget* widget, Tone tone);
    // Marks `widget` for the style sheet's rules of that role (and polishes it again).
    static void setRole(QWidget* widget, Role role);
    // Sets a style-sheet property (e.g. a tile's accent) and polishes the widget again so the rules follow.
    static void setStyleProperty(QWidget* widget, const char* name, const QString& value);
    static QIcon icon(Icon which);
    static QString iconPath(Icon which);
};

} // namespace saathi::ui
