// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QString>

class QLabel;
class QLayout;
class QWidget;

namespace saathi::ui {

// The pieces every form shares, so every page looks and behaves alike: large fonts, a red message under the field
// that caused it, a bold title, a label that names its field (buddy set where the field is made, never found by
// position), rupees from paise.
class FormKit
{
public:
    // The widest a form's fields grow (logical px, scaled with the screen): at 1366 px a field must not stretch
    // across the screen; the eye finds label, field and message in one column.
    static constexpr int kFormMaxWidth = 720;
    // At least 14 pt, readable at arm's length.
    static void enlarge(QWidget* widget);
    // A hidden, word-wrapped label in the error tone under a field (objectName `<field>ErrorLabel`).
    static QLabel* errorLabel(QWidget* parent, const QString& objectName);
    static QLabel* titleLabel(QWidget* parent, const QString& objectName);
    static QLabel* textLabel(QWidget* parent, const QString& objectName);
    // The label of `field`: its buddy is the field, so the label's mnemonic focuses it.
    static QLabel* fieldLabel(QWidget* field, const QString& objectName = {});
    // The field with its error label under it.
    static QLayout* fieldBox(QWidget* field, QLabel* error);
    static void showMessage(QLabel* label, const QString& message);
    static void clearMessage(QLabel* label);
    // "₹12,000.00" (display; the amounts themselves stay in paise).
    static QString rupees(Paise amount);
};

} // namespace saathi::ui
