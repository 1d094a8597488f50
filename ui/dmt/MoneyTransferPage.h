// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/counter/CounterServices.h"
#include "core/dmt/DmtService.h"

#include <QSet>
#include <QWidget>

class QStackedWidget;

namespace saathi::dmt {
class DmtCustomerFlow;
class RecipientBook;
} // namespace saathi::dmt

namespace saathi::ui {

class DmtCustomerStep;
class DmtRecipientsStep;
class DmtRefundStep;
class DmtResultStep;
class DmtTransferStep;
class HintLine;

// Domestic money transfer, the page the Home tile "Money Transfer" opens: a stack of steps, each its own class —
// the customer (look up / register / OTP; DMT-Fino: the sender eKYC), the recipients (list, add, delete), the
// transfer (amount, channel, the plan confirmed once, per-part progress and the DMT-Fino OTP per part), the result
// with the receipt, and the refund of a part in refund_pending. DmtService::rail() decides which rail's steps
// appear. No dialogs, every message inline, keyboard-first (Tab, Enter continues, Esc goes back).
//
// Each step is a screen over one core object the page makes: dmt::DmtCustomerFlow, dmt::RecipientBook (with the
// counter's bank directory), dmt::DmtTransferFlow per confirmed plan, dmt::DmtRefundFlow.
//
// Wiring (app/ or MainWindow): construct with the counter's services and a DmtService for the environment's rail
// (EndpointCatalogue::dmtRail), add it to the main page stack, connect backRequested() to going home and
// transactionFinished() to whatever refreshes the home badge or history.
class MoneyTransferPage : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Customer, Recipients, Transfer, Result, Refund };

    MoneyTransferPage(CounterServices& services, dmt::DmtService& dmt, QWidget* parent = nullptr);
    ~MoneyTransferPage() override;

    // A new customer: every step cleared, back to the mobile field.
    void reset();
    Step step() const;
    dmt::Rail rail() const { return m_dmt.rail(); }

    DmtCustomerStep& customerStep() { return *m_customer; }
    DmtRecipientsStep& recipientsStep() { return *m_recipients; }
    DmtTransferStep& transferStep() { return *m_transfer; }
    DmtResultStep& resultStep() { return *m_result; }
    DmtRefundStep& refundStep() { return *m_refund; }

Q_SIGNALS:
    void backRequested();
    // A plan ended (its first part's client_ref_id) or a refund was made (the refund's client_ref_id).
    void transactionFinished(const QString& clientRefId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void go(Step step);
    void goHome();

    CounterServices& m_services;
    dmt::DmtService& m_dmt;
    dmt::DmtCustomerFlow* m_customerFlow = nullptr;
    dmt::RecipientBook* m_recipientBook = nullptr;
    dmt::Customer m_currentCustomer;
    dmt::Recipient m_currentRecipient;
    QSet<QString> m_counted; // parts already taken off the customer's remaining monthly limit
    QStackedWidget* m_stack = nullptr;
    DmtCustomerStep* m_customer = nullptr;
    DmtRecipientsStep* m_recipients = nullptr;
    DmtTransferStep* m_transfer = nullptr;
    DmtResultStep* m_result = nullptr;
    DmtRefundStep* m_refund = nullptr;
    HintLine* m_hint = nullptr;
};

} // namespace saathi::ui
