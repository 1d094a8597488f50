// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/dmt/DmtTransferFlow.h"
#include "core/receipt/DmtReceipt.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace saathi::ui {

class ReceiptOutput;
class ReceiptPrintAction;
class ReceiptQrView;
class ReceiptView;

// The end of a transfer plan: success, failed or pending ("NEFT initiated — we are checking"), updated live as the
// reconciler settles a part; the DMT receipt (customer, recipient with the account masked, bank, channel, UTR/RRN,
// amounts, fees, client_ref_id, TID) with Print and Save PDF; a part in refund_pending offers "Refund to customer".
class DmtResultStep : public QWidget
{
    Q_OBJECT
public:
    explicit DmtResultStep(CounterServices& services, QWidget* parent = nullptr);

    void showResult(dmt::DmtTransferFlow* flow);
    const receipt::DmtReceipt& receipt() const { return m_receipt; }
    const QList<receipt::DmtReceipt::Part>& parts() const { return m_parts; }
    // The first part's client_ref_id: the plan's handle in the journal (its parts point at it).
    QString clientRefId() const;
    // Print goes to the printer chosen in Settings (without one: the system print dialog).
    void setReceiptOutput(ReceiptOutput* output);

Q_SIGNALS:
    void refundRequested(const saathi::journal::TransactionRecord& transfer);
    // Halted on an unknown part that has since been found sent: the remaining parts go on (the transfer step).
    void resumed();
    void anotherTransferRequested();
    void newCustomerRequested();
    void homeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onRowChanged(const journal::TransactionRecord& record);
    void render();
    void retranslate();
    int refundablePart() const;

    CounterServices& m_services;
    QPointer<dmt::DmtTransferFlow> m_flow;
    dmt::Customer m_customer;
    dmt::Recipient m_recipient;
    QList<receipt::DmtReceipt::Part> m_parts;
    Error m_error;
    int m_planned = 0;
    receipt::DmtReceipt m_receipt;

    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_action = nullptr;
    ReceiptView* m_receiptView = nullptr;
    ReceiptQrView* m_qr = nullptr;
    ReceiptPrintAction* m_print = nullptr;
    QPushButton* m_refundButton = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_anotherButton = nullptr;
    QPushButton* m_newCustomerButton = nullptr;
    QPushButton* m_homeButton = nullptr;
};

} // namespace saathi::ui
