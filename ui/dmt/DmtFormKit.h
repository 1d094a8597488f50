// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "util/Error.h"
#include "util/Money.h"

#include <QString>

#include <functional>

class QLabel;
class QLayout;
class QWidget;

namespace saathi::receipt {
class DmtReceipt;
}

namespace saathi::ui {

// The small pieces every money-transfer step shares, so the steps look like the AePS screens: large fonts, a red
// message under the field that caused it, a bold title, rupees from paise, Print / Save PDF of the DMT receipt.
class DmtFormKit
{
public:
    // At least 14 pt, as the AePS form.
    static void enlarge(QWidget* widget);
    // A hidden, word-wrapped red label under a field (objectName `<field>ErrorLabel`).
    static QLabel* errorLabel(QWidget* parent, const QString& objectName);
    static QLabel* titleLabel(QWidget* parent, const QString& objectName);
    static QLabel* textLabel(QWidget* parent, const QString& objectName);
    // The field with its error label under it.
    static QLayout* fieldBox(QWidget* field, QLabel* error);
    static void showMessage(QLabel* label, const QString& message);
    static void clearMessage(QLabel* label);
    // "₹12,000.00" (display; the amounts themselves stay in paise).
    static QString rupees(Paise amount);
    // Print / Save PDF through ui/receipt (ReceiptPrinter's hook, FileChooser): the text to show inline.
    // Printing and PDF writing run on a worker (ReceiptPrinter); `shown` gets the line to show when they end.
    using Shown = std::function<void(const QString& text)>;
    static void printReceipt(const receipt::DmtReceipt& receipt, QWidget* parent, const Shown& shown);
    static void saveReceiptPdf(const receipt::DmtReceipt& receipt, const QString& reference, QWidget* parent,
                               const Shown& shown);
};

} // namespace saathi::ui
