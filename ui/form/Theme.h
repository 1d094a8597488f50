// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QColor>
#include <QString>

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

class Theme
{
public:
    static QColor foreground(Tone tone);
    static QColor background(Tone tone); // invalid where the tone has no band of its own
    // A style sheet for a label in that tone: text colour, and the band where the tone has one.
    static QString labelStyle(Tone tone);
    static void setTone(QWidget* widget, Tone tone);
};

} // namespace saathi::ui
