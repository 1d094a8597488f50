// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace saathi::receipt {
class Receipt;
class DmtReceipt;
} // namespace saathi::receipt

namespace saathi::ui {

// Print and Save PDF of a receipt from any result page: the work runs on ReceiptPrinter's worker, the file name
// comes from FileChooser (a test can answer it), and `shown` receives the line to show, as a function so the page
// can say it again after a language switch.
class ReceiptActions
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptActions)

public:
    using Message = std::function<QString()>;
    using Shown = std::function<void(const Message& message)>;

    static void print(const receipt::Receipt& receipt, QWidget* parent, const Shown& shown);
    static void print(const receipt::DmtReceipt& receipt, QWidget* parent, const Shown& shown);
    // False when the agent cancelled the file dialog (nothing was started, `shown` is not called).
    static bool savePdf(const receipt::Receipt& receipt, const QString& reference, QWidget* parent, const Shown& shown);
    static bool savePdf(const receipt::DmtReceipt& receipt, const QString& reference, QWidget* parent,
                        const Shown& shown);
};

} // namespace saathi::ui
