// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/MoneyTransferPage.h"

#include "core/dmt/DmtCustomerFlow.h"
#include "core/dmt/RecipientBook.h"
#include "ui/dmt/DmtCustomerStep.h"
#include "ui/dmt/DmtRecipientsStep.h"
#include "ui/dmt/DmtRefundStep.h"
#include "ui/dmt/DmtResultStep.h"
#include "ui/dmt/DmtTransferStep.h"
#include "ui/training/HintLine.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace saathi::ui {

using journal::TxState;

MoneyTransferPage::MoneyTransferPage(CounterServices& services, dmt::DmtService& dmt, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_dmt(dmt)
{
    setObjectName(QStringLiteral("moneyTransferPage"));
    m_stack = new QStackedWidget(this);
    m_customerFlow = new dmt::DmtCustomerFlow(dmt, services.device, this);
    m_recipientBook = new dmt::RecipientBook(dmt, services.banks, this);
    m_customer = new DmtCustomerStep(*m_customerFlow, *services.clock, this);
    m_recipients = new DmtRecipientsStep(*m_recipientBook, this);
    m_transfer = new DmtTransferStep(services, dmt, this);
    m_result = new DmtResultStep(services, this);
    m_refund = new DmtRefundStep(services, dmt, this);
    for (QWidget* w : std::initializer_list<QWidget*> {m_customer, m_recipients, m_transfer, m_result, m_refund}) {
        m_stack->addWidget(w);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hint = new HintLine(services, training::Step::DmtCustomer, this); // training only; follows the step
    layout->addWidget(m_hint);
    layout->addWidget(m_stack);

    connect(m_customer, &DmtCustomerStep::backRequested, this, &MoneyTransferPage::goHome);
    connect(m_customer, &DmtCustomerStep::customerReady, this, [this](const dmt::Customer& customer) {
        m_currentCustomer = customer;
        m_recipients->setCustomer(customer);
        go(Step::Recipients);
    });
    connect(m_recipients, &DmtRecipientsStep::backRequested, this, [this]() { go(Step::Customer); });
    connect(m_recipients, &DmtRecipientsStep::recipientChosen, this, [this](const dmt::Recipient& recipient) {
        m_currentRecipient = recipient;
        m_transfer->setContext(m_currentCustomer, recipient);
        go(Step::Transfer);
    });
    connect(m_transfer, &DmtTransferStep::backRequested, this, [this]() { go(Step::Recipients); });
    connect(m_transfer, &DmtTransferStep::planFinished, this, [this](dmt::DmtTransferFlow* flow) {
        // What left the customer's monthly limit (successful and still open parts), for the next transfer.
        Paise used;
        for (const dmt::DmtTransferFlow::Part& p : flow->parts()) {
            if (p.isSent() && !m_counted.contains(p.clientRefId)
                && (p.record.state == TxState::Success || journal::isUnresolved(p.record.state))) {
                m_counted.insert(p.clientRefId); // a resumed plan finishes again: count each part once
                used = used + p.plan.amount;
            }
        }
        m_currentCustomer.remainingThisMonth = m_currentCustomer.remainingThisMonth - used;
        m_currentCustomer.usedThisMonth = m_currentCustomer.usedThisMonth + used;
        m_result->showResult(flow);
        go(Step::Result);
        Q_EMIT transactionFinished(m_result->clientRefId());
    });
    connect(m_result, &DmtResultStep::resumed, this, [this]() { go(Step::Transfer); });
    connect(m_result, &DmtResultStep::refundRequested, this, [this](const journal::TransactionRecord& transfer) {
        m_refund->start(transfer);
        go(Step::Refund);
    });
    connect(m_result, &DmtResultStep::anotherTransferRequested, this, [this]() {
        m_recipients->setCustomer(m_currentCustomer);
        go(Step::Recipients);
    });
    connect(m_result, &DmtResultStep::newCustomerRequested, this, &MoneyTransferPage::reset);
    connect(m_result, &DmtResultStep::homeRequested, this, &MoneyTransferPage::goHome);
    connect(m_refund, &DmtRefundStep::refundFinished, this, [this](const QString& ref) {
        if (!ref.isEmpty()) {
            Q_EMIT transactionFinished(ref);
        }
    });
    connect(m_refund, &DmtRefundStep::doneRequested, this, [this]() { go(Step::Result); });
}

MoneyTransferPage::~MoneyTransferPage() = default;

MoneyTransferPage::Step MoneyTransferPage::step() const
{
    return static_cast<Step>(m_stack->currentIndex());
}

void MoneyTransferPage::go(Step s)
{
    m_stack->setCurrentIndex(static_cast<int>(s));
    static constexpr training::Step kSteps[]
        = {training::Step::DmtCustomer, training::Step::DmtRecipients, training::Step::DmtTransfer,
           training::Step::DmtResult, training::Step::DmtRefund};
    m_hint->setStep(kSteps[static_cast<int>(s)]);
    if (s == Step::Customer) {
        m_customer->focusFirstField();
    } else if (s == Step::Result) {
        m_result->setFocus();
    }
}

void MoneyTransferPage::reset()
{
    m_currentCustomer = {};
    m_currentRecipient = {};
    m_counted.clear();
    m_customer->reset();
    go(Step::Customer);
}

void MoneyTransferPage::goHome()
{
    reset();
    Q_EMIT backRequested();
}

void MoneyTransferPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (step() == Step::Customer) {
        m_customer->focusFirstField();
    }
}

} // namespace saathi::ui
