// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/dmt/DmtRefundFlow.h"
#include "core/receipt/DmtReceipt.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace saathi::ui {

class DmtOtpWidget;
class ReceiptView;

// The refund of a transfer in refund_pending: the customer reads out the OTP Eko sent them (their consent; Send
// again), the refund is journaled and sent, and the receipt says the cash was returned to the customer.
class DmtRefundStep : public QWidget
{
    Q_OBJECT
public:
    DmtRefundStep(CounterServices& services, dmt::DmtService& dmt, QWidget* parent = nullptr);

    void start(const journal::TransactionRecord& transfer);
    dmt::DmtRefundFlow* flow() const { return m_flow; }
    const receipt::DmtReceipt& receipt() const { return m_receipt; }
    bool isBusy() const;

Q_SIGNALS:
    void refundFinished(const QString& refundClientRefId);
    void doneRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onStateChanged(dmt::DmtRefundFlow::State state);
    void onFinished();

    CounterServices& m_services;
    dmt::DmtService& m_dmt;
    QPointer<dmt::DmtRefundFlow> m_flow;
    journal::TransactionRecord m_transfer;
    receipt::DmtReceipt m_receipt;

    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    DmtOtpWidget* m_otp = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_action = nullptr;
    ReceiptView* m_receiptView = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_doneButton = nullptr;
};

} // namespace saathi::ui
