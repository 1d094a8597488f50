// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/receipt/DmtReceipt.h"
#include "core/receipt/Receipt.h"

#include <QPlainTextEdit>

namespace saathi::ui {

// The receipt on screen, as it will print: read-only monospace lines.
class ReceiptView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReceiptView(QWidget* parent = nullptr);
    void setReceipt(const receipt::Receipt& receipt);
    // A money-transfer (or refund) receipt, shown the same way.
    void setDmtReceipt(const receipt::DmtReceipt& receipt);
    const receipt::Receipt& receipt() const { return m_receipt; }

protected:
    void changeEvent(QEvent* event) override;

private:
    receipt::Receipt m_receipt;
};

} // namespace saathi::ui
