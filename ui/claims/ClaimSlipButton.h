// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/journal/TransactionRecord.h"

#include <QPointer>
#include <QPushButton>

namespace saathi {
struct CounterServices;
}

namespace saathi::ui {

class ClaimSlipDialog;
class ReceiptOutput;

// History's "Claim slip…" (issue #19): on for a row whose customer may have been debited (a withdrawal, Aadhaar Pay
// or transfer failed, pending or unknown: the turnaround rules say which), it opens the claim slip dialog for it.
class ClaimSlipButton : public QPushButton
{
    Q_OBJECT
public:
    explicit ClaimSlipButton(CounterServices& services, QWidget* parent = nullptr);

    // The selected row; the button turns on when a turnaround rule covers it.
    void setRow(const journal::TransactionRecord& row);
    void setReceiptOutput(ReceiptOutput* output) { m_output = output; }
    ClaimSlipDialog* dialog() const; // the open dialog, or null

protected:
    void changeEvent(QEvent* event) override;

private:
    void open();

    CounterServices& m_services;
    journal::TransactionRecord m_row;
    ReceiptOutput* m_output = nullptr;
    QPointer<ClaimSlipDialog> m_dialog;
};

} // namespace saathi::ui
