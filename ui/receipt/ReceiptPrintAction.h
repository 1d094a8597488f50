// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/JournalReceipts.h"
#include "ui/receipt/ReceiptOutput.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QPushButton;
class QWidget;

namespace saathi::ui {

// The Print button of a screen that shows a receipt, the same on every screen: a press sends the receipt the
// screen shows now to ReceiptOutput (the printer chosen in Settings) and says "Printing…"; the button waits until
// the printer has answered (one receipt at a time from one screen); a failure says why and the button becomes
// "Print again". Without a ReceiptOutput (a screen tested on its own) it prints through the system print dialog.
class ReceiptPrintAction : public QObject
{
    Q_OBJECT
public:
    using Source = std::function<receipt::AnyReceipt()>;
    using Shown = std::function<void(const ReceiptOutput::Message& message)>;

    // `button` and `page` outlive this (it is a child of `page`).
    ReceiptPrintAction(QPushButton* button, QWidget* page, Source source, Shown shown);

    void setOutput(ReceiptOutput* output) { m_output = output; }
    ReceiptOutput* output() const { return m_output; }
    // A new receipt on the screen: the button says "Print" again.
    void reset();
    // The button's text in the current language (the page calls this from its retranslate()).
    void retranslate();
    void trigger();
    bool isPrinting() const { return m_printing; }

private:
    void finish(const ReceiptOutput::Outcome& outcome);

    QPushButton* m_button;
    QWidget* m_page;
    Source m_source;
    Shown m_shown;
    QPointer<ReceiptOutput> m_output;
    bool m_printing = false;
    bool m_failed = false;
    int m_generation = 0; // an answer for a receipt the screen no longer shows only re-enables the button
};

} // namespace saathi::ui
